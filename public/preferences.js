// The reader's theme and annotations choices, applied before the first paint (BaseLayout explains).
(function () {
  var root = document.documentElement;
  var saved = {};
  try {
    saved = localStorage;
  } catch (e) {}
  function set(key, value) {
    if (value) root.dataset[key] = value;
    else delete root.dataset[key];
    try {
      value ? (saved[key] = value) : delete saved[key];
    } catch (e) {}
  }
  if (/^(light|dark)$/.test(saved.theme)) root.dataset.theme = saved.theme;
  if (saved.annotations === 'off') root.dataset.annotations = 'off';

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
