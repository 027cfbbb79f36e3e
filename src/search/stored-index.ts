/**
 * The dev server's last whole search index, kept on disk between starts in one file: the next
 * start answers from it at once (with a small index of the pages changed since: see
 * ./split-index.ts) instead of indexing every page again, which takes seconds on a large site.
 * One file rather than a folder of a thousand: it is read and written in one go.
 *
 * The file: the length of a JSON header (4 bytes, little-endian), the header, then every file of
 * the index, one after another, in the header's order.
 */

/** An index as kept: its files, the pages it holds (by URL, with what each was made from), how it was made. */
export interface StoredIndex {
  /** How its documents and the index were made (a stored index made otherwise is not used). */
  format: string;
  holds: Map<string, string>;
  /** How many words it holds, as Pagefind said. */
  words: number | undefined;
  files: Map<string, Uint8Array>;
}

interface Header {
  format: string;
  holds: [string, string][];
  words: number | null;
  files: [string, number][];
}

export function encodeIndex(index: StoredIndex): Uint8Array {
  const files = [...index.files];
  const header: Header = { format: index.format, holds: [...index.holds], words: index.words ?? null, files: files.map(([path, content]) => [path, content.byteLength]) };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + json.byteLength + files.reduce((sum, [, content]) => sum + content.byteLength, 0));
  new DataView(out.buffer).setUint32(0, json.byteLength, true);
  out.set(json, 4);
  let at = 4 + json.byteLength;
  for (const [, content] of files) {
    out.set(content, at);
    at += content.byteLength;
  }
  return out;
}

/** The index kept in `bytes`, if it was made as `format` says and the file is whole; else nothing. */
export function decodeIndex(bytes: Uint8Array, format: string): StoredIndex | undefined {
  try {
    if (bytes.byteLength < 4) return undefined;
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Header;
    if (header.format !== format || !Array.isArray(header.holds) || !Array.isArray(header.files)) return undefined;
    const files = new Map<string, Uint8Array>();
    let at = 4 + length;
    for (const [path, size] of header.files) {
      if (at + size > bytes.byteLength) return undefined;
      files.set(path, bytes.subarray(at, at + size));
      at += size;
    }
    if (at !== bytes.byteLength) return undefined;
    return { format, holds: new Map(header.holds), words: header.words ?? undefined, files };
  } catch {
    return undefined;
  }
}
