/**
 * Marks the "On this page" entry of the section being read: the last heading above the top
 * third of the viewport, updated on scroll and when an anchor is followed.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);

function update(): void {
  const line = window.innerHeight / 3;
  let current: HTMLElement | undefined = headings[0];
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) current = heading;
    else break;
  }
  // At the very bottom, the last section is the one being read even if its heading is low.
  if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
    current = headings[headings.length - 1];
  }
  for (const link of links) {
    if (current && decodeURIComponent(link.hash.slice(1)) === current.id) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (headings.length > 0) {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  window.addEventListener('resize', schedule);
  update();
}

export {};
