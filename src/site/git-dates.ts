import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Parses `git log --format=%x00%cI --name-only` output into the date of each file's latest
 * commit. The log lists newest commits first, so a file's first appearance is its latest change.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split('\0').slice(1)) {
    const [date, ...files] = block.split('\n').map((l) => l.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * The last commit date of every file under `dir`, keyed by absolute path, from one `git log` call. Empty when `dir` is not in a git repository or git is missing: pages
 * then show no date, never the build date.
 */
export function readGitDates(dir: string): Map<string, string> {
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return new Map([...parseGitLog(output)].map(([file, date]) => [join(root, file), date]));
  } catch {
    return new Map();
  }
}
