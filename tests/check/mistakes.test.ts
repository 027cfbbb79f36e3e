import { describe, expect, it } from 'vitest';
import { checkContent, checkPages } from './helpers.ts';

const DIR = 'tests/fixtures/mistakes/docs/';

describe('one mistake per file', async () => {
  const { diagnostics } = await checkContent('tests/fixtures/mistakes');
  const triples = diagnostics.map((d) => [d.file.replace(DIR, ''), d.line, d.column, d.id]);
  const find = (file: string) => diagnostics.filter((d) => d.file === `${DIR}${file}`);

  it('finds every mistake at its file, line and column', () => {
    expect(triples.sort()).toEqual(
      [
        ['attribute-type.mdoc', 4, 9, 'attribute-type-invalid'],
        ['attribute-unknown.mdoc', 4, 9, 'attribute-undefined'],
        ['attribute-value.mdoc', 4, 9, 'attribute-value-invalid'],
        ['code-fence-unclosed.mdoc', 6, 1, 'code-fence-unclosed'],
        ['code-language-unknown.mdoc', 4, 4, 'code-language-unknown'],
        ['description-placeholder.mdoc', 3, 14, 'description-placeholder'],
        ['file-binary.mdoc', 1, 1, 'file-binary'],
        ['file-empty.mdoc', 1, 1, 'frontmatter-missing'],
        ['file-encoding-invalid.mdoc', 1, 1, 'file-encoding-invalid'],
        ['frontmatter-key-unknown.mdoc', 3, 1, 'frontmatter-key-unknown'],
        ['frontmatter-title-missing.mdoc', 1, 1, 'frontmatter-field-missing'],
        ['frontmatter-type.mdoc', 4, 10, 'frontmatter-value-invalid'],
        ['frontmatter-unclosed.mdoc', 1, 1, 'frontmatter-unclosed'],
        ['frontmatter-yaml.mdoc', 3, 27, 'frontmatter-yaml-invalid'],
        ['heading-duplicate.mdoc', 6, 15, 'heading-id-duplicate'],
        ['heading-empty.mdoc', 6, 1, 'heading-empty'],
        ['heading-id-invalid.mdoc', 4, 18, 'heading-id-invalid'],
        ['icon-unknown.mdoc', 4, 21, 'icon-unknown'],
        ['icon-unknown.mdoc', 7, 53, 'icon-unknown'],
        ['id-double-hash.mdoc', 4, 22, 'parse-error'],
        ['image-alt-missing.mdoc', 4, 1, 'image-alt-missing'],
        ['image-missing.mdoc', 4, 1, 'image-missing'],
        ['link-fragment-missing.mdoc', 4, 13, 'link-fragment-missing'],
        ['link-fragment-missing.mdoc', 4, 42, 'link-fragment-missing'],
        ['link-placeholder.mdoc', 4, 24, 'link-placeholder'],
        ['link-target-missing.mdoc', 4, 17, 'link-target-missing'],
        ['page-url-taken.mdoc', 1, 1, 'page-url-taken'],
        ['page-url-taken/index.mdoc', 1, 1, 'page-url-taken'],
        ['partial-missing.mdoc', 4, 18, 'partial-missing'],
        ['redirect-url-taken.mdoc', 4, 5, 'redirect-url-taken'],
        ['tag-mismatched.mdoc', 4, 1, 'missing-closing'],
        ['tag-mismatched.mdoc', 6, 1, 'missing-opening'],
        ['tag-unclosed.mdoc', 6, 1, 'missing-closing'],
        ['tag-unknown.mdoc', 4, 4, 'tag-undefined'],
        ['url-unsafe.mdoc', 4, 14, 'url-unsafe'],
      ].sort(),
    );
  });

  it('finds nothing wrong with a valid page', () => {
    expect(find('good.mdoc')).toEqual([]);
  });

  it('explains unknown tags and attributes with a suggestion', () => {
    expect(find('tag-unknown.mdoc').map((d) => [d.message, d.hint])).toEqual([['{% inf %} is not a tag this site knows.', 'Did you mean {% info %}?']]);
    expect(find('attribute-unknown.mdoc').map((d) => [d.message, d.hint])).toEqual([['{% info %} has no attribute `titel`.', 'Did you mean title=…?']]);
    expect(find('attribute-value.mdoc').map((d) => [d.message, d.hint])).toEqual([
      ['{% info type="nte" %}: type must be one of "info", "note", "tip", "warning", "danger". Got "nte".', 'Did you mean type="note"?'],
    ]);
  });

  it('names an unknown icon at its attribute, with the icon meant', () => {
    const [inline, card] = find('icon-unknown.mdoc');
    expect(inline).toMatchObject({ level: 'warning', message: 'There is no icon named "plsu": nothing is shown in its place.' });
    expect(inline!.hint).toMatch(/^Did you mean "plus"\?/);
    expect(card!.hint).toMatch(/^Did you mean "icon-apple"\?/);
  });

  it('explains an id written with two #', () => {
    expect(find('id-double-hash.mdoc')[0]!.hint).toBe('An id is written with one #: {% #storage-events %}.');
  });

  it('points a wrong closing tag to the tag that is open', () => {
    expect(find('tag-mismatched.mdoc')[1]!.hint).toBe('Did you mean {% /note %}? It would close the {% note %} opened on line 4.');
  });

  it('lists the nearest anchor and page for broken links', () => {
    expect(find('link-fragment-missing.mdoc').map((d) => [d.message, d.hint])).toEqual([
      ['/docs/good/ has no heading or element with id "setp".', 'Did you mean #setup?'],
      ['This page has no heading or element with id "nowhere".', 'This page has no anchors: link to the page without #nowhere.'],
    ]);
    expect(find('link-target-missing.mdoc')[0]!.hint).toBe('Did you mean /docs/good/?');
    expect(find('partial-missing.mdoc')[0]!.hint).toBe('Did you mean file="shared-notice.md"?');
  });

  it('suggests the frontmatter key the author meant', () => {
    expect(find('frontmatter-key-unknown.mdoc')[0]!.hint).toBe('Did you mean `description`?');
  });
});

