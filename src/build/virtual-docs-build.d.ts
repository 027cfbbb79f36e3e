declare module 'virtual:docs-build' {
  /** The build under way, or null in the dev server (see ./session.ts). */
  export const session: import('./session.ts').BuildSession | null;
}
