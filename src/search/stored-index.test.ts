import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, type StoredIndex } from './stored-index.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const index: StoredIndex = {
  format: 'en\0code-1\0index',
  holds: new Map([
    ['/docs/a/', 'a1'],
    ['/docs/b/', 'b1'],
  ]),
  words: 42,
  files: new Map([
    ['pagefind.js', encode('export const x = 1;')],
    ['pagefind-entry.json', encode('{"version":"1.6.0"}')],
    ['fragment/en_1.pf_fragment', new Uint8Array([31, 139, 8, 0, 255])],
    ['empty', new Uint8Array()],
  ]),
};

describe('a stored index', () => {
  it('comes back as it was kept, byte for byte', () => {
    const back = decodeIndex(encodeIndex(index), index.format)!;
    expect(back.format).toBe(index.format);
    expect([...back.holds]).toEqual([...index.holds]);
    expect(back.words).toBe(42);
    expect([...back.files.keys()]).toEqual([...index.files.keys()]);
    for (const [path, content] of index.files) expect(Buffer.from(back.files.get(path)!).equals(Buffer.from(content)), path).toBe(true);
    expect(decodeIndex(encodeIndex({ ...index, words: undefined }), index.format)!.words).toBeUndefined();
  });

  it('is not used when it was made otherwise, or is not whole', () => {
    const bytes = encodeIndex(index);
    expect(decodeIndex(bytes, 'en\0code-2\0index')).toBeUndefined();
    expect(decodeIndex(bytes.subarray(0, bytes.byteLength - 1), index.format)).toBeUndefined();
    expect(decodeIndex(new Uint8Array([...bytes, 0]), index.format)).toBeUndefined();
    expect(decodeIndex(new Uint8Array(), index.format)).toBeUndefined();
    expect(decodeIndex(encode('not an index at all'), index.format)).toBeUndefined();
  });
});
