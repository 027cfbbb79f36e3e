/**
 * Serves a built site as a static host would: files as they are, folders by their index.html,
 * the site's 404.html for anything else, and the headers of its `_headers` file (the strict
 * Content-Security-Policy among them).
 *
 *   npm run preview                       dist/ at http://localhost:4321/ (or under the base it was built with)
 *   npm run preview -- --port 8080 --dir other-dist --base /docs-site/
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { builtBase } from '../src/build/built-site.ts';
import { headersFor, parseHeadersFile } from '../src/build/headers-file.ts';
import { readOptions } from '../src/config/command-line.ts';

const USAGE = `Usage: npm run preview [-- OPTIONS]

Serves a built site as a static host would, with the headers of its _headers file.

  --port N      port (default 4321, or PORT)
  --dir DIR     the built site (default dist/, or OUT_DIR)
  --base PATH   the sub-folder it is served under (default: the base it was built with)
  --host NAME   interface to listen on (default localhost)
  --help        this text`;

const values = readOptions(USAGE, {
  port: { type: 'string', default: process.env.PORT ?? '4321' },
  dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
  base: { type: 'string' },
  host: { type: 'string', default: 'localhost' },
});
const dir = resolve(values.dir);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const normalize = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
// The site is served under the base it was built with (BASE_PATH at build time), unless told otherwise.
const page = ['404.html', 'index.html'].map((name) => join(dir, name)).find(existsSync);
const built = page ? builtBase(readFileSync(page, 'utf8')) : undefined;
const base = normalize(values.base ?? built ?? process.env.BASE_PATH ?? '/');
if (built && base !== built) {
  console.warn(`${dir} was built for ${built}, but is served under ${base}: its links and assets will not load. Leave --base out, or build again with BASE_PATH=${base}.`);
}
// dev: look files up on each request, so a rebuild shows without a restart.
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : undefined);

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const path = url.split('?')[0]!;
  // Re-read on each request: a rebuild changes them.
  for (const [name, value] of headersFor(parseHeadersFile(read('_headers')?.toString('utf8') ?? ''), path)) res.setHeader(name, value);
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(read('404.html') ?? 'Not found');
  };
  // The host's root of a site built for a sub-folder: point the reader to the site.
  if (path === '/' && base !== '/') {
    res.writeHead(302, { location: base }).end();
    return;
  }
  if (!path.startsWith(base)) return notFound();
  req.url = `/${url.slice(base.length)}`;
  files(req, res, notFound);
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${dir} at http://${values.host}:${values.port}${base}`);
});
