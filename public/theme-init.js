// Applies the reader's chosen theme before the first paint. Loaded as a tiny blocking file in
// <head> (not inline, so a strict Content-Security-Policy allows it).
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
  // Storage blocked: follow the system setting.
}
