/**
 * The header's pickers (language, version): the link followed takes the section being read
 * along (the same `#hash`: languages and versions keep their pages' anchors) unless it leads to
 * another page (a version's home), and the list closes with Escape or a click outside.
 */
for (const picker of document.querySelectorAll<HTMLDetailsElement>('[data-picker]')) {
  picker.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-keep-hash]');
    if (link && location.hash) link.hash = location.hash;
  });
  picker.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !picker.open) return;
    picker.open = false;
    picker.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    if (picker.open && !picker.contains(event.target as Node)) picker.open = false;
  });
}

export {};
