declare module 'virtual:docs-build' {
  /** The manifest of the published pages (see ./manifest.ts). */
  export const manifestFile: string;
  /** The build under way, or null in the dev server (see ./session.ts). */
  export const session: import('./session').BuildSession | null;
}
