import type { Level } from './check/diagnostics.ts';
import type { LanguageAlias } from './pipeline/highlight.ts';
import type { CspSources, HeadEntry } from './site/head-setting.ts';
import type { PageActionSetting } from './site/page-actions.ts';
import type { LanguageSetting } from './site/languages.ts';
import type { UiStrings } from './site/ui-strings.ts';
import type { VersionsSetting } from './site/versions.ts';

/** Everything a site owner sets about the site, in one typed place. */
export interface SiteConfig {
  /** The site's name: shown in the header and after every page title (`Page — Site`). */
  title: string;
  /** What the site is about: the meta description of pages that have none. */
  description: string;
  /** Absolute URL the site is published at, for canonical links and the sitemap. */
  url: string;
  /**
   * The language `docs/` is written in (a BCP 47 tag), for `<html lang>`. Each folder
   * `CONTENT_DIR/i18n/<tag>/` adds a language, published under `/<tag>/docs/`.
   */
  lang: string;
  /**
   * Settings of the site's languages, by tag, all optional: a `label` for the language picker
   * (default: the language's own name, "Français"), a `dir` (default: from its script, `rtl` for
   * Arabic, Hebrew…), and `strings` of the chrome that replace the built-in ones or give those of a
   * language without them (`npm run check` lists the strings still in English).
   */
  languages: Record<string, LanguageSetting & { strings?: Partial<UiStrings> }>;
  /**
   * The docs' versions. `docs/` is the current one, labelled `current.label` in the version
   * picker; each folder `CONTENT_DIR/versions/<name>/` (made by `npm run snapshot -- <name>`) is an
   * old one, published under `/docs/<name>/`. `old` gives an old version a `label` and a `status`
   * (`supported`, the default, or `unsupported`); `order` lists old versions newest first (by
   * default: by name, highest first); `indexOld: true` lets search engines index old versions.
   */
  versions: VersionsSetting;
  /** Repository of the content, linked from the header (`https://github.com/org/repo`). */
  repository?: string;
  /**
   * URL of a page's source for "Edit this page": `{path}` becomes the file's path relative to the
   * repository (`https://github.com/org/repo/edit/main/{path}`). Leave unset to hide the link.
   */
  editUrl?: string;
  /** Shiki themes for code: one for the light theme and one for the dark theme. */
  codeThemes: { light: string; dark: string };
  /** Fence languages to highlight as another language, with the label readers see. */
  codeLanguageAliases: Record<string, LanguageAlias>;
  /** Heading levels listed under "On this page". */
  toc: { minDepth: number; maxDepth: number };
  /**
   * Sites with at most this many pages show every sidebar section in full. Larger sites show the
   * current top-level section in full and the others as links, so a page's size stays the same
   * however many pages the other sections hold.
   */
  sidebarFullUpTo: number;
  /**
   * Levels added to content headings. `auto`: pages that use `#` for their sections (under the
   * frontmatter title, which is the page's `<h1>`) get every heading one level down; pages that
   * start at `##` are left as they are. A number shifts every page by that much.
   */
  headingOffset: 'auto' | number;
  /**
   * The generated "Tag reference" page (every tag, its attributes and a live example), at
   * `/docs/<path>/`; `false` leaves it out. A content file at the same path replaces it.
   */
  tagReference: { path: string; title: string } | false;
  /**
   * How the checker and the build report a link or image whose page or file does not exist:
   * `error` stops the build; `warning` suits a site moved over in parts, whose links to pages
   * not moved yet are expected. The `MISSING_TARGETS` environment variable (or
   * `npm run check -- --missing-targets warning`) overrides it for one run.
   */
  missingTargets: Level;
  /**
   * Tags added to every page's `<head>`: a web font's stylesheet, analytics, a verification
   * `<meta>`. Only `link`, `meta` and `script` with `src` (never inline code: the site runs under a
   * strict Content-Security-Policy). Paths of the site (`/analytics.js`, from `public/`) follow the
   * base path. The origins the tags load from are added to the policy the build writes: a
   * script's to `script-src` and `connect-src`, a stylesheet's to `style-src`, a preloaded font's
   * to `font-src`.
   */
  head: HeadEntry[];
  /**
   * Sources the `head` tags load from indirectly, added to the policy by directive: the font files
   * of a font stylesheet (`{ 'font-src': ['https://fonts.gstatic.com'] }`), an analytics endpoint
   * on another origin. Origins only: keywords such as 'unsafe-inline' are refused.
   */
  csp: CspSources;
  /**
   * The menu beside "Copy page" on every page: links whose `href` may hold `{page}` (the page's
   * address) and `{markdown}` (its Markdown copy's). Alone they are the site's paths; in a query
   * string they are the published addresses, percent-encoded, for another site to read. No
   * request leaves the site until a reader follows one. An empty list leaves the menu out.
   */
  pageActions: PageActionSetting[];
  /**
   * Names the `icon` tag and cards accept besides Lucide's own (`key`, `chevron-right`) and
   * `set:icon` names (`simple-icons:apple`), each mapped to a `set:icon` name: the names docs
   * written for Appwrite use, brands among them. An unknown name is a warning at its tag.
   */
  iconAliases: Record<string, string>;
}

