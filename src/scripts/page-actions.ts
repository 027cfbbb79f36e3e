/**
 * "Copy page" copies the page's Markdown copy (fetched from the site when the reader asks for it)
 * and says so in the page's status region. The menu beside it follows the menu button pattern:
 * Enter, Space or an arrow opens it with focus on an item, arrows and Home/End move, Escape closes
 * it and returns to its button, Tab or a click elsewhere closes it.
 */
import { ui } from './ui-strings.ts';

const group = document.querySelector<HTMLElement>('[data-page-actions]');
const status = document.getElementById('page-status');

function announce(text: string): void {
  if (status) status.textContent = text;
}

if (group) {
  group.hidden = false;
  const copy = group.querySelector<HTMLButtonElement>('[data-copy-page]');
  const label = copy?.querySelector('[data-copy-page-label]');
  let timer: number | undefined;
  copy?.addEventListener('click', async () => {
    let ok = false;
    try {
      const response = await fetch(copy.dataset.copyPage ?? '', { headers: { accept: 'text/markdown' } });
      if (response.ok) {
        await navigator.clipboard.writeText(await response.text());
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (label) label.textContent = ok ? ui.copied : ui.copyFailed;
    announce(ok ? ui.pageCopied : ui.pageCopyFailed);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (label) label.textContent = ui.copyPage;
    }, 2500);
  });

  const toggle = group.querySelector<HTMLButtonElement>('[aria-haspopup="menu"]');
  const menu = group.querySelector<HTMLElement>('[role="menu"]');
  if (toggle && menu) {
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const focusItem = (index: number) => items[(index + items.length) % items.length]?.focus();
    const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
    const open = (index: number) => {
      menu.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      focusItem(index);
    };
    const close = (returnFocus: boolean) => {
      if (!isOpen()) return;
      menu.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      if (returnFocus) toggle.focus();
    };
    toggle.addEventListener('click', () => (isOpen() ? close(true) : open(0)));
    toggle.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        open(event.key === 'ArrowDown' ? 0 : items.length - 1);
      }
    });
    menu.addEventListener('keydown', (event) => {
      const current = items.indexOf(document.activeElement as HTMLElement);
      const moves: Record<string, () => void> = {
        ArrowDown: () => focusItem(current + 1),
        ArrowUp: () => focusItem(current - 1),
        Home: () => focusItem(0),
        End: () => focusItem(items.length - 1),
        Escape: () => close(true),
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      } else if (event.key === 'Tab') {
        close(false);
      }
    });
    menu.addEventListener('click', () => close(false));
    document.addEventListener('click', (event) => {
      if (!group.contains(event.target as Node)) close(false);
    });
  }
}

export {};
