/**
 * Personal data family: children's contacts and identifiers never enter the repository
 * (CONTENT-MODEL.md, "Personal data"). Every file is scanned — its raw text (comments too), its
 * parsed values and an event body as it renders — for IINs, phones and e-mails (a regional
 * representation's parsed `curator.phone` and `curator.email` are the only allowed contacts),
 * birth dates and home addresses; every member's `name` must have the form its `consent.name`
 * allows, and a hidden member's name must not appear in a published text.
 *
 * Messages never echo the value: the CI log of a pull request is public.
 */
import type { SourceFile } from '../content/load.ts';
import type { AwardsEntry, EventEntry } from '../content/model.ts';
import { YamlLocator, type DataPath } from '../content/yaml.ts';
import { nameMatchesConsent } from '../privacy/member-name.ts';
import { NameMatcher } from '../privacy/names.ts';
import { renderedText, type RenderedText } from '../privacy/rendered-text.ts';
import { findPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind, type PersonalDataMatch } from '../privacy/scan.ts';
import { collectStrings, visitStrings } from './personal-data/values.ts';
import { checkOfSections, fieldPath, formatPath, type CheckContext, type FileCheckContext, type FileSection, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

const RULE_OF: Record<PersonalDataKind, string> = {
  iin: 'personal-iin',
  phone: 'personal-phone',
  email: 'personal-email',
  'email-obfuscated': 'personal-email-obfuscated',
  birthdate: 'personal-birthdate',
  address: 'personal-address',
};

const where = (x: Params, lang: 'kk' | 'ru' | 'en') =>
  x['path'] ? `${x['path']}: ` : { kk: 'Осы жерде ', ru: 'Здесь ', en: 'Here ' }[lang];

const CONTACTS_ONLY = {
  kk: 'Оны өшіріңіз: репозиторий жария, ал байланыс деректері тек өңірлік өкілдіктің curator: блогында (ересек куратордың ресми байланыстары) болады.',
  ru: 'Удалите его: репозиторий публичный, а контакты указываются только в блоке curator: регионального представительства (официальные контакты взрослого куратора).',
  en: 'Remove it: the repository is public, and contacts belong only in a regional representation’s curator: block (the adult curator’s official contacts).',
};

export const rules: Rule[] = [
  {
    id: 'personal-iin',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) => `${where(x, 'kk')}ЖСН (жеке сәйкестендіру нөмірі) жазылған. Оны өшіріңіз: репозиторий жария, онда ешкімнің ЖСН-і сақталмайды.`,
      ru: (x) => `${where(x, 'ru')}записан ИИН (индивидуальный идентификационный номер). Удалите его: репозиторий публичный, ИИН в нём не хранится ни у кого.`,
      en: (x) => `${where(x, 'en')}an IIN (individual identification number) is written. Remove it: the repository is public and holds no one’s IIN.`,
    },
  },
  {
    id: 'personal-phone',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) => `${where(x, 'kk')}телефон нөмірі жазылған. ${CONTACTS_ONLY.kk}`,
      ru: (x) => `${where(x, 'ru')}записан номер телефона. ${CONTACTS_ONLY.ru}`,
      en: (x) => `${where(x, 'en')}a phone number is written. ${CONTACTS_ONLY.en}`,
    },
  },
  {
    id: 'personal-email',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) => `${where(x, 'kk')}электрондық пошта мекенжайы жазылған. ${CONTACTS_ONLY.kk}`,
      ru: (x) => `${where(x, 'ru')}записан адрес электронной почты. ${CONTACTS_ONLY.ru}`,
      en: (x) => `${where(x, 'en')}an e-mail address is written. ${CONTACTS_ONLY.en}`,
    },
  },
  {
    id: 'personal-birthdate',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) => `${where(x, 'kk')}туған күн жазылған. Оны өшіріңіз: репозиторий жария, онда ешкімнің туған күні сақталмайды (сынып жеткілікті).`,
      ru: (x) => `${where(x, 'ru')}записана дата рождения. Удалите её: репозиторий публичный, даты рождения в нём не хранятся (достаточно класса).`,
      en: (x) => `${where(x, 'en')}a birth date is written. Remove it: the repository is public and holds no birth dates (the grade is enough).`,
    },
  },
  {
    // A warning, not an error: a street and a house number are just as likely an event venue
    // («Абай көшесі, 12» — the school) as someone's home, and the scanner cannot tell them apart.
    id: 'personal-address',
    sensitive: true,
    severity: 'warning',
    messages: {
      kk: (x) => `${where(x, 'kk')}мекенжай жазылған сияқты. Егер бұл біреудің үй мекенжайы болса, өшіріңіз; іс-шара өтетін орын болса, оны place: өрісіне жазыңыз.`,
      ru: (x) => `${where(x, 'ru')}похоже, записан адрес. Если это чей-то домашний адрес, удалите его; если это место проведения мероприятия, укажите его в поле place:.`,
      en: (x) => `${where(x, 'en')}an address seems to be written. If it is someone’s home address, remove it; if it is an event venue, put it in the place: field.`,
    },
  },
  {
    // A warning: «name at mail dot kz» is surely an address, but «meet at school dot com» is prose.
    id: 'personal-email-obfuscated',
    sensitive: true,
    severity: 'warning',
    messages: {
      kk: (x) => `${where(x, 'kk')}әдейі бұрмаланып жазылған электрондық пошта мекенжайы сияқты (at, dot, собака). Егер бұл мекенжай болса, өшіріңіз: ${CONTACTS_ONLY.kk}`,
      ru: (x) => `${where(x, 'ru')}похоже, записан замаскированный адрес электронной почты (at, dot, собака). Если это адрес, удалите его: ${CONTACTS_ONLY.ru}`,
      en: (x) => `${where(x, 'en')}an e-mail address seems to be written in disguise (at, dot, собака). If it is one, remove it: ${CONTACTS_ONLY.en}`,
    },
  },
  {
    id: 'personal-hidden-name',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) => `${where(x, 'kk')}есімі жасырылған қатысушы (consent.name: hidden, ${x['member']}) аталған. Оның есімін өшіріңіз: сайт бұл мәтінді жариялайды, ал келісім есімді көрсетуге рұқсат бермейді.`,
      ru: (x) => `${where(x, 'ru')}назван участник со скрытым именем (consent.name: hidden, ${x['member']}). Удалите имя: сайт публикует этот текст, а согласие не разрешает показывать имя.`,
      en: (x) => `${where(x, 'en')}a member whose name is hidden (consent.name: hidden, ${x['member']}) is named. Remove the name: the site publishes this text, and the consent does not allow showing it.`,
    },
  },
  {
    id: 'member-name-consent',
    sensitive: true,
    severity: 'error',
    messages: {
      kk: (x) =>
        x['form'] === 'full'
          ? `${x['path']}: consent.name: full болғандықтан, атын және тегін толық жазыңыз (мысалы, Айгерім Сейітова). Келісім басқа болса, consent.name мәнін түзетіңіз.`
          : `${x['path']}: consent.name: ${x['form']} болғандықтан, тек атын және тегінің бас әрпін нүктемен жазыңыз (мысалы, Айгерім С.).${x['form'] === 'hidden' ? ' Бұл есім сайтта көрсетілмейді.' : ''}`,
      ru: (x) =>
        x['form'] === 'full'
          ? `${x['path']}: при consent.name: full укажите имя и фамилию полностью (например, Айгерим Сейтова). Если согласие другое, исправьте consent.name.`
          : `${x['path']}: при consent.name: ${x['form']} укажите только имя и первую букву фамилии с точкой (например, Айгерим С.).${x['form'] === 'hidden' ? ' На сайте это имя не показывается.' : ''}`,
      en: (x) =>
        x['form'] === 'full'
          ? `${x['path']}: with consent.name: full, write the given name and the full surname (e.g. Aigerim Seitova). If the consent is different, correct consent.name.`
          : `${x['path']}: with consent.name: ${x['form']}, write only the given name and the surname’s initial with a dot (e.g. Aigerim S.).${x['form'] === 'hidden' ? ' The site does not show this name.' : ''}`,
    },
  },
];

