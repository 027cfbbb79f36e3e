import type { Schema, SchemaAttribute } from '@markdoc/markdoc';

/** A tag as the reference describes it. */
type DescribedTag = Schema & { example?: string };

function typeName(attribute: SchemaAttribute): string {
  const types = Array.isArray(attribute.type) ? attribute.type : [attribute.type];
  const names = types.map((t) => (typeof t === 'function' ? t.name : String(t ?? 'String')).replace(/^String$/, 'text').replace(/^Number$/, 'number').replace(/^Boolean$/, 'true/false').replace(/^Array$/, 'list').replace(/^Object$/, 'object'));
  const matches = Array.isArray(attribute.matches) ? ` (${attribute.matches.map((m) => `"${m}"`).join(', ')})` : '';
  return `${names.join(' or ')}${matches}`;
}

/**
 * Keeps Markdoc syntax written in a description as text: anything between `{%` and `%}` outside
 * backticks is put in backticks.
 */
const prose = (text: string) => text.split(/(`[^`]*`)/).map((part) => (part.startsWith('`') ? part : part.replace(/\{%[^%]*%\}/g, (tag) => `\`${tag}\``))).join('');

/** Escapes text for a cell of a Markdown table. */
const cell = (text: string) => prose(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The Markdoc source of the "Tag reference" page, made from the tag schemas themselves (their
 * descriptions, attributes and examples), so the reference cannot drift from the tags. Each
 * example is shown as code and rendered live.
 */
export function buildTagReference(tags: Readonly<Record<string, DescribedTag>>, title = 'Tag reference'): string {
  const names = Object.keys(tags)
    .filter((name) => tags[name]!.description)
    .sort();
  const sections = names.map((name) => {
    const tag = tags[name]!;
    const attributes = Object.entries(tag.attributes ?? {}).filter(([, a]) => (a as { description?: string }).description);
    const table =
      attributes.length === 0
        ? 'It takes no attributes.'
        : [
            '| Attribute | Type | Required | Default | What it does |',
            '|---|---|---|---|---|',
            ...attributes.map(([attr, a]) => {
              const described = a as SchemaAttribute & { description?: string };
              const fallback = described.default === undefined ? '' : `\`${String(described.default)}\``;
              return `| \`${attr}\` | ${cell(typeName(described))} | ${described.required ? 'yes' : 'no'} | ${fallback} | ${cell(described.description ?? '')} |`;
            }),
          ].join('\n');
    const example = tag.example
      ? `\n\n\`\`\`\`markdoc {% process=false %}\n${tag.example}\n\`\`\`\`\n\nRenders as:\n\n${tag.example}`
      : '';
    return `## ${name} {% #tag-${name.replace(/_/g, '-')} %}\n\n${prose(tag.description ?? '')}\n\n${table}${example}`;
  });
  const list = names.map((name) => `[${name}](#tag-${name.replace(/_/g, '-')})`).join(', ');
  return `---\ntitle: ${title}\ndescription: Every Markdoc tag this site supports, with its attributes and an example, generated from the tag definitions.\nsidebar:\n  order: 100\n---\nThis page is generated from the tag definitions in \`src/markdoc/tags\`: it is always up to date. Tags: ${list}.\n\n${sections.join('\n\n')}\n`;
}
