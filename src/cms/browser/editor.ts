/**
 * The web editor's own script (/admin/editor.js, bundled by src/cms/bundle.ts), loaded before
 * Sveltia CMS's bundle on /admin/: it makes Sveltia wait for it, registers one file format per
 * kind of content (read like the validator, written like the scaffolders: src/cms/file-text.ts),
 * runs the validator's per-file rules on every save (src/cms/browser/check.ts) and refuses a save
 * with errors, listing each problem by rule id, field and message in kk and ru. The UI starts in
 * Kazakh unless the coordinator picked another language.
 */
import './no-eval.ts';
import { z } from 'zod';
import { KIND_LIST, KINDS, type FileKind } from '../../content/kinds.ts';
import { formatOf } from '../config.ts';
import { frontmatterFileText, readFrontmatterFile, readYamlFile, yamlText } from '../file-text.ts';
import { checkEntryInEditor, whileTyping, type EditorFile, type EditorProblem } from './check.ts';

/** The season's movement.yaml, put here by the bundler (the event rules read its grades and due days). */
declare const MOVEMENT_YAML: string;
/** The ids (`<region>/<slug>`) of the projects the site was built with (src/cms/bundle.ts `projectIds`). */
declare const PROJECT_IDS: readonly string[];

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
export function showProblems(problems: (EditorProblem & { file?: string })[], typing = false): void {
  const aside = panel();
  aside.replaceChildren();
  aside.hidden = problems.length === 0;
  aside.dataset['when'] = typing ? 'typing' : 'save';
  // While typing the panel is a polite status (it changes as the text does); a refused save is an alert.
  aside.setAttribute('role', typing ? 'status' : 'alert');
  aside.setAttribute('aria-live', typing ? 'polite' : 'assertive');
  if (!problems.length) return;
  const heading = document.createElement('h2');
  const errors = problems.filter((p) => p.severity === 'error').length;
  heading.textContent = typing
    ? `Тексеру, әзірге сақталмаған: ${problems.length} · Проверка, пока не сохранено: ${problems.length}`
    : errors
      ? `Сақталмады: ${errors} қате · Не сохранено: ошибок ${errors}`
      : 'Ескертулер · Предупреждения';
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
 * The file's value from the entry's: a file that is one list (the awards of a year) is the entry's
 * one `root: true` field, `{ awards: [...] }`, which the rules would read as a record and refuse.
 */
function fileValue(kind: FileKind, data: Record<string, unknown>): unknown {
  return KINDS[kind].schema instanceof z.ZodArray ? (Object.values(data)[0] ?? []) : data;
}

/**
 * The files an entry is saved as, under content/: its own, and for a translated entry (an event)
 * each other language's body beside it (`<slug>.ru.mdx`, Sveltia's i18n `multiple_files`).
 */
export function entryFiles(kind: FileKind, path: string, data: Record<string, unknown>, translations: Record<string, Record<string, unknown>>): EditorFile[] {
  const relative = path.replace(/^content\//, '') || pathOf(kind, data);
  const files = [{ relative, text: fileText(kind, fileValue(kind, data)) }];
  for (const [locale, value] of Object.entries(translations)) {
    // A language switched off in the entry has no values (no file); one switched on is written even
    // with an empty body, so its file is checked as Sveltia will write it.
    const text = fileText(kind, value);
    if (text.trim() || 'body' in value) files.push({ relative: relative.replace(/(\.mdx?)$/, `.${locale}$1`), text });
  }
  return files;
}

/**
 * A new project whose file would replace an existing project's (the same Russian title in the same
 * region: Sveltia names the file from it and, in a nested collection, does not rename on a clash).
 */
function takenProject(kind: FileKind, entry: ImmutableMap, relative: string): (EditorProblem & { file: string })[] {
  if (kind !== 'project' || entry.get('newRecord') !== true) return [];
  // The file Sveltia will write, or (before it has named one) the entry's id, which is the same path.
  const id = [relative.replace(/^projects\//, '').replace(/\.mdx?$/, ''), String(entry.get('slug') ?? '')].find((candidate) => PROJECT_IDS.includes(candidate));
  if (!id) return [];
  return [{
    rule: 'project-file-taken',
    severity: 'error',
    field: 'title.ru',
    line: 1,
    column: 1,
    file: relative,
    message: {
      kk: `«${id}» жобасы бұрыннан бар: жаңа жоба оның файлын (projects/${id}.mdx) алмастырар еді. Орысша атауын өзгертіңіз (мысалы, ауылдың не мектептің атын қосыңыз).`,
      ru: `Проект «${id}» уже есть: новый проект заменил бы его файл (projects/${id}.mdx). Измените русское название (например, добавьте название села или школы).`,
    },
  }];
}

/** The pending check while typing: a save cancels it, so its panel never replaces the save's verdict. */
let typingTimer: ReturnType<typeof setTimeout> | undefined;

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
      clearTimeout(typingTimer);
      const files = entryFiles(kind, String(entry.get('path') ?? ''), data, translations);
      const problems = [...takenProject(kind, entry, files[0]!.relative), ...checkEntryInEditor(files, new Date(), MOVEMENT_YAML)];
      showProblems(problems);
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length) throw new Error(errors.map((p) => `${p.rule}: ${p.message.kk} / ${p.message.ru}`).join('\n'));
      return undefined;
    },
  });
}


