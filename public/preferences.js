// The theme and the annotations switch: saved choices applied before the first
// paint, new ones kept. See ThemeSwitch and AnnotationSwitch; both work without it.
(function () {
  var root = document.documentElement;
  function read(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {} // Storage off: the system theme, annotations shown.
  }
  function set(key, value) {
    if (value) root.dataset[key] = value;
    else delete root.dataset[key];
    try {
      value ? localStorage.setItem(key, value) : localStorage.removeItem(key);
    } catch (e) {}
  }
  var theme = read('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (read('annotations') === 'off') root.dataset.annotations = 'off';

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[name=theme]').forEach(function (radio) {
      radio.checked = radio.value === (root.dataset.theme || 'auto');
      radio.onchange = function () {
        set('theme', radio.value === 'auto' ? '' : radio.value);
      };
    });
    var box = document.getElementById('show-annotations');
    if (box) {
      box.checked = root.dataset.annotations !== 'off';
      box.onchange = function () {
        set('annotations', box.checked ? '' : 'off');
      };
    }
  });
})();