/** This site's settings. */
export const siteConfig: SiteConfig = {
  title: 'Platform Docs',
  description: 'Guides and reference for building on the platform: SDKs, API keys and more.',
  url: 'https://docs.example.com',
  lang: 'en',
  languages: {},
  versions: { current: { label: '2.x' } },
  repository: 'https://github.com/example/docs',
  editUrl: 'https://github.com/example/docs/edit/main/{path}',
  codeThemes: { light: 'github-light-default', dark: 'github-dark-default' },
  codeLanguageAliases: {
    // Fence names docs use that Shiki knows under another id.
    env: { lang: 'dotenv', label: '.env' },
    curl: { lang: 'shellscript', label: 'cURL' },
    markdoc: { lang: 'markdown', label: 'Markdoc' },
    mdoc: { lang: 'markdown', label: 'Markdoc' },
    'client-web': { lang: 'javascript', label: 'Web' },
    'client-flutter': { lang: 'dart', label: 'Flutter' },
    'client-android-kotlin': { lang: 'kotlin', label: 'Android (Kotlin)' },
    'client-apple': { lang: 'swift', label: 'Apple' },
    'server-nodejs': { lang: 'javascript', label: 'Node.js' },
    'server-python': { lang: 'python', label: 'Python' },
    'server-php': { lang: 'php', label: 'PHP' },
    'server-ruby': { lang: 'ruby', label: 'Ruby' },
    'server-dart': { lang: 'dart', label: 'Dart' },
    'server-deno': { lang: 'typescript', label: 'Deno' },
    deno: { lang: 'typescript', label: 'Deno' },
    'server-go': { lang: 'go', label: 'Go' },
    'server-swift': { lang: 'swift', label: 'Swift' },
    'server-kotlin': { lang: 'kotlin', label: 'Kotlin' },
    'server-java': { lang: 'java', label: 'Java' },
    'server-dotnet': { lang: 'csharp', label: '.NET' },
    'server-rust': { lang: 'rust', label: 'Rust' },
  },
  toc: { minDepth: 2, maxDepth: 3 },
  sidebarFullUpTo: 150,
  headingOffset: 'auto',
  tagReference: { path: 'contributing/tags', title: 'Tag reference' },
  missingTargets: 'error',
  head: [],
  csp: {},
  iconAliases: {
    'cheveron-right': 'lucide:chevron-right',
    warning: 'lucide:triangle-alert',
    'icon-apple': 'simple-icons:apple',
    'icon-android': 'simple-icons:android',
    'icon-flutter': 'simple-icons:flutter',
    'icon-firebase': 'simple-icons:firebase',
    'icon-react': 'simple-icons:react',
    'icon-react-native': 'simple-icons:react',
    'icon-vue': 'simple-icons:vuedotjs',
    'icon-angular': 'simple-icons:angular',
    'icon-svelte': 'simple-icons:svelte',
    'icon-nextjs': 'simple-icons:nextdotjs',
    'icon-nuxt': 'simple-icons:nuxt',
    'icon-astro': 'simple-icons:astro',
    'icon-js': 'simple-icons:javascript',
    'icon-typescript': 'simple-icons:typescript',
    'icon-node_js': 'simple-icons:nodedotjs',
    'icon-deno': 'simple-icons:deno',
    'icon-bun': 'simple-icons:bun',
    'icon-python': 'simple-icons:python',
    'icon-php': 'simple-icons:php',
    'icon-ruby': 'simple-icons:ruby',
    'icon-dart': 'simple-icons:dart',
    'icon-go': 'simple-icons:go',
    'icon-swift': 'simple-icons:swift',
    'icon-kotlin': 'simple-icons:kotlin',
    'icon-dotnet': 'simple-icons:dotnet',
    'icon-rust': 'simple-icons:rust',
    'icon-github': 'simple-icons:github',
    'icon-discord': 'simple-icons:discord',
    'icon-x': 'simple-icons:x',
  },
  pageActions: [
    { label: 'View as Markdown', href: '{markdown}' },
    { label: 'Open in ChatGPT', href: 'https://chatgpt.com/?q=Read+{page}+so+I+can+ask+questions+about+it.' },
    { label: 'Open in Claude', href: 'https://claude.ai/new?q=Read+{page}+so+I+can+ask+questions+about+it.' },
  ],
};
