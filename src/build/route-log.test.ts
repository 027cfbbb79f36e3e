import { describe, expect, it } from 'vitest';
import { RouteLog } from './route-log.ts';

const feed = (chunks: string[]) => {
  const log = new RouteLog();
  return chunks.map((c) => log.push(c)).join('') + log.end();
};

describe('RouteLog', () => {
  it('keeps routes rendered one at a time as Astro writes them', () => {
    expect(feed(['10:00:00   ├─ /a/index.html', ' (+30ms) \n', '10:00:00   ├─ /b/index.html', ' (+2.1s) \n'])).toBe(
      '10:00:00   ├─ /a/index.html (+30ms) \n10:00:00   ├─ /b/index.html (+2.1s) \n',
    );
  });

  it('puts routes rendered at once on lines of their own and drops timings it cannot attribute', () => {
    const out = feed([
      '10:00:00   ├─ /404.html10:00:00   ├─ /llms.txt',
      '10:00:00   ├─ /robots.txt',
      ' (+30ms) \n (+29ms) \n',
      ' (+32ms) \n',
      '10:00:01 ✓ Completed in 127ms.\n',
    ]);
    expect(out).toBe(
      '10:00:00   ├─ /404.html\n10:00:00   ├─ /llms.txt\n10:00:00   ├─ /robots.txt\n10:00:01 ✓ Completed in 127ms.\n',
    );
  });

  it('attaches a timing again once a single route is in flight', () => {
    const out = feed(['10:00:00   ├─ /a', '10:00:00   ├─ /b', ' (+1ms) \n', ' (+2ms) \n', '10:00:00   ├─ /c', ' (+3ms) \n']);
    expect(out).toBe('10:00:00   ├─ /a\n10:00:00   ├─ /b\n10:00:00   ├─ /c (+3ms) \n');
  });

  it('understands coloured output', () => {
    const start = (path: string) => `\x1b[2m10:00:00\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m${path}\x1b[22m`;
    const out = feed([start('/a') + start('/b'), ' \x1b[2m(+3ms)\x1b[22m \n', ' \x1b[2m(+4ms)\x1b[22m \n']);
    expect(out).toBe(`${start('/a')}\n${start('/b')}\n`);
  });

  it('passes other output through and closes an open route line before it', () => {
    expect(feed(['10:00:00   ├─ /a', 'warning: something\n'])).toBe('10:00:00   ├─ /a\nwarning: something\n');
    expect(feed(['plain line\n'])).toBe('plain line\n');
  });
});
