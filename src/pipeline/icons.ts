/**
 * Icons the `icon` tag and cards can show, as 24×24 SVG paths. Names follow the ones docs
 * written for Appwrite use (`cheveron-right` included, as they spell it).
 */
export const ICONS: Readonly<Record<string, string>> = {
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6V5Z',
  minus: 'M5 11h14v2H5v-2Z',
  check: 'm9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z',
  x: 'm6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4 6.4 5Z',
  'chevron-right': 'm9.4 6 6 6-6 6L8 16.6l4.6-4.6L8 7.4 9.4 6Z',
  'cheveron-right': 'm9.4 6 6 6-6 6L8 16.6l4.6-4.6L8 7.4 9.4 6Z',
  'chevron-down': 'm6 9.4 6 6 6-6L16.6 8 12 12.6 7.4 8 6 9.4Z',
  'arrow-right': 'M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4v-2Z',
  'external-link': 'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z',
  code: 'm8.6 16.6-4.6-4.6 4.6-4.6L7.2 6l-6 6 6 6 1.4-1.4Zm6.8 0 4.6-4.6-4.6-4.6L16.8 6l6 6-6 6-1.4-1.4Z',
  book: 'M6 2h13v18H6.5a1.5 1.5 0 0 0 0 3H19v-2h2v4H6.5A3.5 3.5 0 0 1 3 21.5v-16A3.5 3.5 0 0 1 6 2Z',
  key: 'M7 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4Zm5.6-4A6 6 0 1 0 12.6 14H16v3h3v-3h2v-4h-8.4Z',
  lock: 'M12 2a5 5 0 0 1 5 5v3h1a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h1V7a5 5 0 0 1 5-5Zm0 2a3 3 0 0 0-3 3v3h6V7a3 3 0 0 0-3-3Z',
  terminal: 'M3 4h18a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm1 2v12h16V6H4Zm2 2.5L9.5 12 6 15.5 7.4 17l5-5-5-5L6 8.5ZM12 15h6v2h-6v-2Z',
  search: 'M10 2a8 8 0 0 1 6.32 12.9l5.39 5.4-1.41 1.4-5.4-5.39A8 8 0 1 1 10 2Zm0 2a6 6 0 1 0 0 12 6 6 0 0 0 0-12Z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  warning: 'M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z',
};
