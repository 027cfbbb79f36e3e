import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/**
 * The site's tools for in-browser agents. Chromium offers WebMCP (`document.modelContext`) behind
 * `--enable-features=WebMCP`; the other browser tests run without it.
 */
test.use({ launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-features=WebMCP'] } });

test.describe('with WebMCP', () => {
  test('the page offers search_docs and get_page_markdown, both read-only', async ({ page }) => {
    await page.goto('/docs/');
    await expect.poll(async () => (await page.webmcp.tools()).map((t) => t.name).sort()).toEqual(['get_page_markdown', 'search_docs']);
    const tools = await page.webmcp.tools();
    for (const tool of tools) {
      expect(tool.description.length, tool.name).toBeGreaterThan(40);
      expect(tool.annotations?.readOnly, tool.name).toBe(true);
      expect(tool.inputSchema, tool.name).toMatchObject({ type: 'object' });
    }
  });

  test('search_docs answers with titles, section addresses and excerpts from the search index', async ({ page, baseURL }) => {
    await page.goto('/docs/');
    await expect.poll(async () => (await page.webmcp.tools()).length).toBe(2);
    const result = (await page.webmcp.callTool('search_docs', { query: 'users.read' })) as { content: { text: string }[] };
    const answer = JSON.parse(result.content[0]!.text);
    expect(answer.pages[0].title).toBe('API keys');
    expect(answer.pages[0].url).toBe(`${baseURL}/docs/advanced/platform/api-keys/`);
    expect(answer.pages[0].sections[0]).toMatchObject({ title: 'Scopes', url: `${baseURL}/docs/advanced/platform/api-keys/#scopes` });
    expect(answer.pages[0].sections[0].excerpt).toContain('users.read');
    expect(answer.pages[0].sections[0].excerpt).not.toContain('<mark>');
    const nothing = (await page.webmcp.callTool('search_docs', { query: 'zzzqqqxxx' })) as { content: { text: string }[] };
    expect(nothing.content[0]!.text).toBe('No page of these docs matches "zzzqqqxxx".');
    // On a page of an old version, the tool searches that version, as the search dialog does.
    await page.goto('/docs/1.x/');
    await expect.poll(async () => (await page.webmcp.tools()).length).toBe(2);
    const old = JSON.parse(((await page.webmcp.callTool('search_docs', { query: 'users.read' })) as { content: { text: string }[] }).content[0]!.text);
    const urls: string[] = old.pages.map((p: { url: string }) => p.url);
    expect(urls[0]).toBe(`${baseURL}/docs/1.x/advanced/platform/api-keys/`);
    expect(urls.every((url) => url.startsWith(`${baseURL}/docs/1.x/`))).toBe(true);
  });

  test('get_page_markdown returns the current page or a given one, and only this site\'s docs', async ({ page, request }) => {
    await page.goto('/docs/advanced/platform/api-keys/');
    await expect.poll(async () => (await page.webmcp.tools()).length).toBe(2);
    const copy = await (await request.get('/docs/advanced/platform/api-keys/index.md')).text();
    const current = (await page.webmcp.callTool('get_page_markdown', {})) as { content: { text: string }[] };
    expect(current.content[0]!.text).toBe(copy);
    const other = (await page.webmcp.callTool('get_page_markdown', { url: '/docs/sdks/server/' })) as { content: { text: string }[] };
    expect(other.content[0]!.text).toMatch(/^# Server SDKs\n/);
    const outside = (await page.webmcp.callTool('get_page_markdown', { url: 'https://example.org/docs/x/' })) as { content: { text: string }[]; isError?: boolean };
    expect(outside).toMatchObject({ isError: true, content: [{ text: 'That is not a docs page of this site.' }] });
  });
});
