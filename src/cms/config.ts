/**
 * The web editor's configuration (Sveltia CMS, Decap-compatible where that costs nothing),
 * generated from the table of content kinds (src/content/kinds.ts) and the fields' `.meta()`
 * (src/content/schema.ts): one collection per kind, one form field per schema field with its kk/ru
 * label and hint, selects whose options are the movement's own vocabulary (regions and units from
 * geography, topics from movement.yaml) in kk and ru. `npm run cms` writes it to
 * public/admin/config.yml; a test fails when that file is stale.
 */
import { readdirSync } from 'node:fs';
import { stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { jsonSchemaOf, type JsonSchema } from '../content/json-schema.ts';
import { KIND_LIST, KINDS, type ContentKind, type FileKind } from '../content/kinds.ts';
import { readSourceFile } from '../content/load.ts';
import { eventTranslationEntrySchema, geoRegionSchema, movementSchema, SLUG, type FieldMeta, type GeoRegion, type Movement, type Words } from '../content/schema.ts';

/** Where the generated file lives (served at /admin/config.yml). */
export const CMS_CONFIG_PATH = 'public/admin/config.yml';
/** The custom file format of a kind (Sveltia wants a frontmatter format's name to end so), which the editor registers (src/cms/browser/editor.ts) to read and write it like the project does. */
export const formatOf = (kind: FileKind) => (KINDS[kind].format === 'frontmatter' ? `myn-${kind}-frontmatter` : `myn-${kind}`);

/**
 * The languages of a translated entry, the file's own first: an event's `<slug>.mdx` is Kazakh and
 * its translation `<slug>.<locale>.mdx` is the kind `event-translation` (only `ru`, by its schema).
 */
export const I18N_LOCALES = ['kk', ...eventTranslationEntrySchema.shape.locale.options] as const;

/** A Sveltia/Decap field as written to the config. */
export type CmsField = Record<string, unknown> & { name: string; widget: string };
type Option = { label: string; value: string };

/** The content the selects' options come from. */
export interface Vocabulary {
  movement: Movement;
  regions: GeoRegion[];
}

/** Reads movement.yaml and the geography files (nothing else: this runs at national scale too). */
export function readVocabulary(contentDir: string): Vocabulary {
  const read = <T>(relative: string, schema: z.ZodType<T>) => schema.parse(readSourceFile(contentDir, relative).data);
  const regions = readdirSync(`${contentDir}/geography`)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => read(`geography/${name}`, geoRegionSchema));
  return { movement: read('movement.yaml', movementSchema), regions };
}

/** `Қазақша · По-русски`: one label for a form whose fields carry both languages. */
const both = (words: Words) => (words.kk === words.ru ? words.kk : `${words.kk} · ${words.ru}`);
const nameOf = (map: { kk?: string | undefined; ru?: string | undefined; en?: string | undefined }) =>
  both({ kk: map.kk ?? map.ru ?? map.en ?? '', ru: map.ru ?? map.kk ?? map.en ?? '' });

/** The options of a select whose values come from the content. */
function optionsOf(source: NonNullable<FieldMeta['options']>, vocabulary: Vocabulary): Option[] | undefined {
  const { movement, regions } = vocabulary;
  const units = regions.flatMap((region) => region.units.map((unit) => ({ region, unit })));
  switch (source) {
    case 'topics':
      return Object.entries(movement.topics).map(([value, name]) => ({ value, label: nameOf(name) }));
    case 'regions':
      return regions.map((region) => ({ value: region.id, label: nameOf(region.name) }));
    case 'units': {
      // A unit id is unique within its region only (two regions have an `esil`): one option per id, naming each.
      const labels = new Map<string, string[]>();
      for (const { region, unit } of units) labels.set(unit.id, [...(labels.get(unit.id) ?? []), `${nameOf(unit.name)} (${nameOf(region.name)})`]);
      return [...labels].map(([value, names]) => ({ value, label: names.join(' | ') }));
    }
    case 'organizers':
      return [
        { value: 'national', label: both({ kk: 'Республикалық', ru: 'Республиканское' }) },
        ...regions.map((region) => ({ value: region.id, label: nameOf(region.name) })),
        ...units.map(({ region, unit }) => ({ value: `${region.id}/${unit.id}`, label: `${nameOf(unit.name)} (${nameOf(region.name)})` })),
      ];
    case 'events':
      return undefined; // thousands at national scale: typed as `<year>/<slug>`, checked by its pattern
    case 'projects':
      return undefined; // a relation (relationOf)
  }
}