/**
 * The rules while the coordinator types. Sveltia has no event for a draft's change (its events are
 * preSave, postSave and the publishing ones); a preview template gets the draft only in a preview
 * pane, which the two-language editor (kk | ru side by side) does not show; its draft backup in
 * IndexedDB exists only for the GitHub/GitLab backends, not the local test repository. What every
 * backend has is the form: each field sits in an element carrying its key path
 * (`data-key-path="members.5.name"`) inside a pane carrying its language (`data-locale`). So an
 * `input` in a text field records that field's text; after a pause the fields typed so far in this
 * entry are written as a file the way a save writes it (list items before them kept as empty
 * places, so `members[5]` stays `members[5]`) and checked by the same rules; the panel shows what
 * is not the schema's (`whileTyping`: a form half filled is no news). Rules that need the whole
 * entry (the event rules, a roster's ids) run on save.
 */
/** The entry's file under content/ from the address (`#/collections/units/entries/turkistan/sayram`), or a new entry's stand-in. */
function typedPath(kind: FileKind, entry: string): string {
  const folder: Partial<Record<FileKind, string>> = { event: 'events', project: 'projects', unit: 'representations', region: 'representations', awards: 'awards', geography: 'geography' };
  const extension = KINDS[kind].format === 'frontmatter' ? 'mdx' : 'yaml';
  if (entry && folder[kind]) return `${folder[kind]}/${entry}.${extension}`;
  const year = new Date().getFullYear();
  const stand: Record<FileKind, string> = {
    event: `events/${year}/new-event.mdx`,
    'event-translation': `events/${year}/new-event.ru.mdx`,
    project: 'projects/new/new-project.mdx',
    unit: 'representations/new/new.yaml',
    region: 'representations/new/region.yaml',
    awards: `awards/${year}.yaml`,
    geography: 'geography/new.yaml',
    movement: 'movement.yaml',
  };
  return stand[kind];
}

/** `members.5.name` = x as a value: `{ members: [{}, {}, {}, {}, {}, { name: x }] }`. */
export function valueAt(fields: ReadonlyMap<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of fields) {
    const keys = path.split('.');
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const next = keys[i + 1]!;
      node[key] ??= /^\d+$/.test(next) ? [] : {};
      const child = node[key] as Record<string, unknown>;
      if (Array.isArray(child)) for (let j = 0; j <= Number(next); j += 1) child[j] ??= {};
      node = child;
    });
  }
  return root;
}

function watchTyping(): void {
  let address = '';
  /** Per language pane: key path → the field typed in (read again when checked) and its last text. */
  const typed = new Map<string, Map<string, { element: Element; text: string }>>();
  const textOf = (element: Element) =>
    element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element instanceof HTMLElement ? element.innerText : '';
  const check = () => {
    const match = /^#\/collections\/([^/]+)(?:\/entries\/(.+)|\/new)/.exec(location.hash);
    const kind = match && KIND_OF_COLLECTION.get(decodeURIComponent(match[1]!));
    if (!match || !kind) return;
    const values = new Map(
      [...typed].map(([locale, fields]) => [locale, new Map([...fields].map(([path, field]) => [path, (field.text = field.element.isConnected ? textOf(field.element) : field.text)]))]),
    );
    // The entry's own language: Kazakh in a translated entry (events), Sveltia's one pane otherwise.
    const own = values.get('kk') ?? values.get('_default') ?? values.get('') ?? new Map<string, string>();
    const translations = Object.fromEntries([...values].filter(([locale]) => !['kk', '_default', ''].includes(locale)).map(([locale, fields]) => [locale, valueAt(fields)]));
    const files = entryFiles(kind, typedPath(kind, decodeURIComponent(match[2] ?? '')), valueAt(own), translations);
    showProblems(whileTyping(checkEntryInEditor(files, new Date(), MOVEMENT_YAML)), true);
  };
  const onTyping = (event: Event) => {
    const target = event.target instanceof Element ? event.target : undefined;
    const group = target?.closest('[data-key-path]');
    if (!target || !group) return;
    // A text field, or the Markdown editor's editable area (Lexical cancels `beforeinput` and
    // writes the text itself, so no `input` event comes from it: its keys and pastes count too).
    const element = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : target.closest('[contenteditable="true"]');
    if (!element || (element instanceof HTMLInputElement && !['text', 'search', 'email', 'url', 'tel', ''].includes(element.type))) return;
    if (location.hash !== address) {
      address = location.hash;
      typed.clear();
    }
    const locale = group.closest('[data-locale]')?.getAttribute('data-locale') ?? '';
    if (!typed.has(locale)) typed.set(locale, new Map());
    typed.get(locale)!.set(group.getAttribute('data-key-path')!, { element, text: textOf(element) });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(check, 400);
  };
  for (const type of ['input', 'beforeinput', 'paste', 'keyup']) document.addEventListener(type, onTyping, true);
}

document.addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (!cms) return;
  preferKazakh();
  registerFormats(cms);
  registerRules(cms);
  watchTyping();
  void cms.init();
});
