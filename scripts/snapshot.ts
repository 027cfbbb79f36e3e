/**
 * `npm run snapshot -- <name>`: freezes the current docs as an old version, published at
 * `/docs/<name>/`: copies `docs/`, `partials/`, each language's pages and partials and the anchor
 * lock into `CONTENT_DIR/versions/<name>/`, pointing their links into the docs at the version.
 * Never replaces a version; on any problem, writes nothing.
 */
import { relative, resolve } from 'node:path';
import { takeSnapshot } from '../src/build/snapshot.ts';
import { passThrough } from '../src/config/command-line.ts';
import { readEnvironment } from '../src/config/env.ts';
import { generatedPages } from '../src/markdoc/config.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = `Usage: npm run snapshot -- <name>

Freezes the current docs as the old version <name> (1.x, v2, 2024-10), published at
/docs/<name>/: copies docs/, partials/, each language's pages and the anchor lock into
CONTENT_DIR/versions/<name>/. It never replaces a version that exists.

  --help   this text

Then label the current version anew in src/site.config.ts (versions.current.label), and give the
old one a label or a status there if its name is not enough (versions.old).

Environment: CONTENT_DIR (see the README).`;

const args = passThrough(USAGE);
const root = resolve(import.meta.dirname, '..');
const options = args.filter((arg) => arg.startsWith('-'));
if (options.length > 0 || args.length > 1) {
  console.error(`${options.length > 0 ? `Unknown option '${options[0]}'.` : 'Give one version name.'}\n\n${USAGE}`);
  process.exit(2);
}
const { contentDir } = readEnvironment(root);
try {
  const taken = takeSnapshot(contentDir, args[0]!, { generated: generatedPages(siteConfig.tagReference) });
  const where = relative(root, resolve(contentDir, 'versions', args[0]!)) || contentDir;
  console.log(
    `Snapshot ${args[0]}: ${taken.pages} pages${taken.languages.length > 0 ? ` (with ${taken.languages.join(', ')})` : ''}, ${taken.files} files in ${where}/, published at /docs/${args[0]}/.\n` +
      `Label the current version anew in src/site.config.ts (versions.current.label), then build.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
