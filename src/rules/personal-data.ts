/**
 * Personal data family: children's contacts and identifiers never enter the repository
 * (CONTENT-MODEL.md, "Personal data"). Every file is scanned — YAML values, comments and event
 * bodies — for IINs, phones and e-mails (the curator's block of a regional representation may
 * hold their official phone and e-mail), birth dates and home addresses; and every member's
 * `name` must have the form its `consent.name` allows.
 *
 * Messages never echo the value: the CI log of a pull request is public.
 */
import type { SourceFile } from '../content/load.ts';
import type { DataPath } from '../content/yaml.ts';
import { nameMatchesConsent } from '../privacy/member-name.ts';
import { findPersonalData, type PersonalDataKind } from '../privacy/scan.ts';
import { curatorBlock } from './personal-data/curator-block.ts';
import { visitStrings } from './personal-data/values.ts';
import { formatPath, type CheckContext, type FileCheckContext, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

const RULE_OF: Record<PersonalDataKind, string> = {
  iin: 'personal-iin',
  phone: 'personal-phone',
  email: 'personal-email',
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

/** Found by a raw scan of the whole file text: exact positions, comments included. */
const RAW_KINDS = ['iin', 'phone', 'email'] as const;
/** Found in values and bodies, where a keyword and a date (or a number) must share one text. */
const TEXT_KINDS = ['birthdate', 'address'] as const;

export const family: RuleFamily = { name: 'personal-data', rules, checkFile, check: checkMemberNames };

/** Personal data in one file's text, values and body (runs where the file is parsed). */
function checkFile(file: SourceFile, { now }: FileCheckContext): Finding[] {
  const findings: Finding[] = [];
  scanRaw(file, findings);
  scanValues(file, now, findings);
  if (file.body) {
    for (const match of findPersonalData(file.body.text, { kinds: TEXT_KINDS, now })) {
      findings.push({ rule: RULE_OF[match.kind], file, offset: file.body.offset + match.index });
    }
  }
  return findings;
}

/** IINs, phones and e-mails anywhere in the file; the curator's phone and e-mail are allowed. */
function scanRaw(file: SourceFile, findings: Finding[]): void {
  const matches = findPersonalData(file.text, { kinds: RAW_KINDS });
  if (matches.length === 0) return;
  const curator = file.place?.kind === 'region' && matches.some((m) => m.kind !== 'iin') ? curatorBlock(file) : undefined;
  for (const match of matches) {
    if (curator && match.kind !== 'iin' && match.index >= curator[0] && match.index < curator[1]) continue;
    findings.push({ rule: RULE_OF[match.kind], file, offset: match.index });
  }
}

/**
 * Birth dates in any value, home addresses in the texts about members (names, award reasons).
 * The whole YAML text is scanned first; values are walked only when it found something.
 */
function scanValues(file: SourceFile, now: Date, findings: Finding[]): void {
  if (file.data === undefined || findPersonalData(file.yaml.text, { kinds: TEXT_KINDS, now }).length === 0) return;
  visitStrings(file.data, (text, path) => {
    const kinds = aboutMembers(file, path) ? TEXT_KINDS : (['birthdate'] as const);
    for (const kind of new Set(findPersonalData(text, { kinds, now }).map((m) => m.kind))) {
      findings.push({ rule: RULE_OF[kind], file, path: [...path], params: { path: formatPath(path) } });
    }
  });
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
