import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** The Markdoc language server, as the VS Code extension runs it (see its README). */
const SERVER = resolve(ROOT, '../shared/tools/markdoc-language-server/markdoc-ls.js');

interface Diagnostic {
  message: string;
  code?: string;
  range: { start: { line: number; character: number } };
}

/** A language client over stdio, speaking LSP's JSON-RPC with Content-Length framing. */
function startServer() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiting = new Map<number, (result: unknown) => void>();
  const listeners: (() => void)[] = [];
  let buffer = Buffer.alloc(0);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()) as { id?: number; method?: string; params?: { uri: string; diagnostics: Diagnostic[] }; result?: unknown };
      buffer = buffer.subarray(end + 4 + length);
      if (message.method === 'textDocument/publishDiagnostics' && message.params) {
        diagnostics.set(message.params.uri, message.params.diagnostics);
        for (const listener of listeners.splice(0)) listener();
      } else if (message.id !== undefined && waiting.has(message.id)) {
        waiting.get(message.id)!(message.result);
      } else if (message.id !== undefined && message.method) {
        send({ jsonrpc: '2.0', id: message.id, result: null }); // requests from the server (configuration, registration)
      }
    }
  });
  const send = (message: object) => {
    const text = JSON.stringify(message);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  let nextId = 1;
  return {
    request: (method: string, params: object) =>
      new Promise<unknown>((done) => {
        const id = nextId++;
        waiting.set(id, done);
        send({ jsonrpc: '2.0', id, method, params });
      }),
    notify: (method: string, params: object) => send({ jsonrpc: '2.0', method, params }),
    /** The diagnostics the server publishes for a document, once it has. */
    async diagnosticsOf(uri: string): Promise<Diagnostic[]> {
      const deadline = Date.now() + 20_000;
      while (!diagnostics.has(uri)) {
        if (Date.now() > deadline) throw new Error(`The language server published no diagnostics for ${uri}`);
        await new Promise<void>((done) => listeners.push(done));
      }
      return diagnostics.get(uri)!;
    },
    stop: () => child.kill(),
  };
}

describe('the Markdoc language server, set up by markdoc.config.json', () => {
  if (!existsSync(SERVER)) {
    it('is there to test', () => {
      throw new Error(`This test drives the Markdoc language server, which is not on npm: it needs ${SERVER} (../shared/tools/markdoc-language-server beside this project).`);
    });
    return;
  }
  const server = startServer();
  afterAll(() => server.stop());
  const [entry] = JSON.parse(readFileSync(resolve(ROOT, 'markdoc.config.json'), 'utf8')) as { path: string }[];
  const open = async (path: string, text: string) => {
    const uri = pathToFileURL(resolve(ROOT, path)).href;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdoc', version: 1, text } });
    return server.diagnosticsOf(uri);
  };

  it('agrees with npm run check: the writing guide, partials included, has nothing to report', async () => {
    await server.request('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities: {}, initializationOptions: { config: { root: ROOT, ...entry } } });
    server.notify('initialized', {});
    const page = 'content/docs/contributing/writing-pages.mdoc';
    expect(readFileSync(resolve(ROOT, page), 'utf8')).toContain('{% partial file="');
    expect(await open(page, readFileSync(resolve(ROOT, page), 'utf8'))).toEqual([]);
  });

  it('reports what the build reports: an unknown tag, a partial that does not exist', async () => {
    const found = await open(
      'content/docs/editor-check.mdoc',
      '---\ntitle: Editor check\n---\n{% partial file="key-safety.md" /%}\n\n{% partial file="no-such-partial.md" /%}\n\n{% infoo %}\nText.\n{% /infoo %}\n',
    );
    expect(found.map((d) => [d.range.start.line, d.code, d.message])).toEqual([
      [5, 'attribute-value-invalid', 'The partial "no-such-partial.md" does not exist in the partials folder.'],
      [7, 'tag-undefined', "Undefined tag: 'infoo'"],
    ]);
  });
});
