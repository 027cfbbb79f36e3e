#!/usr/bin/env node
// Serves a built site (dist/ by default) as a static host would: files as they are, folders by
// their index.html, the site's 404.html for anything else.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /]
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    host: { type: 'string', default: 'localhost' },
  },
});
const dir = resolve(values.dir);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}
const base = `/${values.base.replace(/^\/|\/$/g, '')}/`.replace('//', '/');
// dev: look files up on each request, so a rebuild shows without a restart.
const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(base) && url !== base.slice(0, -1)) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound));
});
server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${dir} at http://${values.host}:${values.port}${base}`);
});
