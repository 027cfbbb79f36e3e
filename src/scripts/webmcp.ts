/**
 * Offers the site's search and its pages' Markdown to in-browser agents through WebMCP, where the
 * browser has it (`document.modelContext`; `navigator.modelContext` in Chromium's first version).
 * Elsewhere nothing more is loaded.
 */
import type { ModelContext } from './webmcp-tools.ts';

const context = (document as Document & { modelContext?: ModelContext }).modelContext ?? (navigator as Navigator & { modelContext?: ModelContext }).modelContext;
if (context && typeof context.registerTool === 'function') {
  void import('./webmcp-tools.ts').then((tools) => tools.register(context));
}

export {};