/**
 * A value naming an entry of another collection: Sveltia's relation widget, searched and shown by
 * the entry's kk/ru title, storing its id. A project's entry slug is its id `<region>/<slug>`
 * because the projects collection is nested and its `path` has no `{{slug}}` (collectionOf). Events are not done
 * this way: an event's id `<year>/<slug>` is its path with a year no field holds (the year of
 * `start`, which a relation template cannot cut), so events stay typed and checked by pattern.
 */
function relationOf(source: NonNullable<FieldMeta['options']>): Record<string, unknown> | undefined {
  if (source !== 'projects') return undefined;
  return { collection: KINDS.project.collection, value_field: '{{slug}}', search_fields: ['title.kk', 'title.ru'], display_fields: ['{{title.kk}} · {{title.ru}}'] };
}

const ID_PATTERN: [string, string] = [SLUG.source, both({ kk: 'Кіші латын әріптері, сандар және дефис: aruzhan-t', ru: 'Строчные латинские буквы, цифры и дефис: aruzhan-t' })];

/** A form field for one schema field. */
function fieldOf(name: string, schema: JsonSchema, required: boolean, vocabulary: Vocabulary, readonly: boolean): CmsField {
  const base: Record<string, unknown> = {
    name,
    label: schema.label ? both(schema.label) : name,
    ...(schema.hint ? { hint: both(schema.hint) } : {}),
    ...(required ? {} : { required: false }),
    ...(readonly ? { readonly: true } : {}),
  };
  const field = (widget: string, more: Record<string, unknown> = {}): CmsField => ({ ...base, widget, ...more }) as CmsField;
  const options = schema.options ? optionsOf(schema.options, vocabulary) : undefined;

  if (schema.widget === 'grades') {
    return field('list', { field: { name: 'grade', label: both({ kk: 'Сынып', ru: 'Класс' }), widget: 'number', value_type: 'int', min: 1, max: 11 }, min: 2, max: 2 });
  }
  if (schema.type === 'array' && schema.items) {
    const items = schema.items;
    const itemOptions = items.options ? optionsOf(items.options, vocabulary) : options;
    if (itemOptions) return field('select', { multiple: true, options: itemOptions, ...(schema.minItems ? { min: schema.minItems } : {}) });
    if (items.type === 'object' && items.properties && items.widget !== 'locale-text') {
      return field('list', { fields: fieldsOf(items, vocabulary, readonly), ...(schema.minItems ? { min: schema.minItems } : {}) });
    }
    return field('list', { field: fieldOf('item', items, true, vocabulary, readonly) });
  }
  if (schema.widget === 'locale-text') {
    const text = name === 'summary' ? 'text' : 'string';
    return field('object', {
      fields: [
        { name: 'kk', label: 'Қазақша', widget: text, required: false, ...(readonly ? { readonly: true } : {}) },
        { name: 'ru', label: 'Русский', widget: text, required: false, ...(readonly ? { readonly: true } : {}) },
        { name: 'en', label: 'English', widget: text, required: false, ...(readonly ? { readonly: true } : {}) },
      ],
    });
  }
  if (options) return field('select', { options });
  const relation = schema.options ? relationOf(schema.options) : undefined;
  if (relation) return field('relation', relation);
  if (schema.enum) {
    return field('select', { options: schema.enum.map((value) => ({ value, label: schema.choices?.[String(value)] ? both(schema.choices[String(value)]!) : String(value) })) });
  }
  switch (schema.widget) {
    case 'date':
      return field('datetime', { time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' });
    case 'datetime':
      return field('datetime', { format: 'YYYY-MM-DDTHH:mm:ssZ' });
    case 'id':
      return field('string', { pattern: ID_PATTERN });
    case 'https':
      return field('string', { type: 'url', pattern: ['^https://', both({ kk: 'https:// деп басталатын толық сілтеме', ru: 'Полная ссылка, начинающаяся с https://' })] });
    case 'email':
      return field('string', { type: 'email' });
  }
  if (schema.type === 'object' && schema.properties) return field('object', { fields: fieldsOf(schema, vocabulary, readonly) });
  if (schema.type === 'object') return field('keyvalue');
  if (schema.type === 'integer') {
    const bounded = schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER;
    return field('number', { value_type: 'int', ...(schema.minimum !== undefined ? { min: schema.minimum } : {}), ...(bounded ? { max: schema.maximum } : {}) });
  }
  if (schema.type === 'boolean') return field('boolean', { default: false });
  return field('string', schema.pattern ? { pattern: [schema.pattern, both({ kk: 'Талап етілген пішім', ru: 'Требуемый формат' })] } : {});
}

function fieldsOf(schema: JsonSchema, vocabulary: Vocabulary, readonly: boolean): CmsField[] {
  return Object.entries(schema.properties ?? {}).map(([name, value]) => fieldOf(name, value, schema.required?.includes(name) ?? false, vocabulary, readonly));
}


/** The collection of one kind of file. */
function collectionOf(kind: FileKind, row: ContentKind, vocabulary: Vocabulary): Record<string, unknown> {
  const readonly = row.editors === 'maintainers';
  const label = both(row.label);
  const common = { name: row.collection, label, ...(readonly ? { create: false, delete: false, duplicate: false } : {}) };
  const entry = jsonSchemaOf(row.entrySchema);
  const yaml = { format: formatOf(kind), extension: 'yaml' };
  switch (kind) {
    case 'movement':
      return { name: row.collection, label, files: [{ name: 'movement', label, file: `content/${row.path}`, format: formatOf(kind), fields: fieldsOf(entry, vocabulary, true) }] };
    case 'geography':
      return { ...common, folder: 'content/geography', ...yaml, identifier_field: 'id', summary: '{{name.kk}} · {{name.ru}}', fields: fieldsOf(entry, vocabulary, true) };
    case 'region':
      return {
        ...common,
        folder: 'content/representations',
        path: '{{region}}/region',
        ...yaml,
        identifier_field: 'region',
        summary: '{{region}}',
        fields: fieldsOf(entry, vocabulary, readonly),
      };
    case 'unit':
      return {
        ...common,
        folder: 'content/representations',
        path: '{{region}}/{{unit}}',
        // Only files whose `unit` is a unit of the geography: not a region's region.yaml beside them.
        filter: { field: 'unit', value: [...new Set(vocabulary.regions.flatMap((region) => region.units.map((unit) => unit.id)))].sort() },
        ...yaml,
        identifier_field: 'unit',
        summary: '{{region}} / {{unit}}',
        fields: fieldsOf(entry, vocabulary, readonly),
      };
    case 'event':
      return {
        ...common,
        folder: 'content/events',
        path: "{{fields.start | date('YYYY')}}/{{slug}}",
        extension: 'mdx',
        format: formatOf(kind),
        identifier_field: 'title.kk',
        summary: '{{title.kk}} · {{title.ru}}',
        // The Russian body is `<slug>.ru.mdx` beside the event (kind `event-translation`): Sveltia's
        // `multiple_files` structure, with only the body translatable, so the ru file holds the body alone.
        i18n: true,
        slug: {
          template: '{{title.ru}}',
          editable: ['create'],
          pattern: ID_PATTERN,
          hint: both({ kk: 'Сайттағы мекенжайы, латынша: taza-ozen', ru: 'Адрес на сайте, латиницей: taza-ozen' }),
        },
        fields: [
          ...fieldsOf(entry, vocabulary, readonly),
          {
            name: 'body',
            label: both({ kk: 'Сипаттамасы', ru: 'Описание' }),
            widget: 'markdown',
            required: false,
            i18n: true,
            hint: both({ kk: 'Әр тілдің өз мәтіні: қазақшасы іс-шараның файлында (taza-ozen.mdx), орысшасы жанындағы taza-ozen.ru.mdx файлында', ru: 'У каждого языка свой текст: казахский в файле мероприятия (taza-ozen.mdx), русский рядом, в taza-ozen.ru.mdx' }),
          },
        ],
      };
    case 'awards':
      return {
        ...common,
        folder: 'content/awards',
        ...yaml,
        slug: { template: '{{year}}', editable: ['create'], pattern: ['^\\d{4}$', both({ kk: 'Жыл: 2027', ru: 'Год: 2027' })] },
        summary: '{{slug}}',
        fields: [{ name: 'awards', label, widget: 'list', root: true, fields: fieldsOf(entry, vocabulary, readonly) }],
      };
    case 'project':
      return {
        ...common,
        delete: false,
        duplicate: false,
        folder: 'content/projects',
        // A nested collection two levels deep (region folder / file): Sveltia then takes an entry's
        // slug to be its whole path below the folder, `<region>/<slug>`, the project's id, when it
        // reads a file and when it saves a new one, so the award's relation to a project stores
        // that id (relationOf). The path has no `{{slug}}` (with one, the slug would be the file
        // name alone): a new project goes to the folder of the editor-only region select
        // (FORM_KEYS in file-text.ts, never written to the file) under its Russian title,
        // transliterated as an event's is; an edited project keeps its file.
        nested: { depth: 2, subfolders: false },
        path: '{{fields.region}}/{{fields.title.ru}}',
        extension: 'mdx',
        format: formatOf(kind),
        identifier_field: 'title.kk',
        summary: '{{title.kk}} · {{title.ru}}',
        fields: [
          {
            name: 'region',
            label: both({ kk: 'Өңір', ru: 'Регион' }),
            widget: 'select',
            options: optionsOf('regions', vocabulary),
            hint: both({
              kk: 'Жаңа жоба projects/<өңір>/ қалтасына орысша атауы латынша жазылған файлға сақталады (zelyoniy-dvor.mdx), сондықтан representation осы өңірдікі болуы керек. Сақталған жоба өз файлында қалады',
              ru: 'Новый проект сохраняется в папку projects/<регион>/ в файл с русским названием латиницей (zelyoniy-dvor.mdx), поэтому representation должно быть из этого региона. Сохранённый проект остаётся в своём файле',
            }),
          },
          ...fieldsOf(entry, vocabulary, readonly),
          { name: 'body', label: both({ kk: 'Сипаттамасы', ru: 'Описание' }), widget: 'markdown', required: false, hint: both({ kk: '«Қалай қайталауға болады» бөлімімен', ru: 'С разделом «Как повторить»' }) },
        ],
      };
    case 'event-translation':
      // Part of an event's entry (its Russian body): never a collection of its own (see config below).
      throw new Error(`${kind} is part of another kind's entry, not a collection`);
  }
}

/** The whole configuration. */
export function cmsConfig(vocabulary: Vocabulary): Record<string, unknown> {
  return {
    backend: { name: 'github', repo: 'myn-jasa/myn-jasa', branch: 'main', open_authoring: true, auth_scope: 'public_repo' },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/media',
    public_folder: '/media',
    show_preview_links: false,
    slug: { encoding: 'ascii', clean_accents: true },
    editor: { preview: false },
    // Only the events collection is translated (`i18n: true` there): the Kazakh file is the event
    // (`<slug>.mdx`, no locale in its name), the Russian one `<slug>.ru.mdx` (kind `event-translation`).
    i18n: { structure: 'multiple_files', locales: [...I18N_LOCALES], default_locale: I18N_LOCALES[0], omit_default_locale_from_file_path: true },
    // A file that is part of another kind's entry (an event's Russian body) is not a collection of its own.
    collections: KIND_LIST.filter((row) => !row.partOf).map((row) => collectionOf(row.kind, row, vocabulary)),
  };
}

/** The configuration file's text: a generated-file note, then YAML. */
export function cmsConfigText(vocabulary: Vocabulary): string {
  return `# Generated by \`npm run cms\` from src/content/kinds.ts, src/content/schema.ts and the content's\n# geography and movement.yaml. Do not edit by hand: change the schemas or the kinds table.\n${stringifyYaml(cmsConfig(vocabulary), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
