/**
 * The web editor's own script (/admin/editor.js, bundled by src/cms/bundle.ts), loaded before
 * Sveltia CMS's bundle on /admin/: it makes Sveltia wait for it, registers one file format per
 * kind of content (read like the validator, written like the scaffolders: src/cms/file-text.ts),
 * runs the validator's per-file rules on every save (src/cms/browser/check.ts) and refuses a save
 * with errors, listing each problem by rule id, field and message in kk and ru. The UI starts in
 * Kazakh unless the coordinator picked another language.
 */
import './no-eval.ts';
import { KIND_LIST, KINDS, type FileKind } from '../../content/kinds.ts';
import { formatOf } from '../config.ts';
import { frontmatterFileText, readFrontmatterFile, readYamlFile, yamlText } from '../file-text.ts';
import { checkEntryInEditor, type EditorFile, type EditorProblem } from './check.ts';

/** The season's movement.yaml, put here by the bundler (the event rules read its grades and due days). */
declare const MOVEMENT_YAML: string;

interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}
interface SveltiaCms {
  init(options?: { config?: Record<string, unknown> }): Promise<void>;
  registerCustomFormat(name: string, extension: string, methods: { fromFile: (text: string) => unknown; toFile: (value: unknown) => string }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: ImmutableMap }) => unknown }): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: SveltiaCms;
  }
}

window.CMS_MANUAL_INIT = true;

const PREFS = 'sveltia-cms.prefs';
/** Kazakh is the editor's first language; a choice made in its settings is kept. */
function preferKazakh(): void {
  try {
    const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}') as Record<string, unknown>;
    if (!prefs['locale']) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'kk' }));
  } catch {
    // storage unavailable (private mode): Sveltia falls back to the browser's language
  }
}

/** The value without the keys Sveltia keeps on list items for itself (`__sc_item_id`…). */
function withoutEditorKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorKeys);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('__sc_')).map(([key, inner]) => [key, withoutEditorKeys(inner)]));
  }
  return value;
}

/** The file's text from the editor's value, as the kind's format writes it. */
function fileText(kind: FileKind, value: unknown): string {
  const clean = withoutEditorKeys(value);
  return KINDS[kind].format === 'frontmatter' ? frontmatterFileText(kind, clean as Record<string, unknown>) : yamlText(kind, clean);
}

function registerFormats(cms: SveltiaCms): void {
  for (const row of KIND_LIST) {
    cms.registerCustomFormat(formatOf(row.kind), row.format === 'frontmatter' ? 'mdx' : 'yaml', {
      fromFile: (text) => (row.format === 'frontmatter' ? readFrontmatterFile(row.kind, text) : readYamlFile(row.kind, text)),
      toFile: (value) => fileText(row.kind, value),
    });
  }
}

/** The collection names of the kinds (`units` → `unit`). */
const KIND_OF_COLLECTION = new Map(KIND_LIST.map((row) => [row.collection, row.kind]));

/** The panel that lists the problems of the last save; created on first use. */
function panel(): HTMLElement {
  let aside = document.getElementById('myn-rules');
  if (!aside) {
    aside = document.createElement('aside');
    aside.id = 'myn-rules';
    aside.setAttribute('role', 'alert');
    aside.setAttribute('aria-live', 'assertive');
    document.body.append(aside);
  }
  return aside;
}

/** Shows the problems (kk first, ru below), or hides the panel when there are none. */
export function showProblems(problems: (EditorProblem & { file?: string })[]): void {
  const aside = panel();
  aside.replaceChildren();
  aside.hidden = problems.length === 0;
  if (!problems.length) return;
  const heading = document.createElement('h2');
  const errors = problems.filter((p) => p.severity === 'error').length;
  heading.textContent = errors ? `Сақталмады: ${errors} қате · Не сохранено: ошибок ${errors}` : 'Ескертулер · Предупреждения';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.dataset['rule'] = problem.rule;
    item.dataset['severity'] = problem.severity;
    if (problem.file) item.dataset['file'] = problem.file;
    const where = document.createElement('code');
    // A problem in an entry's other file (an event's Russian body) names that file too.
    const other = problem.file && /\.[a-z]{2}\.mdx?$/.test(problem.file) ? ` · ${problem.file.split('/').at(-1)}` : '';
    where.textContent = `${problem.rule}${problem.field && problem.field !== '—' ? ` · ${problem.field}` : ''}${other}`;
    const kk = document.createElement('p');
    kk.lang = 'kk';
    kk.textContent = problem.message.kk;
    const ru = document.createElement('p');
    ru.lang = 'ru';
    ru.textContent = problem.message.ru;
    item.append(where, kk, ru);
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Жабу · Закрыть';
  close.addEventListener('click', () => (aside!.hidden = true));
  aside.append(heading, list, close);
}

/** Where a new entry's file goes, from its fields, when the editor has not named the path yet. */
function pathOf(kind: FileKind, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  switch (kind) {
    case 'event':
      return `events/${text('start').slice(0, 4) || new Date().getFullYear()}/${text('slug') || 'new-event'}.mdx`;
    case 'unit':
      return `representations/${text('region')}/${text('unit')}.yaml`;
    case 'region':
      return `representations/${text('region')}/region.yaml`;
    case 'geography':
      return `geography/${text('id')}.yaml`;
    case 'awards':
      return `awards/${new Date().getFullYear()}.yaml`;
    case 'movement':
      return 'movement.yaml';
    case 'event-translation':
      return `events/${text('start').slice(0, 4) || new Date().getFullYear()}/${text('slug') || 'new-event'}.ru.mdx`;
    case 'project':
      // The folder is the region of `representation` (`<region>[/<unit>[/<rural>]]`).
      return `projects/${text('representation').split('/')[0]}/${text('slug') || 'new-project'}.mdx`;
  }
}

/**
 * The files an entry is saved as, under content/: its own, and for a translated entry (an event)
 * each other language's body beside it (`<slug>.ru.mdx`, Sveltia's i18n `multiple_files`).
 */
export function entryFiles(kind: FileKind, path: string, data: Record<string, unknown>, translations: Record<string, Record<string, unknown>>): EditorFile[] {
  const relative = path.replace(/^content\//, '') || pathOf(kind, data);
  const files = [{ relative, text: fileText(kind, data) }];
  for (const [locale, value] of Object.entries(translations)) {
    const text = fileText(kind, value);
    if (text.trim()) files.push({ relative: relative.replace(/(\.mdx?)$/, `.${locale}$1`), text });
  }
  return files;
}

/** The rules, before anything is committed: a save with errors is refused with their messages. */
function registerRules(cms: SveltiaCms): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const kind = KIND_OF_COLLECTION.get(String(entry.get('collection')));
      if (!kind) return undefined;
      const data = (entry.get('data') as ImmutableMap | undefined)?.toJS() ?? {};
      // The other languages' values (Decap's `entry.i18n.<locale>.data`): an event's Russian body.
      const i18n = (entry.get('i18n') as ImmutableMap | undefined)?.toJS() ?? {};
      const translations = Object.fromEntries(Object.entries(i18n).map(([locale, value]) => [locale, ((value as { data?: Record<string, unknown> }).data ?? {})]));
      const problems = checkEntryInEditor(entryFiles(kind, String(entry.get('path') ?? ''), data, translations), new Date(), MOVEMENT_YAML);
      showProblems(problems);
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length) throw new Error(errors.map((p) => `${p.rule}: ${p.message.kk} / ${p.message.ru}`).join('\n'));
      return undefined;
    },
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (!cms) return;
  preferKazakh();
  registerFormats(cms);
  registerRules(cms);
  void cms.init();
});
