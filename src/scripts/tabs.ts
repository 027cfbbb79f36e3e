/**
 * Tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs; the choice is
 * remembered and applied to every group with the same titles; a link to a panel's id (or to
 * anything inside it) opens that panel. Without this script every panel shows.
 */
const KEY = 'tabs:';
const groups = [...document.querySelectorAll<HTMLElement>('[data-tabs]')];

function select(group: HTMLElement, index: number, focus = false): void {
  const tabs = [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];
  const panels = [...group.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  panels.forEach((panel, i) => (panel.hidden = i !== index));
  if (focus) tabs[index]?.focus();
}

function titlesOf(group: HTMLElement): string[] {
  try {
    return JSON.parse(group.dataset.tabsTitles ?? '[]') as string[];
  } catch {
    return [];
  }
}

/** Applies a chosen title to every group that has a tab with it. */
function choose(title: string): void {
  for (const group of groups) {
    const index = titlesOf(group).indexOf(title);
    if (index !== -1) select(group, index);
  }
}

function remember(group: HTMLElement, index: number): void {
  const title = titlesOf(group)[index];
  if (title === undefined) return;
  try {
    localStorage.setItem(`${KEY}${[...titlesOf(group)].sort().join('|')}`, title);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
  choose(title);
}

/** Opens the panel holding the element the URL's #hash names, if any. */
function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const panel = target?.closest<HTMLElement>('.tab-panel');
  const group = panel?.closest<HTMLElement>('[data-tabs]');
  if (!panel || !group) return;
  const index = [...group.querySelectorAll(':scope > .tab-panel')].indexOf(panel);
  if (index !== -1) select(group, index);
  target?.scrollIntoView();
}

for (const group of groups) {
  const tabList = group.querySelector<HTMLElement>(':scope > [role="tablist"]');
  const tabs = [...group.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]')];
  const panels = [...group.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
  if (!tabList || tabs.length === 0 || tabs.length !== panels.length) continue;
  panels.forEach((panel, i) => {
    panel.setAttribute('aria-labelledby', tabs[i]!.id);
    panel.removeAttribute('aria-label');
    tabs[i]!.setAttribute('aria-controls', panel.id || (panel.id = `${tabs[i]!.id}-panel`));
  });
  tabList.hidden = false;
  group.classList.add('tabs-ready');
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(`${KEY}${[...titlesOf(group)].sort().join('|')}`);
  } catch {
    saved = null;
  }
  const start = saved ? Math.max(0, titlesOf(group).indexOf(saved)) : 0;
  select(group, start);
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => {
      select(group, i);
      remember(group, i);
    });
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const next = { ArrowRight: i === last ? 0 : i + 1, ArrowLeft: i === 0 ? last : i - 1, Home: 0, End: last }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(group, next, true);
      remember(group, next);
    });
  });
}

if (groups.length > 0) {
  openFromHash();
  window.addEventListener('hashchange', openFromHash);
}

export {};