/** Found by a raw scan of the whole file text (comments included), at their exact source positions. */
const RAW_KINDS = ['iin', 'phone', 'email'] as const;
type RawKind = (typeof RAW_KINDS)[number];
const isRawKind = (kind: PersonalDataKind): kind is RawKind => (RAW_KINDS as readonly string[]).includes(kind);
/** The curator's contacts, the one place a phone and an e-mail are allowed (region files only). */
const CURATOR_CONTACT: Partial<Record<PersonalDataKind, DataPath>> = { phone: ['curator', 'phone'], email: ['curator', 'email'] };


/**
 * Personal data in one file (runs where the file is parsed), three ways, each reported once:
 * the parsed values and keys (what the site publishes: YAML escapes such as `"\x30"` or an
 * escaped line break hide nothing there), an event body as it renders (references decoded,
 * markup and MDX comments gone), and raw, at exact positions, what neither shows: comments
 * (the repository itself is public).
 */
function checkFile(file: SourceFile, { now }: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  const raw = scanRaw(file);
  const yaml = new YamlRanges(file);
  const curator = curatorContacts(file);
  scanValues(file, now, raw, yaml, curator, findings);
  for (const contact of curator) if (raw.some((m) => m.kind === contact.kind)) contact.range = yaml.of(contact.path);
  for (const match of raw) {
    if (curator.some((c) => c.kind === match.kind && c.range && match.index >= c.range[0] && match.index < c.range[1])) continue;
    findings.push({ rule: RULE_OF[match.kind], file, offset: match.index });
  }
  if (file.body) scanBody(file, file.body, now, raw, findings);
  return onePerPlace(findings);
}

