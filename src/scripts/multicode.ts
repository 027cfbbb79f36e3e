/**
 * Multicode blocks: one code block at a time, with a language switcher. The reader's language is
 * remembered across pages and applied to every multicode block that has it.
 */
const KEY = 'multicode-language';
const blocks = [...document.querySelectorAll<HTMLElement>('[data-multicode]')];

function labelOf(figure: HTMLElement): string {
  return figure.querySelector('.code-lang')?.textContent?.trim() ?? '';
}

function show(block: HTMLElement, label: string): boolean {
  const figures = [...block.querySelectorAll<HTMLElement>(':scope > .code-block')];
  const index = figures.findIndex((f) => labelOf(f) === label);
  if (index === -1) return false;
  figures.forEach((figure, i) => (figure.hidden = i !== index));
  const select = block.querySelector<HTMLSelectElement>('[data-multicode-select]');
  if (select) select.value = String(index);
  return true;
}

let saved: string | null = null;
try {
  saved = localStorage.getItem(KEY);
} catch {
  saved = null;
}

for (const block of blocks) {
  const figures = [...block.querySelectorAll<HTMLElement>(':scope > .code-block')];
  const select = block.querySelector<HTMLSelectElement>('[data-multicode-select]');
  const picker = block.querySelector<HTMLElement>('.multicode-picker');
  if (!select || !picker || figures.length < 2) continue;
  figures.forEach((figure, i) => select.append(new Option(labelOf(figure), String(i))));
  picker.hidden = false;
  block.classList.add('multicode-ready');
  if (!saved || !show(block, saved)) show(block, labelOf(figures[0]!));
  select.addEventListener('change', () => {
    const label = labelOf(figures[Number(select.value)]!);
    try {
      localStorage.setItem(KEY, label);
    } catch {
      // Storage blocked: the choice lasts for this page.
    }
    for (const other of blocks) show(other, label);
  });
}

export {};
