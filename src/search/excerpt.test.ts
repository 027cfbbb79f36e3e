import { describe, expect, it } from 'vitest';
import { withoutLeadingTitle } from './excerpt.ts';

describe('withoutLeadingTitle', () => {
  it('takes the heading off the start of its section excerpt', () => {
    expect(withoutLeadingTitle('Scopes. Name. Description. <mark>users.read</mark>. Access', 'Scopes')).toBe('Name. Description. <mark>users.read</mark>. Access');
    expect(withoutLeadingTitle('<mark>Scopes</mark>. Name. Description.', 'Scopes')).toBe('Name. Description.');
    expect(withoutLeadingTitle('Create <mark>API</mark> key. Open the console.', 'Create API key')).toBe('Open the console.');
  });
  it('leaves excerpts that do not start with the heading, or are nothing else', () => {
    expect(withoutLeadingTitle('Access to read <mark>scopes</mark>.', 'Scopes')).toBe('Access to read <mark>scopes</mark>.');
    expect(withoutLeadingTitle('Scopeship is here.', 'Scopes')).toBe('Scopeship is here.');
    expect(withoutLeadingTitle('Scopes.', 'Scopes')).toBe('Scopes.');
    expect(withoutLeadingTitle('Scopes and more', 'Scopes and more words')).toBe('Scopes and more');
  });
});