/**
 * What the value and body scans cannot see, at exact positions: the YAML comments (a parsed file's
 * values are scanned as values; a file that did not parse is scanned whole) and an MDX or HTML
 * comment in a body (a body without markup is its own rendered text: scanned once, as rendered).
 * A `#` inside a quoted value also starts a "comment" here; the value scan then skips what this found.
 */
function scanRaw(file: SourceFile): PersonalDataMatch[] {
  const raw: PersonalDataMatch[] = [];
  const scan = (text: string, offset: number) => {
    for (const match of findPersonalData(text, { kinds: RAW_KINDS })) raw.push({ ...match, index: match.index + offset });
  };
  if (file.data === undefined) scan(file.yaml.text, file.yaml.offset);
  else for (const comment of file.yaml.text.matchAll(YAML_COMMENT)) scan(comment[0], file.yaml.offset + comment.index);
  if (file.body && renderedBody(file).origin) scan(file.body.text, file.body.offset);
  return raw;
}
/** A `#` at a line start or after a space, to the end of its line. */
const YAML_COMMENT = /(?<=^|[ \t])#[^\n]*/gm;

/** Source ranges of values, from eemeli's `yaml` (slower than js-yaml): built only for a file that needs one. */
class YamlRanges {
  private locator: YamlLocator | undefined;
  private readonly file: SourceFile;
  constructor(file: SourceFile) {
    this.file = file;
  }

  /** `[start, end)` in the whole file text of the value (or the key) at `path`. */
  of(path: DataPath, at: 'key' | 'value' = 'value'): [number, number] | undefined {
    this.locator ??= new YamlLocator(this.file.yaml.text);
    const range = this.locator.range(path, at);
    return range && [range[0] + this.file.yaml.offset, range[1] + this.file.yaml.offset];
  }
}

