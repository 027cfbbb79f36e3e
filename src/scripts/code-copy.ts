/**
 * Copy buttons of code blocks: shown once this script runs; the result is announced. Where the
 * Clipboard API is missing (a page served over plain http), the code is selected instead, so the
 * reader's own copy shortcut takes it.
 */
import { ui } from './ui-strings.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectContents(node: Node): void {
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.selectAllChildren(node);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
  button.hidden = false;
  const block = button.closest('.code-block');
  const label = button.querySelector('.copy-label');
  const status = block?.querySelector('[data-copy-status]');
  // The label in the language of the code's page (a page not translated yet keeps its own).
  const idle = label?.textContent ?? ui.copyCode;
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const code = block?.querySelector('pre code');
    if (!code || !label) return;
    const ok = await copyText(code.textContent ?? '');
    if (!ok) selectContents(code);
    label.textContent = ok ? ui.copied : ui.codeSelected;
    if (status) status.textContent = ok ? ui.codeCopiedStatus : ui.codeSelectedStatus;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      label.textContent = idle;
      if (status) status.textContent = '';
    }, 2500);
  });
}

export {};
