/**
 * Writes docs/content-reference.md from the zod schemas and the rule registry, so the tables a
 * coordinator reads can never drift from what the validator enforces (kubernetes/community's
 * sigs.yaml → README pattern). `npm run docs` writes it; a test fails when it is stale.
 */
import { jsonSchemaOf, type JsonSchema } from '../content/json-schema.ts';
import { KIND_LIST } from '../content/kinds.ts';
import { RULES } from '../rules/index.ts';

/** One table per kind of file, from the table of content kinds. */
const FILES = KIND_LIST.filter((row) => !row.partOf).map((row) => ({ title: row.docTitle, path: `content/${row.path}`, schema: row.entrySchema, editors: row.editors, example: row.example }));

function isLocaleMap(s: JsonSchema): boolean {
  return s.widget === 'locale-text';
}

/** A short human description of a value's type and constraints. */
function describeType(s: JsonSchema): string {
  if (s.widget === 'datetime') return 'date-time with offset (`2027-06-12T15:00:00+05:00`)';
  if (s.widget === 'date') return 'date `YYYY-MM-DD`';
  if (s.anyOf) return s.anyOf.map(describeType).join(' or ');
  if (isLocaleMap(s)) return 'text in languages `{ kk, ru, en }` (kk and ru expected)';
  if (s.enum) return `one of ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (s.type === 'array' && s.prefixItems) return `pair \`[${s.prefixItems.map((i) => describeType(i)).join(', ')}]\``;
  if (s.type === 'array') return `list of ${s.items ? describeType(s.items) : 'values'}${s.minItems ? ` (at least ${s.minItems})` : ''}`;
  if (s.type === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') return `map of id → ${describeType(s.additionalProperties)}`;
  if (s.type === 'object') return 'fields (below)';
  if (s.type === 'integer') return `whole number${range(s)}`;
  if (s.type === 'number') return `number${range(s)}`;
  if (s.type === 'boolean') return '`true` or `false`';
  if (s.type === 'string') {
    if (s.format === 'uri') return '`https://` link';
    if (s.format === 'email') return 'e-mail';
    if (s.widget === 'id') return 'id (lowercase latin, digits, hyphens)';
    if (s.pattern) return `text matching \`${s.pattern}\``;
    return 'text';
  }
  return 'any value';
}

function range(s: JsonSchema): string {
  const bounded = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER;
  if (s.minimum !== undefined && bounded) return ` ${s.minimum}–${s.maximum}`;
  if (s.minimum !== undefined) return ` ≥ ${s.minimum}`;
  return '';
}

/** Rows `| field | type | required | kk / ru name |` for an object, nested objects flattened with dotted paths. */
function rows(s: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(s.properties ?? {})) {
    const path = `${prefix}${key}`;
    const required = s.required?.includes(key) ? 'yes' : '';
    const label = value.label ?? value.items?.label;
    out.push(`| \`${path}\` | ${describeType(value)} | ${required} | ${label ? `${label.kk} / ${label.ru}` : ''} |`);
    const inner = value.type === 'array' ? value.items : value;
    if (inner?.type === 'object' && inner.properties && !isLocaleMap(inner)) out.push(...rows(inner, `${path}${value.type === 'array' ? '[]' : ''}.`));
  }
  return out;
}

/** Renders a rule's message with its parameters shown as ‹name›. */
function template(message: (p: Record<string, string>) => string): string {
  const params = new Proxy({}, { get: (_t, key) => `‹${String(key)}›` }) as Record<string, string>;
  try {
    return message(params).replace(/\|/g, '\\|');
  } catch {
    // Messages that pick a sentence by a parameter (e.g. which deadline) have no single template.
    return '(depends on the case)';
  }
}

/** The event's Russian body: a file with no fields, so it is described in words rather than a table. */
const EVENT_TRANSLATION = [
  "## An event's Russian body — `content/events/<year>/<slug>.ru.mdx` (or `.ru.md`)",
  '',
  "Optional. The Russian text of the event `<year>/<slug>`, whose own body (in `<slug>.mdx`) is in Kazakh (`lang: kk`). It is part of that event, never an event of its own: the Russian page shows it, the Kazakh page the event's own body; a page whose language has no body shows the other with a note saying so. It holds only a body: no frontmatter, or an empty one (`---` and `---`); the event's fields stay in `<slug>.mdx` (`event-translation-fields`). It needs its event (`event-translation-orphan`), an event whose own body is Russian takes none (`event-translation-same-language`), one per event (`event-translation-duplicate`). The body follows the same rules as the event's own (MDX and HTML safety, personal data), located in this file. This is Sveltia CMS's i18n `multiple_files` structure with the default locale (kk) left out of the file name.",
  '',
  "An event's `title` and `summary` are expected in kk and ru: `event-translation-missing` is a warning for an event already on `main` and an error in `npm run check:pr` for an event the pull request adds.",
  '',
];

export function contentReference(): string {
  const out = [
    '# Content reference',
    '',
    '<!-- Generated by `npm run docs` from src/content/schema.ts and src/rules/. Do not edit by hand. -->',
    '',
    'Every file under `content/`, its fields, and every rule the validator checks. Unknown fields are errors.',
    'See CONTENT-MODEL.md (in the project brief) for examples; this page is generated from the code that enforces it.',
    '',
  ];
  for (const file of FILES) {
    const json = jsonSchemaOf(file.schema);
    const editors = file.editors === 'maintainers' ? 'Changed by the maintainers only (read-only in the editor at `/admin/`).' : 'Changed by coordinators: in the editor at `/admin/` or in a pull request.';
    const example = file.example ? ['```yaml', file.example, '```', ''] : [];
    out.push(`## ${file.title} — \`${file.path}\``, '', editors, '', ...example, '| field | value | required | name (kk / ru) |', '| --- | --- | --- | --- |', ...rows(json), '');
  }
  out.push(...EVENT_TRANSLATION);
  out.push('## Rules', '', 'Each rule has a stable id (shown in every message). Severity `error` blocks a pull request; `warning` does not. The `pr-*` rules are checked by `check:pr` only: they judge what a pull request changes (docs/pull-request-checks.md).', '');
  out.push('| rule | severity | message (kk) | message (ru) |', '| --- | --- | --- | --- |');
  for (const rule of [...RULES.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    out.push(`| \`${rule.id}\` | ${rule.severity} | ${template(rule.messages.kk)} | ${template(rule.messages.ru)} |`);
  }
  return `${out.join('\n')}\n`;
}
