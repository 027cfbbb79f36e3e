/**
 * The menu button of narrow screens: opens the sidebar as a panel, keeps focus inside it while
 * open, and closes on Escape (returning focus to the button) or when a link is followed.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const panel = document.getElementById('site-nav');

function focusable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button, summary, select, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => el.offsetParent !== null,
  );
}

if (button && panel) {
  const setOpen = (open: boolean, restoreFocus = true) => {
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('menu-open', open);
    if (open) {
      (panel.querySelector<HTMLElement>('[aria-current="page"]') ?? focusable(panel)[0])?.focus();
    } else if (restoreFocus) {
      button.focus();
    }
  };
  button.hidden = false;
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (button.getAttribute('aria-expanded') !== 'true') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      return;
    }
    if (event.key !== 'Tab') return;
    // The button and the panel form the trap: Tab cycles through them, in that order.
    event.preventDefault();
    const items = [button, ...focusable(panel)];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next = index === -1 ? 0 : (index + step + items.length) % items.length;
    items[next]!.focus();
  });
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) setOpen(false, false);
  });
  window.matchMedia('(min-width: 50rem)').addEventListener('change', (e) => {
    if (e.matches) setOpen(false, false);
  });
}

export {};
