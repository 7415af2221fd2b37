// Applies the reader's saved theme and annotation choice before the first
// paint. Loaded as a blocking script in <head> (a file, not inline code, so
// the Content-Security-Policy needs no hash for it).
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  if (localStorage.getItem('annotations') === 'off') document.documentElement.dataset.annotations = 'off';
} catch (e) {
  // Storage can be off; the page then follows the system theme.
}
