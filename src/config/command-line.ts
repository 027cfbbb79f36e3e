/**
 * The command line of the project's scripts: every script answers `--help` (and `-h`) with its
 * usage and exits 0, and an unknown or malformed option prints what was wrong and the usage, and
 * exits 2, instead of a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Whether the arguments ask for help. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h');
}

/**
 * For scripts that pass their arguments on (to `astro build`, `astro dev`): prints the usage and
 * exits when help is asked for, and returns the arguments otherwise.
 */
export function passThrough(usage: string, argv: readonly string[] = process.argv.slice(2)): string[] {
  if (wantsHelp(argv)) {
    console.log(usage);
    process.exit(0);
  }
  return [...argv];
}

/** Parses a script's options; answers `--help` and bad usage as described above. */
export function readOptions<T extends ParseArgsOptionsConfig>(usage: string, options: T, argv: readonly string[] = process.argv.slice(2)) {
  if (wantsHelp(argv)) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}
