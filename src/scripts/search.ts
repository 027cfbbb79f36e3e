/**
 * Opens the search dialog from its button, Ctrl+K / Cmd+K or `/`, and loads the search code the
 * first time. Kept tiny: this is all of search that a page carries before it is used.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
let ui: Promise<{ attach: (dialog: HTMLDialogElement) => void }> | undefined;

function open(): void {
  if (!dialog || !input || dialog.open) return;
  dialog.showModal();
  input.focus();
  input.select();
  ui ??= import('./search-ui.ts').then((module) => {
    module.attach(dialog);
    return module;
  });
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

if (dialog && input) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
    button.addEventListener('click', open);
    const kbd = button.querySelector('.search-kbd');
    if (kbd && /Mac|iPhone|iPad/.test(navigator.userAgent)) kbd.textContent = '⌘ K';
  }
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // One Escape closes the dialog, also with a query typed: a search field would otherwise take
  // the first Escape to clear itself.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (the dialog element itself, outside its panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      open();
    }
  });
}

export {};
