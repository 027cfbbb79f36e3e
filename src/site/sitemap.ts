/** Removes the `<url>` entries whose `<loc>` the predicate rejects from a sitemap. */
export function filterSitemap(xml: string, keep: (loc: string) => boolean): string {
  return xml.replace(/<url>([\s\S]*?)<\/url>/g, (entry, inner: string) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(inner)?.[1];
    return loc === undefined || keep(loc.replace(/&amp;/g, '&')) ? entry : '';
  });
}

/** Whether a built page asks search engines not to index it (404, forwarding pages). */
export function isNoindex(html: string): boolean {
  return /<meta[^>]+name="robots"[^>]+content="[^"]*noindex/i.test(html);
}