interface CuratorContact {
  kind: PersonalDataKind;
  path: DataPath;
  /** Where the value stands in the file; computed only when the raw scan found that kind. */
  range?: [number, number] | undefined;
}

/**
 * A regional representation's parsed `curator.phone` and `curator.email`, each allowed when it
 * is exactly one phone or one e-mail (the curator's official contact) and nothing else.
 */
function curatorContacts(file: SourceFile): CuratorContact[] {
  if (file.place?.kind !== 'region' || !isRecord(file.data) || !isRecord(file.data['curator'])) return [];
  const contacts: CuratorContact[] = [];
  for (const kind of ['phone', 'email'] as const) {
    const value = file.data['curator'][kind];
    if (typeof value !== 'string') continue;
    const matches = findPersonalData(value, { kinds: RAW_KINDS });
    const one = matches.length === 1 && matches[0]!.kind === kind && value.slice(matches[0]!.index, matches[0]!.index + matches[0]!.length).trim() === value.trim();
    if (one) contacts.push({ kind, path: CURATOR_CONTACT[kind]! });
  }
  return contacts;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/**
 * Every string value of the parsed file, scanned in one pass: the values are joined (a blank
 * line between them, which no kind crosses) and a match is traced back to its value. A kind is
 * reported once per value, at its path; not when the raw scan already found the same kind inside
 * that value's source (it has the exact position), nor for the curator's allowed contacts.
 */
function scanValues(file: SourceFile, now: Date, raw: PersonalDataMatch[], yaml: YamlRanges, curator: readonly CuratorContact[], findings: Finding[]): void {
  if (file.data === undefined) return;
  const values = collectStrings(file.data, { keys: true });
  const joined = values.join(VALUE_BREAK);
  // Addresses count only in texts about members (see aboutMembers): not looked for in other files.
  const kinds = file.place?.kind === 'region' || file.place?.kind === 'unit' || file.place?.kind === 'awards' ? PERSONAL_DATA_KINDS : NOT_ADDRESS;
  const matches = findPersonalData(joined, { now, kinds });
  if (matches.length === 0) return;
  const starts: number[] = [];
  for (let i = 0, at = 0; i < values.length; at += values[i]!.length + VALUE_BREAK.length, i++) starts.push(at);
  // The first match of each kind in each value: a kind is reported once per value.
  const byValue = new Map<number, Map<PersonalDataKind, string>>();
  for (const match of matches) {
    const value = lastAtOrBefore(starts, match.index);
    const kinds = byValue.get(value) ?? new Map<PersonalDataKind, string>();
    if (!kinds.has(match.kind)) kinds.set(match.kind, joined.slice(match.index, match.index + match.length));
    byValue.set(value, kinds);
  }
  let index = 0;
  visitStrings(
    file.data,
    (_text, path, at) => {
      const kinds = byValue.get(index++);
      if (!kinds) return;
      for (const [kind, matched] of kinds) {
        if (kind === 'address' && !aboutMembers(file, path)) continue;
        if (at === 'value' && curator.some((c) => c.kind === kind && samePath(c.path, path))) continue;
        if (isRawKind(kind) && foundRaw(raw, kind, () => yaml.of(path, at))) continue;
        // A key's own text is the personal data: the message names the mapping it stands in.
        const named = at === 'key' ? fieldPath(path.slice(0, -1)) : formatPath(path);
        findings.push({ rule: RULE_OF[kind], file, ...valuePlace(file, path, at, matched, yaml), params: { path: named } });
      }
    },
    { keys: true },
  );
}

/**
 * Where to point for a finding in the value at `path`: at the matched text itself when the source
 * spells it as the value does (a plain or quoted scalar without escapes), else at the value.
 * The matched text is never put into the finding (messages do not echo it).
 */
function valuePlace(file: SourceFile, path: DataPath, at: 'key' | 'value', matched: string, yaml: YamlRanges): { offset: number } | { path: DataPath; at: 'key' | 'value' } {
  const range = yaml.of(path, at);
  const found = range ? file.text.slice(range[0], range[1]).indexOf(matched) : -1;
  if (range && found !== -1) return { offset: range[0] + found };
  // eemeli's parser may read a scalar js-yaml accepts differently (a quoted line at column 0): a text that occurs once is found anyway.
  const once = file.text.indexOf(matched);
  return once !== -1 && once === file.text.lastIndexOf(matched) ? { offset: once } : { path: [...path], at };
}

const NOT_ADDRESS = PERSONAL_DATA_KINDS.filter((kind) => kind !== 'address');

/** Between joined values: a blank line, which no kind's match crosses. */
const VALUE_BREAK = '\n\n';

/** Whether a raw match of `kind` lies in the source range `range()` (computed only if a raw match of that kind exists). */
function foundRaw(raw: PersonalDataMatch[], kind: PersonalDataKind, range: () => [number, number] | undefined): boolean {
  if (!raw.some((m) => m.kind === kind)) return false;
  const span = range();
  return span !== undefined && raw.some((m) => m.kind === kind && m.index < span[1] && m.index + m.length > span[0]);
}

/** An event body as the site renders it: every kind, traced back to the body's source. */
function scanBody(file: SourceFile, body: NonNullable<SourceFile['body']>, now: Date, raw: PersonalDataMatch[], findings: Finding[]): void {
  const rendered = renderedBody(file);
  for (const match of findPersonalData(rendered.text, { now })) {
    const start = body.offset + (rendered.origin ? rendered.origin[match.index]! : match.index);
    const end = body.offset + (rendered.origin ? rendered.origin[match.index + match.length - 1]! + 1 : match.index + match.length);
    if (isRawKind(match.kind) && raw.some((m) => m.kind === match.kind && m.index < Math.max(end, start + 1) && m.index + m.length > start)) continue;
    findings.push({ rule: RULE_OF[match.kind], file, offset: start });
  }
}

const renderedBodies = new WeakMap<SourceFile, RenderedText>();
/** The rendered text of an event body, computed once per file (the hidden-name check reads it again). */
function renderedBody(file: SourceFile): RenderedText {
  let rendered = renderedBodies.get(file);
  if (!rendered) renderedBodies.set(file, (rendered = renderedText(file.body?.text ?? '', file.relative.endsWith('.mdx'))));
  return rendered;
}

/** The same rule at the same place once: overlapping scans may meet. */
function onePerPlace(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.offset ?? ''}\u0000${f.path?.join('\u0001') ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const samePath = (a: DataPath, b: DataPath) => a.length === b.length && a.every((segment, i) => segment === b[i]);

/** The index of the last entry of the ascending `starts` that is ≤ `offset`. */
function lastAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Member entries of representations (and rural names), and award reasons. */
function aboutMembers(file: SourceFile, path: DataPath): boolean {
  switch (file.place?.kind) {
    case 'region':
      return path[0] === 'members';
    case 'unit':
      return path[0] === 'members' || (path[0] === 'rural' && (path[2] === 'members' || path[2] === 'name'));
    case 'awards':
      return path[1] !== 'signed_by';
    default:
      return false;
  }
}

/** Every member, at all three levels, named in the form their consent allows. */
function checkMemberNames({ content }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const check = (file: SourceFile, members: { name: string; consent: { name: 'full' | 'initial' | 'hidden' } }[], prefix: DataPath) => {
    members.forEach((member, i) => {
      if (nameMatchesConsent(member.name, member.consent.name)) return;
      const path = [...prefix, 'members', i, 'name'];
      findings.push({ rule: 'member-name-consent', file, path, params: { path: formatPath(path), form: member.consent.name } });
    });
  };
  for (const { file, data } of content.regions.values()) check(file, data.members, []);
  for (const { file, data } of content.units) {
    check(file, data.members, []);
    data.rural?.forEach((rural, r) => check(file, rural.members, ['rural', r]));
  }
  return findings;
}

/** Where a member is declared, for messages: `content/representations/ulytau/zhezkazgan.yaml members[3]` (never the name). */
type Declared = string;

/**
 * Each hidden member's name (as the matcher's words: the validate cache keeps this list while the
 * rosters are unchanged, so a run that checks one event does not normalise 3,000 names again) and
 * where it is declared, in roster order: what no published text may name.
 */
function hiddenMembers({ content }: CheckContext): [string[], Declared][] {
  const hidden: [string[], Declared][] = [];
  const collect = (file: SourceFile, members: readonly { name: string; consent: { name: string } }[], prefix: DataPath) => {
    members.forEach((member, i) => {
      if (member.consent.name === 'hidden') hidden.push([NameMatcher.wordsOf(member.name), `${file.path} ${formatPath([...prefix, 'members', i])}`]);
    });
  };
  for (const { file, data } of content.regions.values()) collect(file, data.members, []);
  for (const { file, data } of content.units) {
    collect(file, data.members, []);
    data.rural?.forEach((rural, r) => collect(file, rural.members, ['rural', r]));
  }
  return hidden;
}

/** The hidden names in one matcher, built once per list (every file of a run shares it). */
const matchers = new WeakMap<readonly [string[], Declared][], NameMatcher<Declared>>();
function matcherOf(hidden: readonly [string[], Declared][]): NameMatcher<Declared> {
  let matcher = matchers.get(hidden);
  if (!matcher) {
    matchers.set(hidden, (matcher = new NameMatcher<Declared>()));
    for (const [words, declared] of hidden) matcher.addWords(words, declared);
  }
  return matcher;
}

/**
 * A member whose `consent.name` is `hidden` must not be named where the site publishes text: an
 * event's title, summary or body (a translation's body too), or an award's reason (the `/verify/`
 * page shows it). The roster's names go into one matcher, built once; each text is tokenised once.
 * File by file: an event's edit re-checks that event alone, a roster's edit no text unless the
 * hidden names changed.
 */
const hiddenNames: FileSection<[string[], Declared][]> = {
  parts: ['events', 'translations', 'awards'],
  shared: hiddenMembers,
  check(file, data, hidden) {
    if (hidden.length === 0) return [];
    const matcher = matcherOf(hidden);
    const findings: Finding[] = [];
    const inValues = (value: unknown, prefix: DataPath) =>
      visitStrings(value, (text, path) => {
        const [match] = matcher.find(text);
        if (!match) return;
        const full = [...prefix, ...path];
        const place = valuePlace(file, full, 'value', text.slice(match.index, match.index + match.length), new YamlRanges(file));
        findings.push({ rule: 'personal-hidden-name', file, ...place, params: { path: formatPath(full), member: match.value } });
      });
    if (file.place?.kind === 'awards') {
      (data as AwardsEntry['data']).forEach((award, i) => inValues(award.reason, [i, 'reason']));
      return findings;
    }
    if (file.place?.kind === 'event') {
      const event = data as EventEntry['data'];
      inValues(event.title, ['title']);
      inValues(event.summary, ['summary']);
    }
    // Every body the site renders: the event's own and its translations (`<slug>.ru.mdx`).
    if (file.body) {
      const rendered = renderedBody(file);
      for (const match of matcher.find(rendered.text)) {
        const offset = file.body.offset + (rendered.origin ? rendered.origin[match.index]! : match.index);
        findings.push({ rule: 'personal-hidden-name', file, offset, params: { member: match.value } });
      }
    }
    return findings;
  },
};

/** Member names read only the rosters; hidden names read the published texts too (see `RuleFamily.sections`). */
const sections = { 'member-names': checkMemberNames, 'hidden-names': hiddenNames };

export const family: RuleFamily = { name: 'personal-data', rules, checkFile, sections, check: checkOfSections(sections) };
