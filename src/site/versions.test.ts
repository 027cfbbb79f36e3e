import { describe, expect, it } from 'vitest';
import { siteVersions } from './versions.ts';

describe('siteVersions', () => {
  const folders = (...names: string[]) => names.map((name) => ({ name, hasDocs: true }));

  it('orders old versions newest first by name, numbers as numbers', () => {
    const { current, old } = siteVersions(folders('v9', 'v10', 'v1'), { current: { label: 'v11' } });
    expect(current).toEqual({ label: 'v11', status: 'current' });
    expect(old.map((v) => v.name)).toEqual(['v10', 'v9', 'v1']);
    expect(siteVersions(folders('2024-03', '2024-10'), { current: { label: 'now' } }).old.map((v) => v.name)).toEqual(['2024-10', '2024-03']);
  });

  it('takes labels, statuses and an order from the config', () => {
    const { old } = siteVersions(folders('1.x', '0.9'), { current: { label: '2.x' }, old: { '0.9': { label: 'Beta', status: 'unsupported' } }, order: ['0.9'] });
    expect(old).toEqual([
      { name: '0.9', label: 'Beta', status: 'unsupported' },
      { name: '1.x', label: '1.x', status: 'supported' },
    ]);
  });

  it('leaves out, with the problem, a folder whose name is not URL-safe, one without docs/, and a second label', () => {
    const { old, problems } = siteVersions(
      [
        { name: 'v 1', hasDocs: true },
        { name: '1.x', hasDocs: false },
        { name: '2.x', hasDocs: true },
        { name: 'two', hasDocs: true },
        { name: 'three', hasDocs: true },
      ],
      { current: { label: '3.x' }, old: { two: { label: '2.x' }, three: { label: '3.x' } } },
    );
    expect(old.map((v) => v.name)).toEqual(['2.x']);
    expect(problems).toEqual([
      { kind: 'docs-missing', folder: '1.x' },
      { kind: 'label-duplicate', folder: 'three', label: '3.x', first: 'the current version' },
      { kind: 'label-duplicate', folder: 'two', label: '2.x', first: '2.x' },
      { kind: 'name-invalid', folder: 'v 1' },
    ]);
  });
});
