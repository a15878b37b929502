import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KIND_LIST, KINDS, type FileKind } from '../../src/content/kinds.ts';
import { FORM_KEYS } from '../../src/cms/file-text.ts';
import { CMS_CONFIG_PATH, cmsConfig, cmsConfigText, readVocabulary } from '../../src/cms/config.ts';

type Field = { name: string; widget: string; label: string; options?: { value: string; label: string }[]; fields?: Field[]; readonly?: boolean };
type Collection = { name: string; label: string; fields?: Field[]; files?: { fields: Field[] }[]; create?: boolean; folder?: string; path?: string };

const vocabulary = readVocabulary('content');
const config = cmsConfig(vocabulary) as { collections: Collection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: Field[] | undefined, path: string): Field => {
  const [head, ...rest] = path.split('.');
  const found = fields?.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${path}`);
  return rest.length ? field(found.fields, rest.join('.')) : found;
};

describe('the web editor’s config (public/admin/config.yml)', () => {
  it('is up to date with the schemas, the kinds table and the content (run `npm run cms`)', () => {
    expect(readFileSync(CMS_CONFIG_PATH, 'utf8')).toBe(cmsConfigText(vocabulary));
  });

  it('is valid by the JSON Schema @sveltia/cms ships', () => {
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, formats: { regex: true, uri: true } }).compile(schema);
    const valid = validate(parse(readFileSync(CMS_CONFIG_PATH, 'utf8')));
    expect(valid, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // and the schema does refuse a broken config: a collection without its fields
    expect(validate({ ...config, collections: [{ name: 'x', label: 'x', folder: 'content/x' }] })).toBe(false);
  });

  it('names in each path template only fields the collection has (Sveltia refuses the whole config otherwise)', () => {
    const named = (template: string) => [...template.matchAll(/\{\{\s*(?:fields\.)?([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!.split('.')[0]!);
    for (const c of config.collections.filter((c) => c.path)) {
      for (const name of named(c.path!)) {
        if (name === 'slug') continue;
        expect(c.fields?.some((f) => f.name === name), `${c.name}: {{${name}}}`).toBe(true);
      }
    }
  });

  it('has the projects kind by construction: kk/ru labels on every field, topics picked by name, and the body', () => {
    const projects = collection('projects');
    expect(projects).toMatchObject({ folder: 'content/projects', label: expect.stringContaining('Социальные проекты детей') });
    expect(projects.create).toBeUndefined(); // coordinators create projects
    for (const name of ['region', 'title', 'summary', 'representation', 'topics', 'seasons', 'stage', 'results.children_involved', 'results.events', 'team', 'promoted.event', 'lang', 'body']) {
      expect(field(projects.fields, name).label, name).toMatch(/[а-яё]/i);
    }
    expect(field(projects.fields, 'topics').options?.map((o) => o.value)).toEqual(Object.keys(vocabulary.movement.topics));
  });

  it('puts a new project in content/projects/<region>/ by a region select that never reaches the file', () => {
    const projects = collection('projects') as Collection & { nested?: unknown };
    expect(field(projects.fields, 'region').options?.map((o) => o.value)).toEqual(vocabulary.regions.map((region) => region.id));
    expect(projects.path!.split('/')[0]).toBe('{{fields.region}}');
    // Every form-only key of a kind is a field of its collection (file-text.ts drops it on save).
    for (const [kind, keys] of Object.entries(FORM_KEYS)) {
      const c = collection(KINDS[kind as FileKind].collection);
      for (const key of Object.keys(keys)) expect(c.fields?.some((f) => f.name === key), `${kind}: ${key}`).toBe(true);
    }
  });

  it('lets an award pick its project by its kk/ru title from the projects collection, storing `<region>/<slug>`', () => {
    const project = field(collection('awards').fields, 'awards.project') as Field & Record<string, unknown>;
    expect(project).toMatchObject({ widget: 'relation', collection: 'projects', value_field: '{{slug}}', search_fields: ['title.kk', 'title.ru'], required: false });
    // Sveltia's entry slug is the whole path below the folder in a nested collection whose `path`
    // has no {{slug}}: two segments here, the project's id, for a file read and for a new project
    // saved. (The browser tests test/e2e/editor-award-project.test.ts and editor-new-project.test.ts.)
    const projects = collection('projects') as Collection & { nested?: unknown };
    expect(projects.nested).toEqual({ depth: 2, subfolders: false });
    expect(projects.path).not.toContain('{{slug}}');
    expect(projects.path!.split('/')).toHaveLength(2);
  });

  it('has one collection per kind, maintainers’ kinds read-only', () => {
    expect(config.collections.map((c) => c.name)).toEqual(KIND_LIST.filter((row) => !row.partOf).map((row) => row.collection));
    for (const row of KIND_LIST.filter((r) => r.editors === 'maintainers')) {
      const c = collection(row.collection);
      const fields = c.fields ?? c.files![0]!.fields;
      expect(fields.every((f) => f.readonly)).toBe(true);
    }
    expect(collection('events').create).toBeUndefined(); // coordinators create events
  });

  it('edits an event in kk and ru as one entry: the Russian body is <slug>.ru.mdx, nothing else is translated', () => {
    type Translated = { name: string; i18n?: boolean; fields?: { name: string; i18n?: boolean }[] };
    const full = config as unknown as { i18n: Record<string, unknown>; collections: Translated[] };
    expect(full.i18n).toEqual({ structure: 'multiple_files', locales: ['kk', 'ru'], default_locale: 'kk', omit_default_locale_from_file_path: true });
    const events = full.collections.find((c) => c.name === 'events')!;
    expect(events.i18n).toBe(true);
    expect(events.fields?.filter((f) => f.i18n).map((f) => f.name)).toEqual(['body']);
    // the only translated collection: every other kind is one file per entry
    expect(full.collections.filter((c) => c.i18n).map((c) => c.name)).toEqual(['events']);
  });

  it('lets a coordinator pick units, regions, topics and organisers by their kk/ru names, never type an id', () => {
    const unit = field(collection('units').fields, 'unit');
    expect(unit.widget).toBe('select');
    expect(unit.options).toContainEqual({ value: 'sayram', label: 'Сайрам ауданы · Сайрамский район (Түркістан облысы · Туркестанская область)' });
    const heads = field(collection('regions').fields, 'members.heads');
    expect(heads).toMatchObject({ widget: 'select', multiple: true });
    const organizer = field(collection('events').fields, 'organizer');
    expect(organizer.options).toContainEqual({ value: 'turkistan/sayram', label: 'Сайрам ауданы · Сайрамский район (Түркістан облысы · Туркестанская область)' });
    expect(organizer.options?.[0]?.value).toBe('national');
    const topics = field(collection('events').fields, 'topics');
    expect(topics.options?.map((o) => o.value).sort()).toEqual(Object.keys(vocabulary.movement.topics).sort());
    const consent = field(collection('units').fields, 'members.consent.name');
    expect(consent.options?.map((o) => o.value)).toEqual(['full', 'initial', 'hidden']);
    expect(field(collection('units').fields, 'members.name').label).toBe('Аты (келісімдегі түрде) · Имя (в форме согласия)');
  });
});
