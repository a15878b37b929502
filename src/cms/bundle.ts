/**
 * The web editor's files as the site serves them under /admin/: Sveltia CMS's own bundle from
 * node_modules (never a CDN), made to read its UI languages from the site, and the project's
 * editor script (src/cms/browser/editor.ts) bundled for the browser with esbuild from the same
 * rule modules the validator runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../content/kind-paths.ts';
import { listContent } from '../content/load.ts';
import { build, type Plugin } from 'esbuild';

const SVELTIA = 'node_modules/@sveltia/cms';

/** The UI languages Sveltia's bundle knows, plus the project's Kazakh (src/cms/locales/kk.json). */
export const EXTRA_UI_LOCALES = ['kk'] as const;

/** The fonts Sveltia's UI asks a CDN for, served from their npm packages under /admin/fonts/. */
export const FONTS: Record<string, string> = {
  'source-sans-3:vf@5.3.0/latin-wght-normal.woff2': 'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'noto-mono@5.3.0/latin-400-normal.woff2': 'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2': 'node_modules/@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};
/** The font's file name under /admin/fonts/. */
export const fontFile = (cdnPath: string) => cdnPath.replace(/[:@/]/g, '-');

/**
 * The modules Sveltia imports from a CDN on first use, served from node_modules under
 * /admin/modules/ at the address Sveltia asks for (`immutable@<the version its bundle names>/…`):
 * without Immutable.js, Sveltia skips the save hook, and with it the rules.
 */
export function cdnModules(): Record<string, string> {
  const source = readFileSync(`${SVELTIA}/dist/sveltia-cms.js`, 'utf8');
  const version = /immutable:`\^?([\d.]+)`/.exec(source)?.[1];
  if (!version) throw new Error('@sveltia/cms: the version of Immutable.js it loads was not found in dist/sveltia-cms.js; update src/cms/bundle.ts for this release');
  return { [`immutable@${version}/dist/immutable.es.js`]: 'node_modules/immutable/dist/immutable.es.js' };
}

/** One replacement in Sveltia's bundle: `source.slice(start, end)` becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Where `pattern` occurs in `source` (a string: every occurrence; an expression: the first match)
 * and what replaces it, or fails naming what Sveltia's new release moved. `anchor`, a piece of
 * text every match of the expression contains, is found first and the expression tried only around
 * it: an expression that starts with a name (`(\w+)=…`) is otherwise tried at every position of the
 * 2 MB bundle. Edits are found in the bundle as read and applied once (sveltiaBundle): each
 * rewrite of a rewritten 2 MB string copied it whole (≈ 0.5 s of a build's CPU for the bundle).
 */
function edits(source: string, pattern: RegExp | string, replacement: string | ((...groups: string[]) => string), what: string, anchor?: string): Edit[] {
  const missing = () => new Error(`@sveltia/cms: ${what} was not found in dist/sveltia-cms.js; update src/cms/bundle.ts for this release`);
  const replace = (match: RegExpExecArray) => (typeof replacement === 'string' ? replacement : replacement(...match));
  if (typeof pattern === 'string') {
    const found: Edit[] = [];
    for (let at = source.indexOf(pattern); at >= 0; at = source.indexOf(pattern, at + pattern.length)) {
      found.push({ start: at, end: at + pattern.length, text: replacement as string });
    }
    if (found.length === 0) throw missing();
    return found;
  }
  if (anchor === undefined) {
    const match = pattern.exec(source);
    if (!match) throw missing();
    return [{ start: match.index, end: match.index + match[0].length, text: replace(match) }];
  }
  // The first match contains the first occurrence of the anchor that is part of a match.
  for (let at = source.indexOf(anchor); at >= 0; at = source.indexOf(anchor, at + 1)) {
    const start = Math.max(0, at - 200);
    const match = pattern.exec(source.slice(start, at + anchor.length + 400));
    if (match && match.index <= at - start && match.index + match[0].length >= at - start + anchor.length) {
      return [{ start: start + match.index, end: start + match.index + match[0].length, text: replace(match) }];
    }
  }
  throw missing();
}

