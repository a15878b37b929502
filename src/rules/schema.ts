/**
 * Schema family: every file is read (YAML syntax), placed (is it where CONTENT-MODEL.md says such
 * files live?) and parsed by its zod schema. zod issues become findings with the field's path,
 * in the spirit of Starlight's error map: the field first, then what is expected. Values are
 * never echoed: a CI log is public and the value may be a child's personal data.
 */
import type { z } from 'zod';
import { eventId } from '../content/layout.ts';
import type { SourceFile, ContentTree } from '../content/load.ts';
import { emptyContent, type Content } from '../content/model.ts';
import { KINDS, kindPaths } from '../content/kinds.ts';
import { isCalendarDate } from '../content/schema.ts';
import { YAML_ALIAS, type DataPath } from '../content/yaml.ts';
import { fieldPath, type Finding, type Params, type Rule } from './types.ts';

const TYPE_NAMES: Record<string, { kk: string; ru: string; en: string }> = {
  string: { kk: 'мәтін', ru: 'текст', en: 'text' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  int: { kk: 'бүтін сан', ru: 'целое число', en: 'a whole number' },
  boolean: { kk: 'true немесе false', ru: 'true или false', en: 'true or false' },
  array: { kk: 'тізім (- ...)', ru: 'список (- ...)', en: 'a list (- ...)' },
  object: { kk: 'өрістер жиыны (кілт: мән)', ru: 'набор полей (ключ: значение)', en: 'a set of fields (key: value)' },
  tuple: { kk: 'екі мәнді тізім [а, б]', ru: 'список из двух значений [а, б]', en: 'a two-value list [a, b]' },
  record: { kk: 'өрістер жиыны (кілт: мән)', ru: 'набор полей (ключ: значение)', en: 'a set of fields (key: value)' },
  date: { kk: 'ЖЖЖЖ-АА-КК күні', ru: 'дата ГГГГ-ММ-ДД', en: 'a date YYYY-MM-DD' },
  value: { kk: 'мән', ru: 'значение', en: 'a value' },
};
const FORMAT_NAMES: Record<string, { kk: string; ru: string; en: string }> = {
  slug: { kk: 'кіші латын әріптері, сандар және дефис (мысалы, reading-marathon)', ru: 'строчные латинские буквы, цифры и дефис (например, reading-marathon)', en: 'lowercase latin letters, digits and hyphens (e.g. reading-marathon)' },
  date: { kk: 'ЖЖЖЖ-АА-КК түріндегі нақты күн (мысалы, 2027-05-25)', ru: 'реальная дата в виде ГГГГ-ММ-ДД (например, 2027-05-25)', en: 'a real date YYYY-MM-DD (e.g. 2027-05-25)' },
  datetime: { kk: 'уақыт белдеуі көрсетілген күн мен уақыт (мысалы, 2027-06-12T15:00:00+05:00)', ru: 'дата и время с часовым поясом (например, 2027-06-12T15:00:00+05:00)', en: 'a date-time with its offset (e.g. 2027-06-12T15:00:00+05:00)' },
  https: { kk: 'https:// деп басталатын толық сілтеме', ru: 'полная ссылка, начинающаяся с https://', en: 'a full link starting with https://' },
  email: { kk: 'электрондық пошта мекенжайы', ru: 'адрес электронной почты', en: 'an e-mail address' },
  kato: { kk: '9 цифрлы ӘАОЖ (КАТО) коды тырнақшада', ru: '9-значный код КАТО в кавычках', en: 'a 9-digit KATO code in quotes' },
  organizer: { kk: 'national, <өңір> немесе <өңір>/<аудан>', ru: 'national, <регион> или <регион>/<район>', en: 'national, <region> or <region>/<unit>' },
  award: { kk: 'ЖЖЖЖ-NNNNNN түріндегі нөмір (мысалы, 2026-000123)', ru: 'номер вида ГГГГ-NNNNNN (например, 2026-000123)', en: 'a number YYYY-NNNNNN (e.g. 2026-000123)' },
  event: { kk: '<жыл>/<slug> (мысалы, 2026/reading-marathon)', ru: '<год>/<slug> (например, 2026/reading-marathon)', en: '<year>/<slug> (e.g. 2026/reading-marathon)' },
  maintainer: { kk: '@пайдаланушы немесе @ұйым/топ', ru: '@пользователь или @организация/команда', en: '@user or @org/team' },
  pattern: { kk: 'талап етілген пішім', ru: 'требуемый формат', en: 'the required format' },
};
const p = (params: Params) => String(params['path']);
const name = (table: typeof TYPE_NAMES, key: unknown, lang: 'kk' | 'ru' | 'en') => table[String(key)]?.[lang] ?? String(key);

export const rules: Rule[] = [
  {
    id: 'yaml-syntax',
    severity: 'error',
    messages: {
      kk: (x) => `Файлды оқу мүмкін емес: YAML жазылымында қате бар (${x['detail']}). Осы жолдағы шегіністі, қос нүктені және тырнақшаларды тексеріңіз.`,
      ru: (x) => `Файл не читается: ошибка в записи YAML (${x['detail']}). Проверьте отступы, двоеточия и кавычки в этой строке.`,
      en: (x) => `The file cannot be read: a YAML syntax error (${x['detail']}). Check the indentation, colons and quotes on this line.`,
    },
  },
  {
    id: YAML_ALIAS,
    severity: 'error',
    messages: {
      kk: () => 'YAML якорьдері мен сілтемелеріне (&атау, *атау, <<: *атау) болмайды: әр мәнді толық өз орнына жазыңыз.',
      ru: () => 'Якоря и ссылки YAML (&имя, *имя, <<: *имя) запрещены: запишите каждое значение полностью на своём месте.',
      en: () => 'YAML anchors and aliases (&name, *name, <<: *name) are not allowed: write each value out in full where it belongs.',
    },
  },
  {
    id: 'frontmatter-missing',
    severity: 'error',
    messages: {
      kk: () => 'Іс-шара файлы --- жолдарының арасындағы өрістерден (frontmatter) басталуы керек.',
      ru: () => 'Файл мероприятия должен начинаться с полей между строками --- (frontmatter).',
      en: () => 'An event file must start with its fields between two --- lines (frontmatter).',
    },
  },
  {
    id: 'frontmatter-delimiter',
    severity: 'error',
    messages: {
      kk: () => 'Өрістер (frontmatter) файлдың бірінші жолындағы --- жолымен ашылып, тағы бір --- жолымен жабылуы керек. Басқа белгілер (+++) мен бос жолдар жарамайды: екі жолды да дәл --- деп жазыңыз.',
      ru: () => 'Поля (frontmatter) должны открываться строкой --- в первой строке файла и закрываться ещё одной строкой ---. Другие знаки (+++) и пустые строки перед ними не подходят: напишите обе строки ровно как ---.',
      en: () => 'The fields (frontmatter) must open with a --- line as the file’s first line and close with another --- line. Other marks (+++) and blank lines before them do not work: write both lines exactly as ---.',
    },
  },
  {
    // The build never follows a link, and neither does the validator: whatever a link points at
    // (a file outside the tree, a folder of unchecked files) would be content nobody checked.
    id: 'file-symlink',
    severity: 'error',
    messages: {
      kk: () => 'Бұл символдық сілтеме (symlink) немесе арнайы файл: сайт мұндай файлдарды оқымайды, ал тексеру оның ішін көрмейді. Оны өшіріп, орнына кәдімгі файл қойыңыз.',
      ru: () => 'Это символическая ссылка (symlink) или специальный файл: сайт такие файлы не читает, а проверка не видит их содержимого. Удалите её и положите на это место обычный файл.',
      en: () => 'This is a symbolic link (symlink) or a special file: the site never reads such files and the check cannot see what they hold. Remove it and put a regular file in its place.',
    },
  },
  {
    id: 'file-unexpected',
    severity: 'error',
    messages: {
      kk: () => `Бұл файл content/ ішінде күтілмеген жерде тұр, сайт оны оқымайды. Файлдар мына жерлерде болады: ${kindPaths('kk')}. Атауында кіші латын әріптерін қолданыңыз.`,
      ru: () => `Этот файл лежит в content/ там, где его не ждут, и сайт его не прочтёт. Файлы должны лежать так: ${kindPaths('ru')}. Используйте строчные латинские буквы в названии.`,
      en: () => `This file is not where content files live, so the site would ignore it. Files go to: ${kindPaths('en')}, with lowercase latin names.`,
    },
  },
  {
    id: 'schema-unknown-key',
    severity: 'error',
    messages: {
      kk: (x) => `«${x['key']}» деген өріс жоқ (${p(x)}). Атауын тексеріңіз (қате жазылған болуы мүмкін) немесе өрісті алып тастаңыз.${x['hint'] ? ` Мүмкін, «${x['hint']}» болар?` : ''}`,
      ru: (x) => `Поля «${x['key']}» не существует (${p(x)}). Проверьте название (возможно, опечатка) или удалите поле.${x['hint'] ? ` Возможно, имелось в виду «${x['hint']}»?` : ''}`,
      en: (x) => `There is no field «${x['key']}» (${p(x)}). Check the name for a typo or remove the field.${x['hint'] ? ` Did you mean «${x['hint']}»?` : ''}`,
    },
  },
  {
    id: 'schema-required',
    severity: 'error',
    messages: {
      kk: (x) => `Міндетті «${x['field']}» өрісі жоқ (${p(x)}). Оны қосыңыз: ${name(TYPE_NAMES, x['expected'], 'kk')}.`,
      ru: (x) => `Нет обязательного поля «${x['field']}» (${p(x)}). Добавьте его: ${name(TYPE_NAMES, x['expected'], 'ru')}.`,
      en: (x) => `The required field «${x['field']}» is missing (${p(x)}). Add it: ${name(TYPE_NAMES, x['expected'], 'en')}.`,
    },
  },
  {
    id: 'schema-type',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мұнда ${name(TYPE_NAMES, x['expected'], 'kk')} болуы керек, ал басқа түрдегі мән жазылған.`,
      ru: (x) => `${p(x)}: здесь должно быть ${name(TYPE_NAMES, x['expected'], 'ru')}, а записано значение другого типа.`,
      en: (x) => `${p(x)}: expected ${name(TYPE_NAMES, x['expected'], 'en')}, but the value is of another type.`,
    },
  },
  {
    id: 'schema-enum',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: рұқсат етілген мәндердің бірін жазыңыз: ${x['values']}.`,
      ru: (x) => `${p(x)}: укажите одно из допустимых значений: ${x['values']}.`,
      en: (x) => `${p(x)}: use one of the allowed values: ${x['values']}.`,
    },
  },
  {
    id: 'schema-format',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мән пішімі дұрыс емес, керегі — ${name(FORMAT_NAMES, x['format'], 'kk')}.`,
      ru: (x) => `${p(x)}: неверный формат, нужно — ${name(FORMAT_NAMES, x['format'], 'ru')}.`,
      en: (x) => `${p(x)}: wrong format, expected ${name(FORMAT_NAMES, x['format'], 'en')}.`,
    },
  },
  {
    id: 'schema-range',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мән ${x['bound']} шегінен ${x['direction'] === 'min' ? 'кем' : 'артық'} болмауы керек${x['unit'] === 'items' ? ' (тізімдегі элементтер саны)' : x['unit'] === 'chars' ? ' (таңба саны)' : ''}.`,
      ru: (x) => `${p(x)}: значение должно быть не ${x['direction'] === 'min' ? 'меньше' : 'больше'} ${x['bound']}${x['unit'] === 'items' ? ' (число элементов списка)' : x['unit'] === 'chars' ? ' (число символов)' : ''}.`,
      en: (x) => `${p(x)}: must be ${x['direction'] === 'min' ? 'at least' : 'at most'} ${x['bound']}${x['unit'] === 'items' ? ' items' : x['unit'] === 'chars' ? ' characters' : ''}.`,
    },
  },
  {
    id: 'schema-range-order',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: [бастап, дейін] ретімен жазыңыз — бірінші сан екіншісінен үлкен болмауы керек.`,
      ru: (x) => `${p(x)}: укажите [от, до] — первое число не должно быть больше второго.`,
      en: (x) => `${p(x)}: write [from, to] — the first number must not exceed the second.`,
    },
  },
  {
    id: 'locale-empty',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мәтін бос. Кемінде kk: және ru: жолдарын толтырыңыз.`,
      ru: (x) => `${p(x)}: текст пуст. Заполните хотя бы строки kk: и ru:.`,
      en: (x) => `${p(x)}: the text is empty. Fill in at least kk: and ru:.`,
    },
  },
  {
    id: 'locale-missing',
    severity: 'warning',
    messages: {
      kk: (x) => `${p(x)}: ${x['locale'] === 'kk' ? 'қазақша (kk:)' : 'орысша (ru:)'} мәтін жоқ. Сайт екі тілде жұмыс істейді — аудармасын қосыңыз.`,
      ru: (x) => `${p(x)}: нет текста на ${x['locale'] === 'kk' ? 'казахском (kk:)' : 'русском (ru:)'}. Сайт двуязычный — добавьте перевод.`,
      en: (x) => `${p(x)}: the ${x['locale'] === 'kk' ? 'Kazakh (kk:)' : 'Russian (ru:)'} text is missing. The site is bilingual — add the translation.`,
    },
  },
  {
    id: 'date-invalid',
    severity: 'error',
    messages: {
      kk: () => 'Күнтізбеде мұндай күн жоқ (мысалы, 30 ақпан немесе 13-ай). Күнді ЖЖЖЖ-АА-КК түрінде дұрыс жазыңыз.',
      ru: () => 'Такой даты нет в календаре (например, 30 февраля или 13-й месяц). Исправьте дату в виде ГГГГ-ММ-ДД.',
      en: () => 'This date does not exist in the calendar (e.g. 30 February or month 13). Write a real date as YYYY-MM-DD.',
    },
  },
  {
    id: 'datetime-offset',
    severity: 'error',
    messages: {
      kk: () => 'Уақыттың соңына уақыт белдеуін қосыңыз: Қазақстан уақыты үшін +05:00 (мысалы, 2027-06-12T15:00:00+05:00). Онсыз уақыт 5 сағатқа жылжиды.',
      ru: () => 'Добавьте в конце времени часовой пояс: для Казахстана +05:00 (например, 2027-06-12T15:00:00+05:00). Без него время сдвинется на 5 часов.',
      en: () => 'Add the offset after the time: +05:00 for Kazakhstan (e.g. 2027-06-12T15:00:00+05:00). Without it the time shifts by 5 hours.',
    },
  },
  {
    id: 'summary-too-long',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: қысқаша сипаттама ${x['max']} таңбадан аспауы керек (ол карточкаларда көрсетіледі). Қысқартыңыз.`,
      ru: (x) => `${p(x)}: краткое описание должно быть не длиннее ${x['max']} символов (оно печатается на карточках). Сократите его.`,
      en: (x) => `${p(x)}: the summary must be at most ${x['max']} characters (it is printed on cards). Shorten it.`,
    },
  },
];

/** Names a pattern by what it checks, so the message can say which form is wanted. */
function formatOf(issue: z.core.$ZodIssue, path: DataPath): string {
  const last = String(path.at(-1) ?? '');
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  const pattern = issue.code === 'invalid_format' && 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('T\\d{2}')) return 'datetime';
  if (pattern.includes('\\d{9}')) return 'kato';
  if (pattern.includes('national')) return 'organizer';
  if (pattern.includes('\\d{4}-\\d{6}')) return 'award';
  if (pattern.includes('\\d{4}\\/')) return 'event';
  if (pattern.startsWith('/^@')) return 'maintainer';
  if (pattern.includes('[a-z0-9]+')) return 'slug';
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}$')) return 'date';
  if (last === 'url' || last.endsWith('_url')) return 'https';
  return 'pattern';
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/** Translates one zod issue into findings (unknown keys: one per key). */
function issueFindings(file: SourceFile, issue: z.core.$ZodIssue): Finding[] {
  const path = issue.path as (string | number)[];
  const params: Params = { path: fieldPath(path) };
  const custom = issue.code === 'custom' ? (issue.params as Params | undefined) : undefined;
  const missing = ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code) && path.length > 0 && valueAt(file.data, path) === undefined;
  if (missing) {
    const expected = issue.code === 'invalid_type' ? issue.expected : 'value';
    return [{ rule: 'schema-required', file, path: path.slice(0, -1), at: 'key', params: { ...params, field: String(path.at(-1)), expected } }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ rule: 'schema-unknown-key', file, path: [...path, key], at: 'key' as const, params: { path: fieldPath([...path, key]), key } }));
    case 'invalid_type':
      return [{ rule: 'schema-type', file, path, params: { ...params, expected: issue.expected } }];
    case 'invalid_value':
      return [{ rule: 'schema-enum', file, path, params: { ...params, values: issue.values.map(String).join(', ') } }];
    case 'invalid_format':
      return [{ rule: 'schema-format', file, path, params: { ...params, format: formatOf(issue, path) } }];
    case 'invalid_union': {
      const code = (issue.errors.flat().find((i) => i.code === 'custom')?.params as Params | undefined)?.['code'];
      return [{ rule: 'schema-format', file, path, params: { ...params, format: code === 'expected-datetime' ? 'datetime' : 'date' } }];
    }
    case 'too_big':
    case 'too_small': {
      const unit = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'chars' : 'value';
      const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const inLocaleMap = ['kk', 'ru', 'en'].includes(String(path.at(-1)));
      if (unit === 'chars' && bound === 1 && inLocaleMap) return [{ rule: 'locale-empty', file, path: path.slice(0, -1), params: { path: fieldPath(path.slice(0, -1)) } }];
      return [{ rule: 'schema-range', file, path, params: { ...params, bound, unit, direction: issue.code === 'too_big' ? 'max' : 'min' } }];
    }
    case 'custom':
      switch (custom?.['code']) {
        case 'locale-empty':
          return [{ rule: 'locale-empty', file, path, params }];
        case 'summary-too-long':
          return [{ rule: 'summary-too-long', file, path, params: { ...params, max: Number(custom['max']) } }];
        case 'range-order':
          return [{ rule: 'schema-range-order', file, path, params }];
        case 'expected-datetime':
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'datetime' } }];
        case 'expected-https':
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'https' } }];
        default:
          return [{ rule: 'schema-format', file, path, params: { ...params, format: 'date' } }];
      }
    default:
      return [{ rule: 'schema-type', file, path, params: { ...params, expected: 'value' } }];
  }
}

/** Locale maps that lack kk or ru: a warning, since the site is published in both. */
function missingLocales(file: SourceFile, data: unknown, path: (string | number)[] = [], out: Finding[] = [], seen = new Set<object>()): Finding[] {
  // `seen`: each object once, so a value shared by aliases (refused by parseYaml) could never make this walk exponential.
  if (!data || typeof data !== 'object' || data instanceof Date || seen.has(data)) return out;
  seen.add(data);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      missingLocales(file, data[i], path, out, seen);
      path.pop();
    }
    return out;
  }
  const map = data as Record<string, unknown>;
  let keys = 0;
  let isLocaleMap = true;
  for (const key in map) {
    keys++;
    if (key !== 'kk' && key !== 'ru' && key !== 'en') isLocaleMap = false;
  }
  if (isLocaleMap && keys > 0) {
    for (const locale of ['kk', 'ru'] as const) {
      if (!map[locale]) out.push({ rule: 'locale-missing', file, path: [...path], at: 'key', params: { path: fieldPath(path), locale } });
    }
    return out;
  }
  for (const key in map) {
    path.push(key);
    missingLocales(file, map[key], path, out, seen);
    path.pop();
  }
  return out;
}

/** An unquoted date-like scalar: js-yaml turns it into a Date silently, so the source is checked. */
const DATE_TOKEN = /(?<![\w.:-])(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?(?![\w:+-]|\.\d)/g;

/**
 * Date problems js-yaml hides: 2026-02-30 becomes 2 March, and a date-time without an offset
 * becomes UTC (five hours off in Kazakhstan). Scans the YAML source, so both are caught.
 */
function sourceDateFindings(file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  for (const match of file.yaml.text.matchAll(DATE_TOKEN)) {
    const [, date, time, offset] = match;
    const at = file.yaml.offset + match.index;
    if (!isCalendarDate(date!)) {
      findings.push({ rule: 'date-invalid', file, offset: at });
    } else if (time && !offset) {
      findings.push({ rule: 'datetime-offset', file, offset: at });
    }
  }
  return findings;
}

/** The kind-specific schema errors of one file, each zod issue once per path. */
function schemaFindings(file: SourceFile, error: z.ZodError): Finding[] {
  const seen = new Set<string>();
  return error.issues
    .filter((issue) => {
      const key = issue.path.join('\u0000') + (issue.code === 'unrecognized_keys' ? `\u0001${issue.keys.join()}` : '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .flatMap((issue) => issueFindings(file, issue));
}

/** One file's schema result: its typed value when valid, and what is wrong with it. */
export interface ParsedFile {
  file: SourceFile;
  /** The schema's output; undefined when the file could not be read or failed its schema. */
  parsed: unknown;
  findings: Finding[];
}

/** The event fields whose two languages rule `event-translation-missing` checks. */
export const EVENT_TEXTS: ReadonlySet<string> = new Set(['title', 'summary']);

/** Reads one file through its schema; pure and per-file, so check:pr reparses only the files a pull request changed. */
export function parseFile(file: SourceFile): ParsedFile {
  if (file.refused) return { file, parsed: undefined, findings: [{ rule: 'file-symlink', file, position: { line: 1, column: 1 } }] };
  if (!file.place) return { file, parsed: undefined, findings: [{ rule: 'file-unexpected', file, position: { line: 1, column: 1 } }] };
  if (file.syntaxError) {
    const { message } = file.syntaxError;
    const rule = message === 'frontmatter-missing' || message === 'frontmatter-delimiter' || message === YAML_ALIAS ? message : 'yaml-syntax';
    return { file, parsed: undefined, findings: [{ rule, file, position: file.syntaxError.position, params: { detail: file.syntaxError.message.split('\n')[0] ?? '' } }] };
  }
  const findings = sourceDateFindings(file);
  const result = KINDS[file.place.kind].schema.safeParse(file.data);
  if (!result.success) return { file, parsed: undefined, findings: [...findings, ...schemaFindings(file, result.error)] };
  // A translation's fields are all errors of their own (`event-translation-fields`): no language warnings on them.
  const missing = file.place.kind === 'event-translation' ? [] : missingLocales(file, file.data, [], []);
  // An event's title and summary have their own rule (`event-translation-missing`, an error for a new event in check:pr).
  const own = file.place.kind === 'event' ? missing.filter((f) => !(f.path?.length === 1 && EVENT_TEXTS.has(String(f.path[0])))) : missing;
  return { file, parsed: result.data, findings: [...findings, ...own] };
}

/** The typed, indexed content from the files that passed their schema. */
export function assembleContent(tree: ContentTree, files: readonly ParsedFile[]): Content {
  const content = emptyContent(tree);
  for (const { file, parsed } of files) if (parsed !== undefined) addToContent(content, file, parsed);
  return content;
}

/**
 * Parses every file of the tree by its schema: the typed content the other families check, and
 * the schema findings. Each file is parsed once.
 */
export function parseContent(tree: ContentTree): { content: Content; findings: Finding[] } {
  const files = tree.files.map(parseFile);
  return { content: assembleContent(tree, files), findings: files.flatMap((f) => f.findings) };
}

function addToContent(content: Content, file: SourceFile, data: unknown): void {
  const place = file.place!;
  switch (place.kind) {
    case 'movement':
      content.movement = { file, data: data as never };
      break;
    case 'geography':
      content.geography.set(place.region!, { file, data: data as never });
      break;
    case 'region':
      content.regions.set(place.region!, { file, data: data as never });
      break;
    case 'unit':
      content.units.push({ file, data: data as never, region: place.region!, unit: place.unit! });
      break;
    case 'event':
      content.events.push({ file, data: data as never, year: place.year!, slug: place.slug!, id: eventId(place) });
      break;
    case 'event-translation':
      content.translations.push({ file, data: data as never, event: eventId(place), locale: place.locale! });
      break;
    case 'awards':
      content.awards.push({ file, data: data as never, year: place.year! });
      break;
  }
}
