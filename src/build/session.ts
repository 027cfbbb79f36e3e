/**
 * What the build under way tells the pages it renders, through the `virtual:docs-build` module
 * (see src/integrations/docs-site.ts): set in `astro build`, absent in the dev server.
 */
export interface BuildSession {
  /** The code fingerprint of this build ({@link codeFingerprint} in ./page-reuse). */
  fingerprint: string;
  /** The previous build's output folder, when pages can be taken from it. */
  previousDir: string | undefined;
  /** The manifest (see ./manifest.ts). */
  manifestFile: string;
}

/** The source of the `virtual:docs-build` module for a build session, or for none. */
export function sessionModule(session: BuildSession | undefined): string {
  return `export const session = ${JSON.stringify(session ?? null)};`;
}
