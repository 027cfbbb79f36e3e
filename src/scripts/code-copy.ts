/** Copy buttons of code blocks: shown once this script runs, announcing the result in place. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API unavailable (plain http, old browser): fall back to a selection.
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
  const label = button.querySelector('.copy-label');
  button.addEventListener('click', async () => {
    const code = button.closest('.code-block')?.querySelector('pre code');
    if (!code || !label) return;
    const ok = await copyText(code.textContent ?? '');
    label.textContent = ok ? 'Copied!' : 'Copy failed';
    button.setAttribute('aria-live', 'polite');
    window.setTimeout(() => {
      label.textContent = 'Copy';
    }, 2000);
  });
}