describe('the seed page as handed over', () => {
  it('gives exactly its two findings, each at its line', async () => {
    const { diagnostics } = await checkContent('tests/fixtures/seed');
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.level, d.id, d.message])).toEqual([
      ['tests/fixtures/seed/docs/advanced/platform/api-keys.mdoc', 4, 14, 'warning', 'description-placeholder', 'The description "Placeholder SEO." is a placeholder: search engines and link previews show it.'],
      ['tests/fixtures/seed/docs/advanced/platform/api-keys.mdoc', 6, 53, 'error', 'link-placeholder', 'This link goes nowhere: its target is "#".'],
    ]);
  });
});

describe('the bundled content', () => {
  it('has no problems at all', async () => {
    const { diagnostics } = await checkContent('content');
    expect(diagnostics).toEqual([]);
  });
});

describe('a page with a title and nothing else', () => {
  it('is reported, since readers and search find nothing on it', async () => {
    const { diagnostics } = await checkPages({ 'empty.mdoc': '---\ntitle: Only a title\n---\n' });
    expect(diagnostics.map((d) => [d.line, d.level, d.id])).toEqual([[4, 'warning', 'page-body-empty']]);
  });
});

describe('row anchors', () => {
  it('can be linked, locked, and a misspelt one gets the nearest row as hint', async () => {
    const { diagnostics, pages } = await checkPages({
      'scopes.mdoc':
        '---\ntitle: Scopes\n---\n{% table rowAnchors=true %}\n| Name | Grants |\n|---|---|\n| `users.read` | Read users |\n{% /table %}\n\nSee [users.read](#users.read) and [this](#users.reed).\n',
    });
    expect(pages.find((p) => p.url === '/docs/scopes/')?.anchors).toContain('users.read');
    expect(diagnostics.map((d) => [d.line, d.id, d.hint])).toEqual([[10, 'link-fragment-missing', 'Did you mean #users.read?']]);
  });
});
