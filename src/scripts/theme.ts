/** The theme picker: light, dark, or the system's setting; the choice persists across visits. */
type Theme = 'light' | 'dark' | 'auto';

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'auto') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) {
  select.value = storedTheme();
  select.closest<HTMLElement>('[data-theme-picker]')?.removeAttribute('hidden');
  select.addEventListener('change', () => applyTheme(select.value as Theme));
}

export {};
