import { describe, expect, it } from 'vitest';
import { pageOverlayError } from './dev-overlay.ts';

describe('pageOverlayError', () => {
  it('locates the first error in the file and lists them all', () => {
    const error = pageOverlayError(
      [
        { file: 'content/docs/a.mdoc', line: 9, column: 2, level: 'error', id: 'link-target-missing', message: 'B', hint: 'Fix B' },
        { file: 'content/docs/a.mdoc', line: 4, column: 1, level: 'error', id: 'tag-undefined', message: 'A', hint: 'Fix A' },
        { file: 'content/docs/a.mdoc', line: 1, column: 1, level: 'warning', id: 'description-placeholder', message: 'W' },
      ],
      '/repo',
    )!;
    expect(error.name).toBe('tag-undefined');
    expect(error.loc).toEqual({ file: '/repo/content/docs/a.mdoc', line: 4, column: 1 });
    expect(error.hint).toBe('Fix A');
    expect(error.message).toBe(
      'content/docs/a.mdoc:4:1  error  tag-undefined\n  A\n  Fix A\n\ncontent/docs/a.mdoc:9:2  error  link-target-missing\n  B\n  Fix B\n\nFound 2 errors and 0 warnings in 1 file.',
    );
  });
  it('gives nothing for a page with only warnings', () => {
    expect(pageOverlayError([{ file: 'a', line: 1, column: 1, level: 'warning', id: 'image-alt-missing', message: 'W' }], '/')).toBeUndefined();
  });
});
