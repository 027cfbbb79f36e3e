/** Copy buttons of code blocks: shown once this script runs; the result is announced. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (plain http, older browsers): copy through a selection instead.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) {
  button.hidden = false;
  const block = button.closest('.code-block');
  const label = button.querySelector('.copy-label');
  const status = block?.querySelector('[data-copy-status]');
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const code = block?.querySelector('pre code');
    if (!code || !label) return;
    const ok = await copyText(code.textContent ?? '');
    label.textContent = ok ? 'Copied!' : 'Copy failed';
    if (status) status.textContent = ok ? 'Copied to clipboard' : 'Could not copy: select the code and copy it yourself';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      label.textContent = 'Copy';
      if (status) status.textContent = '';
    }, 2500);
  });
}

export {};
