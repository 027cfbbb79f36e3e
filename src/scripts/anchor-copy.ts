/**
 * Following a heading's anchor link also copies the section's full URL, and says so to screen
 * readers. The link still works as a link (the URL and scroll change as usual).
 */
import { ui } from './ui-strings.ts';
const status = document.getElementById('page-status');

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.anchor-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  navigator.clipboard?.writeText(url).then(
    () => {
      if (status) status.textContent = ui.linkCopied;
      link.classList.add('copied');
      window.setTimeout(() => {
        link.classList.remove('copied');
        if (status) status.textContent = '';
      }, 2500);
    },
    () => undefined,
  );
});

export {};
