import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSettings } from '../check/check-settings.ts';
import type { Diagnostic } from '../check/diagnostics.ts';
import { siteConfig } from '../site.config.ts';

/** The site config's file, relative to the project root, as findings name it. */
export const SETTINGS_FILE = 'src/site.config.ts';

/** The settings of this site still left at the template's placeholders (see ../check/check-settings.ts). */
export function settingsFindings(root: string): Diagnostic[] {
  return checkSettings(siteConfig, readFileSync(join(root, SETTINGS_FILE), 'utf8'), SETTINGS_FILE);
}
