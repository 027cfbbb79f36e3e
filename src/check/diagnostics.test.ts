import { describe, expect, it } from 'vitest';
import { formatDiagnostics, formatGithub, formatJson, summarize, type Diagnostic } from './diagnostics';

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
