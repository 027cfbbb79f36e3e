import type { Diagnostic, Level } from './diagnostics.ts';

/** What a diagnostic says: what is wrong, and how to fix it. */
interface Explanation {
  message: string;
  hint?: string;
}

/** One kind of finding: its level, and how its message and hint are written from what was found. */
interface Entry<Args> {
  level: Level;
  explain: (args: Args) => Explanation;
}

const entry = <Args = Record<string, never>>(level: Level, explain: (args: Args) => Explanation): Entry<Args> => ({ level, explain });

/** The example an id hint suggests: a slug of the text, or a fallback. */
type IdFix = { id: string; fix: string };

/**
 * Every finding the checker reports, by id: stable kebab-case, noun then problem
 * (`heading-id-duplicate`). The build, `npm run check`, the dev overlay and the editor all print
 * these; the ids of Markdoc's own findings ({@link MARKDOC_IDS}) are kept as Markdoc names them.
 */
export const CATALOG = {
  // Files and frontmatter.
  'file-binary': entry('error', () => ({ message: 'This file holds binary data, not text: it cannot be a page.', hint: 'Move it out of the docs folder (images belong in public/), or replace it with a Markdoc page.' })),
  'file-encoding-invalid': entry('error', () => ({ message: 'This file is not UTF-8 text.', hint: 'Save it as UTF-8 in your editor (most editors offer "Save with encoding").' })),
  'page-unreadable': entry('error', ({ reason }: { reason: string }) => ({ message: `This page could not be processed: ${reason}`, hint: 'Look for an unusual construct near the last change to this file; if it looks right, report it with the file attached.' })),
  'page-body-empty': entry('warning', () => ({ message: 'This page has a title and nothing else: readers, and search, find nothing on it.', hint: 'Write its content under the frontmatter, or set sidebar.hidden if it only names a folder.' })),
  'frontmatter-missing': entry('error', () => ({ message: 'This page has no frontmatter, so it has no title.', hint: 'Start the file with:\n  ---\n  title: Page title\n  ---' })),
  'frontmatter-unclosed': entry('error', () => ({ message: 'The frontmatter starts with --- on line 1 but is never closed, so the whole file is read as frontmatter.', hint: 'Add a line with --- after the last frontmatter field.' })),
  'frontmatter-invalid': entry('error', () => ({ message: 'The frontmatter must be a list of `key: value` lines.', hint: 'Write for example `title: Getting started` between the two `---` lines.' })),
  'frontmatter-yaml-invalid': entry('error', ({ reason }: { reason: string }) => ({ message: `The frontmatter is not valid YAML: ${reason}`, hint: 'Check the quoting and indentation of this line; quote values that contain `:` or `#`.' })),
  'frontmatter-field-missing': entry('error', ({ key }: { key: string }) => ({ message: `The frontmatter has no \`${key}\`, which every page needs.`, hint: `Add a line such as \`${key}: Getting started\`.` })),
  'frontmatter-value-invalid': entry('error', ({ key, problem, expected }: { key: string; problem: string; expected: string }) => ({ message: `\`${key}\`: ${problem}.`, hint: expected })),
  'frontmatter-key-unknown': entry('warning', ({ key, guess }: { key: string; guess: string }) => ({ message: `The frontmatter key \`${key}\` is not one this site reads, so it has no effect.`, hint: `Did you mean \`${guess}\`?` })),
  'description-placeholder': entry('warning', ({ description }: { description: string }) => ({ message: `The description "${description}" is a placeholder: search engines and link previews show it.`, hint: 'Write one or two sentences that say what a reader will find on this page.' })),

  // Language folders (CONTENT_DIR/i18n/<tag>/).
  'language-tag-invalid': entry('error', ({ folder, suggestion }: { folder: string; suggestion: string | undefined }) => ({ message: `The folder i18n/${folder} is not named by a language tag, so its pages are not published.`, hint: suggestion ? `Rename it to i18n/${suggestion}.` : 'Name it by a BCP 47 language tag, such as fr, pt-BR, zh-Hans or ar.' })),
  'language-tag-unknown': entry('error', ({ folder, suggestion }: { folder: string; suggestion: string | undefined }) => ({ message: `The folder i18n/${folder} names no known language, so its pages are not published.`, hint: suggestion ? `Rename it to i18n/${suggestion}.` : 'Name it by a BCP 47 language tag, such as fr, pt-BR, zh-Hans or ar.' })),
  'language-docs-missing': entry('error', ({ folder }: { folder: string }) => ({ message: `The language folder i18n/${folder} has no docs/ folder, so the language has no pages.`, hint: `Put its translated pages in i18n/${folder}/docs/, at the same paths as their sources in docs/.` })),
  'language-default': entry('error', ({ folder, tag }: { folder: string; tag: string }) => ({ message: `i18n/${folder} is the site's default language (${tag}, \`lang\` in src/site.config.ts), whose pages are docs/.`, hint: 'Move its pages into docs/ and remove the folder, or set `lang` to the language docs/ is written in.' })),
  'language-duplicate': entry('error', ({ folder, first, tag }: { folder: string; first: string; tag: string }) => ({ message: `i18n/${folder} and i18n/${first} are the same language (${tag}): only i18n/${first} is published.`, hint: `Move the pages of i18n/${folder} into i18n/${first} and remove i18n/${folder}.` })),
  'language-strings-missing': entry('warning', ({ tag, count, keys }: { tag: string; count: number; keys: string[] }) => ({ message: `${count} string${count === 1 ? '' : 's'} of the site's chrome ${count === 1 ? 'has' : 'have'} no ${tag} text and show${count === 1 ? 's' : ''} in English: ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}.`, hint: `Give them in src/site.config.ts: languages: { '${tag}': { strings: { ${keys[0] ?? 'search'}: '…' } } }.` })),

  // Versions (CONTENT_DIR/versions/<name>/).
  'version-name-invalid': entry('error', ({ folder, suggestion }: { folder: string; suggestion: string }) => ({ message: `The version folder versions/${folder} has a name that cannot stand in a URL as it is, so it is not published.`, hint: `Rename it with letters, digits, dots, hyphens and underscores only: versions/${suggestion}.` })),
  'version-docs-missing': entry('error', ({ folder }: { folder: string }) => ({ message: `The version folder versions/${folder} has no docs/ folder, so the version has no pages.`, hint: `Make it with npm run snapshot -- ${folder} (which copies docs/, partials/ and i18n/), or put its pages in versions/${folder}/docs/.` })),
  'version-label-duplicate': entry('error', ({ folder, label, first }: { folder: string; label: string; first: string }) => ({ message: `versions/${folder} is labelled ${label}, as ${first === 'the current version' ? first : `versions/${first}`} is: readers could not tell them apart, so it is not published.`, hint: `Give it another label in \`versions.old\` of src/site.config.ts, for example '${folder}': { label: '${folder}' }.` })),
  'version-path-taken': entry('error', ({ url, version }: { url: string; version: string }) => ({ message: `This page would be published at ${url}, where the pages of version ${version} are.`, hint: `Move it out of docs/${version}/, or rename the version folder versions/${version}.` })),
  'version-anchor-lost': entry('warning', ({ version, anchors }: { version: string; anchors: string[] }) => ({ message: `Version ${version} of this page has ${anchors.map((a) => `#${a}`).join(', ')}, which this version has not: readers switching versions there land at the top of the page.`, hint: `Keep the anchor with an alias on the heading that replaced it: ## … {% #new-id aliases=["${anchors[0]}"] %}` })),

  // Translations (CONTENT_DIR/i18n/<tag>/docs/).
  'translation-orphan': entry('error', ({ tag, url }: { tag: string; url: string }) => ({ message: `This ${tag} page translates ${url}, which does not exist, so it is not published.`, hint: 'Give it the path of the page it translates under docs/, or remove it if that page was removed.' })),
  'translation-anchor-missing': entry('error', ({ id, source, heading }: { id: string; source: string; heading?: string }) => ({ message: `This translation has no #${id}, which its source gives a section (${source}): links to #${id} in this language land at the top of the page.`, hint: heading ? `If this is that section, give it the source's id instead of #${heading}: ## … {% #${id} %}` : `Give the translated heading the source's id: ## … {% #${id} %}` })),
  'translation-behind': entry('warning', ({ source, commits, since, sections }: { source: string; commits: number; since: string; sections: string[] }) => ({
    message: `This translation is behind its source: ${source} changed in ${commits} commit${commits === 1 ? '' : 's'} since the translation's last (${since}), in ${sections.map((s) => (s === '' ? 'the introduction' : `#${s}`)).join(', ') || 'its text'}.`,
    hint: `See what changed with \`git diff ${since} -- ${source}\`, then update the translation and commit it.`,
  })),
  'translation-digest-behind': entry('warning', ({ source, recorded, current }: { source: string; recorded: string; current: string }) => ({
    message: `This translation was made from another version of ${source}: its sourceDigest is ${recorded}, the source's is now ${current}.`,
    hint: `Update the translation, then set \`sourceDigest: "${current}"\` in its frontmatter.`,
  })),
  'translation-link-untranslated': entry('warning', ({ href, fix }: { href: string; fix: string }) => ({ message: `${href} leads readers of this translation to the default language, though that page is translated.`, hint: `Link the translation: ${fix}` })),

  // The structure of a page's source.
  'tag-nesting-too-deep': entry('error', ({ depth }: { depth: number }) => ({ message: `Tags are nested more than ${depth} deep here, so the page cannot be read reliably.`, hint: 'Close tags before opening new ones: no page needs this much nesting.' })),
  'code-fence-unclosed': entry('error', ({ marker }: { marker: string }) => ({ message: 'This code block is never closed: everything after it, to the end of the file, shows as code.', hint: `Add a line with ${marker} where the code ends.` })),
  'partial-missing': entry('error', ({ name, guess, known }: { name: string; guess?: string; known: string[] }) => ({
    message: `The partial "${name}" does not exist in the partials folder.`,
    hint: guess ? `Did you mean file="${guess}"?` : known.length > 0 ? `Partials that exist: ${known.join(', ')}.` : 'Create it in the partials folder of the content directory.',
  })),

  // Headings and ids.
  'heading-empty': entry('error', () => ({ message: 'This heading has no text: it shows as an empty line in the page and its table of contents.', hint: 'Write the heading text after the #, or remove the line.' })),
  'heading-id-invalid': entry('error', ({ id, alias, fix }: IdFix & { alias?: boolean }) =>
    alias
      ? { message: `The alias "${id}" cannot be used in a link: ids hold no spaces, quotes or #.`, hint: `Use for example "${fix}".` }
      : { message: `The id "${id}" cannot be used in a link (#${id}): ids hold no spaces, quotes or #.`, hint: `Use for example {% #${fix} %}.` },
  ),
  'heading-id-duplicate': entry('error', ({ id, line }: { id: string; line: number }) => ({ message: `The id "${id}" is already used by the heading on line ${line}: links to #${id} can only reach the first one.`, hint: `Give this heading another id, for example {% #${id}-2 %}.` })),
  'heading-id-reserved': entry('error', ({ id, example }: { id: string; example: string }) => ({ message: `The id "${id}" belongs to the page layout (the skip link, search or navigation use it).`, hint: `Choose another id, for example ${example}.` })),
  'id-unsafe': entry('error', ({ id, example }: { id: string; example: string }) => ({ message: `The id "${id}" is the name of a browser global: an element with it can shadow window.${id} for scripts.`, hint: `Choose another id, for example ${example}.` })),

  // Links, images and other URLs.
  'url-unsafe': entry('error', ({ what, url, image }: { what: string; url: string; image?: boolean }) => ({ message: `The ${what} "${url}" would run a script, so it is not published.`, hint: image ? 'Use an image file (.png, .svg, .jpg…).' : 'Link to a page or a web address (https://…) instead.' })),
  'link-placeholder': entry('error', ({ target, attribute }: { target: string; attribute?: string }) =>
    attribute
      ? { message: `This ${attribute} goes nowhere: it is "${target}".`, hint: 'Link to a page (/docs/…), a section (#id) or a web address.' }
      : { message: `This link goes nowhere: its target is "${target}".`, hint: 'Link to a page (/docs/…), a section (#id) or a web address, or remove the link.' },
  ),
  'link-target-missing': entry('error', ({ href, guess }: { href: string; guess?: string }) => ({ message: `${href} links to a page that does not exist.`, hint: guess ? `Did you mean ${guess}?` : 'Check the path: pages live at /docs/<path of the file under content/docs>/.' })),
  'link-fragment-missing': entry('error', ({ where, fragment, guess, existing }: { where: string; fragment: string; guess?: string; existing: string[] }) => ({
    message: `${where} has no heading or element with id "${fragment}".`,
    hint: guess ? `Did you mean #${guess}?` : existing.length > 0 ? `Anchors there include ${existing.join(', ')}.` : `${where} has no anchors: link to the page without #${fragment}.`,
  })),
  'image-missing': entry('error', ({ src, path }: { src: string; path: string }) => ({ message: `The image ${src} does not exist.`, hint: `Put the file in public${path} (it is served at ${path}), or fix the path.` })),
  'image-alt-missing': entry('warning', () => ({ message: 'This image has no alt text, so screen-reader users do not know what it shows.', hint: 'Describe it between the brackets: ![What the image shows](…).' })),

  // Other content.
  'icon-unknown': entry('warning', ({ name, guess }: { name: string; guess?: string }) => ({
    message: `There is no icon named "${name}": nothing is shown in its place.`,
    hint: guess ? `Did you mean "${guess}"? Icons are Lucide names (https://lucide.dev/icons), set:name for other sets (simple-icons:apple), or names the site maps in iconAliases.` : 'Use a Lucide name (https://lucide.dev/icons), set:name for another set (simple-icons:apple), or add the name to iconAliases in src/site.config.ts.',
  })),
  'html-as-text': entry('warning', ({ html }: { html: string }) => ({ message: `${html.length > 40 ? `${html.slice(0, 40)}…` : html} is HTML, which pages show as text, never as markup.`, hint: 'Write it in Markdown or with a tag instead; to show HTML as code, put it in `backticks`.' })),
  'code-language-unknown': entry('warning', ({ language }: { language: string }) => ({ message: `The code language "${language}" is not one the highlighter knows: this block shows as plain text.`, hint: 'Use a language id from https://shiki.style/languages, or map this name in codeLanguageAliases in src/site.config.ts.' })),

  // Addresses.
  'page-url-taken': entry('error', ({ url, other }: { url: string; other: string }) => ({ message: `This page and ${other} would both be published at ${url}.`, hint: 'Rename or remove one of them: a folder\'s index.mdoc and a file named like the folder share one address.' })),
  'redirect-url-taken': entry('error', ({ from, owner, page }: { from: string; owner: string; page: boolean }) =>
    page
      ? { message: `redirectFrom "${from}" is the address of ${owner}, which exists.`, hint: 'Remove it from redirectFrom: the page at that address would hide the redirect.' }
      : { message: `redirectFrom "${from}" is also claimed by ${owner}.`, hint: 'Keep it on one page: an old address can only lead to one place.' },
  ),

  // Promises to readers who link in.
  'anchor-page-removed': entry('error', ({ url, command }: { url: string; command: string }) => ({ message: `The page ${url} is gone, but readers may have linked to it.`, hint: `Add "redirectFrom: [${url}]" to the page that replaces it, or, if it is gone for good, run ${command}.` })),
  'anchor-removed': entry('error', ({ url, anchor, replacement, command }: { url: string; anchor: string; replacement?: string; command: string }) => ({
    message: `${url}#${anchor} no longer exists, but readers may have linked to it.`,
    hint: replacement
      ? `If #${replacement} replaces it, keep the old link working: write {% #${replacement} aliases=["${anchor}"] %} here. If the removal is intended, run ${command}.`
      : `Keep it as an alias on the heading that replaces it, for example {% #new-id aliases=["${anchor}"] %}, or, if the removal is intended, run ${command}.`,
  })),
  'anchor-unlocked': entry('warning', ({ url, anchors, command }: { url: string; anchors: string[]; command: string }) => ({
    message: `${anchors.length === 1 ? `#${anchors[0]} is` : `${anchors.length} anchors are`} not in the anchor lock yet${anchors.length === 1 ? '' : ` (${anchors.map((a) => `#${a}`).join(', ')})`}: nothing keeps links to ${url}${anchors.length === 1 ? `#${anchors[0]}` : ''} working.`,
    hint: `Run ${command} and commit the lock file.`,
  })),

  // The site's settings (src/site.config.ts).
  'setting-placeholder': entry('warning', ({ key, value, effect, fix }: { key: string; value: string; effect: string; fix: string }) => ({
    message: `\`${key}\` is still the template's "${value}": ${effect}.`,
    hint: fix,
  })),
  'setting-invalid': entry('error', ({ key, problem, fix }: { key: string; problem: string; fix: string }) => ({ message: `\`${key}\`: ${problem}`, hint: fix })),
} as const;

/** The ids of Markdoc's own validation findings, which the checker explains (./markdoc-errors.ts) under the same ids. */
export const MARKDOC_IDS = [
  'attribute-missing-required',
  'attribute-type-invalid',
  'attribute-undefined',
  'attribute-value-invalid',
  'child-invalid',
  'duplicate-attribute',
  'fence-tag-error',
  'function-undefined',
  'href-format-invalid',
  'missing-closing',
  'missing-opening',
  'no-inline-annotations',
  'parameter-missing-required',
  'parameter-type-invalid',
  'parameter-undefined',
  'parse-error',
  'slot-missing-required',
  'slot-undefined',
  'table-syntax',
  'tag-placement-invalid',
  'tag-selfclosing-has-children',
  'tag-undefined',
  'variable-undefined',
] as const;

/** An id of the checker's own findings. */
export type CheckId = keyof typeof CATALOG;

/** An id of a Markdoc finding. */
export type MarkdocId = (typeof MARKDOC_IDS)[number];

/** The id of any finding. */
export type DiagnosticId = CheckId | MarkdocId;

/** What a finding's message is written from. */
export type DiagnosticArgs<Id extends CheckId> = Parameters<(typeof CATALOG)[Id]['explain']>[0];

/** Where a finding is. */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/**
 * A finding of the catalog at a place, its message and hint written from what was found; `level`
 * overrides the catalog's where the site config decides (missing targets).
 */
export function diagnose<Id extends CheckId>(id: Id, at: Location, ...rest: DiagnosticArgs<Id> extends Record<string, never> ? [args?: DiagnosticArgs<Id>, level?: Level] : [args: DiagnosticArgs<Id>, level?: Level]): Diagnostic {
  const [args, level] = rest;
  const { level: defaultLevel, explain } = CATALOG[id] as Entry<DiagnosticArgs<Id>>;
  const { message, hint } = explain((args ?? {}) as DiagnosticArgs<Id>);
  return { file: at.file, line: at.line, column: at.column, level: level ?? defaultLevel, id, message, ...(hint !== undefined ? { hint } : {}) };
}

/** Whether a Markdoc finding id is one the catalog names (any other is reported as a parse error). */
export function isMarkdocId(id: string): id is MarkdocId {
  return (MARKDOC_IDS as readonly string[]).includes(id);
}
