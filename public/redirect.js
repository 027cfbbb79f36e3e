// Sends readers of a moved page's old URL to its new URL, keeping the #section they asked for.
// The page's meta refresh does the same without JavaScript, minus the #section.
var target = document.documentElement.getAttribute('data-redirect-to');
if (target) location.replace(target + location.hash);
