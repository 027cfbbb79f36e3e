import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatGithub, formatJson, summarize, type Diagnostic } from './diagnostics.ts';

const d = (file: string, line: number, level: Diagnostic['level'], id: Diagnostic['id'] = 'heading-empty'): Diagnostic => ({
  file,
  line,
  column: 1,
  level,
  id,
  message: `message ${line}`,
});

describe('summarize', () => {
  it('counts errors, warnings and files with plurals', () => {
    expect(summarize([d('a', 1, 'error'), d('a', 2, 'error'), d('b', 1, 'warning')])).toBe(
      'Found 2 errors and 1 warning in 2 files.',
    );
    expect(summarize([d('a', 1, 'warning')])).toBe('Found 0 errors and 1 warning in 1 file.');
  });
});

describe('formatDiagnostics', () => {
  it('sorts by file and line and prints location, level, id, message and hint', () => {
    const text = formatDiagnostics([
      { ...d('b.mdoc', 3, 'error', 'tag-undefined'), hint: 'Did you mean {% info %}?' },
      d('a.mdoc', 9, 'warning', 'link-placeholder'),
    ]);
    expect(text).toBe(
      [
        'a.mdoc:9:1  warning  link-placeholder\n  message 9',
        'b.mdoc:3:1  error  tag-undefined\n  message 3\n  Did you mean {% info %}?',
        'Found 1 error and 1 warning in 2 files.',
      ].join('\n\n'),
    );
  });
});

describe('the pages that show a partial', () => {
  const at = (file: string, line: number) => ({ file, line, column: 1 });
  const inPartial: Diagnostic = { ...d('partials/p.md', 2, 'error', 'link-target-missing'), hint: 'Fix it.', includedAt: [at('docs/a.mdoc', 4), at('docs/b.mdoc', 7)] };
  it('are listed under the finding, in the terminal and in annotations', () => {
    expect(formatDiagnostics([inPartial])).toBe('partials/p.md:2:1  error  link-target-missing\n  message 2\n  Fix it.\n  Shown by docs/a.mdoc:4:1, docs/b.mdoc:7:1.\n\nFound 1 error and 0 warnings in 1 file.');
    expect(formatGithub([inPartial])).toContain('::message 2%0AFix it.%0AShown by docs/a.mdoc:4:1, docs/b.mdoc:7:1.');
  });
  it('are counted past five', () => {
    const many = { ...inPartial, includedAt: [1, 2, 3, 4, 5, 6, 7].map((n) => at(`docs/${n}.mdoc`, 1)) };
    expect(formatDiagnostics([many])).toContain('  Shown by docs/1.mdoc:1:1, docs/2.mdoc:1:1, docs/3.mdoc:1:1, docs/4.mdoc:1:1, docs/5.mdoc:1:1 and 2 more.\n');
  });
});

describe('formatGithub and formatJson', () => {
  const list: Diagnostic[] = [
    { file: 'content/docs/a,b.mdoc', line: 3, column: 5, level: 'warning', id: 'html-as-text', message: '50% done', hint: 'line one\nline two' },
    { file: 'a.mdoc', line: 1, column: 1, level: 'error', id: 'heading-empty', message: 'Bad' },
  ];
  it('writes one annotation per diagnostic, escaping properties and newlines', () => {
    expect(formatGithub(list)).toBe(
      '::error file=a.mdoc,line=1,col=1,title=heading-empty::Bad\n' +
        '::warning file=content/docs/a%2Cb.mdoc,line=3,col=5,title=html-as-text::50%25 done%0Aline one%0Aline two',
    );
  });
  it('writes the sorted list and the counts as JSON', () => {
    expect(JSON.parse(formatJson(list, 5))).toEqual({ diagnostics: [list[1], list[0]], errors: 1, warnings: 1, filesWithProblems: 2, pagesChecked: 5 });
  });
});