/** `source` with `found` applied (they may not overlap). */
function applyEdits(source: string, found: Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...found].sort((a, b) => a.start - b.start)) {
    if (edit.start < at) throw new Error('@sveltia/cms: two rewrites of dist/sveltia-cms.js overlap; update src/cms/bundle.ts for this release');
    parts.push(source.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/**
 * Sveltia's bundle, made to load nothing from outside the site. Sveltia has no option for any of
 * this, so its constants are rewritten (a test fails when a release moves one, so the pin is raised
 * with eyes open): the address of its UI strings (a CDN by default) becomes `/admin/locales/` and
 * its list of UI languages gains Kazakh; the fonts of its UI come from `/admin/fonts/`; the modules
 * it imports on first use (Immutable.js for the save hook) from `/admin/modules/`; its check for a
 * newer release, which asks a CDN, is switched off, and GitHub's status page is not asked.
 */
export function sveltiaBundle(): string {
  const source = readFileSync(`${SVELTIA}/dist/sveltia-cms.js`, 'utf8');
  return applyEdits(source, [
    ...edits(source, /(\w+)=`\$\{\w+\}@\$\{\w+\}\/locales`/, (_, name) => `${name}=new URL("locales",document.baseURI).href`, 'the UI strings address', '}/locales`'),
    ...edits(
      source,
      /`((?:[a-z]{2}(?:-[A-Z]{2})?,)+en-US(?:,[a-z]{2}(?:-[A-Z]{2})?)+)`\.split\(`,`\)/,
      (_, list) => `\`${[...list!.split(','), ...EXTRA_UI_LOCALES].sort().join(',')}\`.split(\`,\`)`,
      'the list of UI languages',
    ),
    ...Object.keys(FONTS).flatMap((path) => edits(source, `https://cdn.jsdelivr.net/fontsource/fonts/${path}`, `fonts/${fontFile(path)}`, `the font ${path}`)),
    ...edits(source, /(\w+)=e=>\{let t=`https:\/\/unpkg\.com\/\$\{e\}`/, (_, name) => `${name}=e=>{let t=new URL("modules/"+e,document.baseURI).href`, 'the CDN modules address', '=e=>{let t=`https://unpkg.com/${e}`'),
    ...edits(source, /(\w+)=async\(\)=>\{try\{let e=await fetch\((\w+)\);if\(!e\.ok\)return;let\{version:t\}/, (_, name) => `${name}=async()=>{return;try{let e;if(!e.ok)return;let{version:t}`, 'the release check', '=async()=>{try{let e=await fetch('),
    // GitHub's status page, asked while signed in with GitHub: answered locally with "unknown".
    ...edits(source, '`https://www.githubstatus.com/api/v2/status.json`', '`data:application/json,{}`', 'the GitHub status address'),
  ]);
}

/** A UI language's strings: Sveltia's own file, or the project's for the languages it adds. */
export function uiLocale(code: string): string {
  return (EXTRA_UI_LOCALES as readonly string[]).includes(code) ? readFileSync(`src/cms/locales/${code}.json`, 'utf8') : readFileSync(`${SVELTIA}/locales/${code}.json`, 'utf8');
}

/** Every UI language the editor serves: Sveltia's and the project's. */
export function uiLocaleCodes(): string[] {
  const sveltia = readdirSync(`${SVELTIA}/locales`).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
  return [...sveltia, ...EXTRA_UI_LOCALES].sort();
}

/** The parsers the rule modules load on first use with `createRequire` (the browser has none: they are bundled). */
const LAZY_MODULES = ['yaml', 'libphonenumber-js/max', 'unified', 'remark-parse', 'remark-gfm', 'remark-mdx'];

/** Node's modules as the browser bundle sees them: `createRequire` hands out the bundled parsers, the rest is never called there. */
const nodeShims: Plugin = {
  name: 'node-shims',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-shim' }));
    b.onLoad({ filter: /.*/, namespace: 'node-shim' }, (args) => {
      if (args.path === 'node:module') {
        const imports = LAZY_MODULES.map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`).join('\n');
        const table = LAZY_MODULES.map((name, i) => `${JSON.stringify(name)}: m${i}`).join(', ');
        return { contents: `${imports}\nconst modules = { ${table} };\nexport function createRequire() { return (name) => { const m = modules[name]; if (!m) throw new Error('not bundled: ' + name); return m; }; }`, resolveDir: process.cwd() };
      }
      const unavailable = "const unavailable = () => { throw new Error('not available in the browser'); };";
      return { contents: `${unavailable}\nexport const readFileSync = unavailable, readdirSync = unavailable, relative = (from, to) => to.replace(/^\\/+/, ''), sep = '/', availableParallelism = () => 1, parentPort = null;\nexport default {};`, resolveDir: process.cwd() };
    });
  },
};

/**
 * The ids (`<region>/<slug>`) of the projects in `contentDir`: the editor refuses a new project
 * whose file would replace one of them (Sveltia's own `-1` renaming compares the bare file name
 * with the nested collection's `<region>/<slug>` ids, so it never fires for projects).
 */
export function projectIds(contentDir: string): string[] {
  const root = join(contentDir, 'projects');
  if (!existsSync(root)) return [];
  // The content reader's own listing (its ignore rules, files only) and its own classification.
  return listContent(root)
    .filter((entry) => entry.type === 'file' && classify(`projects/${entry.path}`)?.kind === 'project')
    .map((entry) => entry.path.replace(/\.mdx?$/, ''))
    .sort();
}

/** /admin/editor.js: the editor script with the rules, for the browser, with the season's movement.yaml and the projects' ids of `contentDir`. */
export async function editorBundle(contentDir: string): Promise<string> {
  const movementText = readFileSync(join(contentDir, 'movement.yaml'), 'utf8');
  const result = await build({
    entryPoints: ['src/cms/browser/editor.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { MOVEMENT_YAML: JSON.stringify(movementText), PROJECT_IDS: JSON.stringify(projectIds(contentDir)), 'process.env.NODE_ENV': '"production"', 'import.meta.url': '"file:///admin/editor.js"' },
    plugins: [nodeShims],
    // The reader names files relative to the working directory (`process.cwd()`): the browser's is the repository root.
    banner: { js: 'var process = { cwd: () => "/", env: {} };' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
