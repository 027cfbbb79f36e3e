/**
 * Runs first in the commands that start Astro (`npm run build`, `dev`, `start`, `test`): when the
 * Node running them is too old for Astro, it says so and how to fix it, instead of the stack trace
 * Node prints for a `.ts` file it cannot load. Plain JavaScript, so that any Node runs it.
 *
 * The project installs its own Node (the `node` package, a dependency), which npm puts first on
 * PATH for every script; this catches the installs where it is missing (`--ignore-scripts`,
 * packages not installed yet) and hosts that run the scripts with a Node of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * What is wrong with the Node running a command, or undefined when nothing is.
 * @param {{ version: string; execPath: string; range: string | undefined; satisfies: (version: string, range: string) => boolean }} facts
 *   `range`: the Node versions Astro supports (its `engines.node`), undefined when the packages are not installed.
 * @returns {string | undefined}
 */
export function nodeProblem({ version, execPath, range, satisfies }) {
  if (range === undefined) {
    return 'The packages are not installed: run `npm ci` (or `npm install`) in the project folder first.';
  }
  if (satisfies(version, range)) return undefined;
  return [
    `Astro needs Node ${range}; the Node running this command is ${version} (${execPath}).`,
    'The project brings its own Node as the `node` package, and npm runs every script with it:',
    '  - run `npm ci` (or `npm install`) in the project folder, without --ignore-scripts, which',
    "    leaves that Node out, and run the command with npm (`npm run build`), not with node;",
    `  - or install a Node that satisfies ${range} (for example \`nvm install 24\`, or your host's`,
    '    NODE_VERSION setting) and run the command again.',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const astro = join(root, 'node_modules/astro/package.json');
  const range = existsSync(astro) ? JSON.parse(readFileSync(astro, 'utf8')).engines?.node : undefined;
  const semver = range === undefined ? undefined : createRequire(import.meta.url)('semver');
  const problem = nodeProblem({
    version: process.version,
    execPath: process.execPath,
    range,
    satisfies: (version, r) => semver.satisfies(version, r, { includePrerelease: true }),
  });
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
