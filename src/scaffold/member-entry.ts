/**
 * A new member in a representation file: the public form of the name that the consent allows,
 * a country-unique id, and the line inserted into the right list of the right file (regional,
 * city/district or rural) without reformatting anything else in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../content/model.ts';
import type { CONSENT_NAME_FORMS } from '../content/schema.ts';
import { kazakhstanDate } from '../season/calendar.ts';
import { AnswerError, type NewFile } from './new-file.ts';
import { slugify, uniqueId } from './slug.ts';
import { addToListField, appendKey, appendToSequence, flow, PlainDate } from './yaml-text.ts';

export type ConsentName = (typeof CONSENT_NAME_FORMS)[number];

export interface MemberAnswers {
  region: string;
  /** A city/district id: the member joins that unit's representation (or one of its rural ones). */
  unit?: string;
  /** A rural representation id in `unit`. */
  rural?: string;
  /** The name as the guardian gave it: `Given Surname`, or already `Given S.`. */
  name: string;
  grade: number;
  role: 'leader' | 'member';
  consentName: ConsentName;
  photo: boolean;
  heads?: string[];
  coordinates?: string[];
  /** For a new rural representation: the id of the city/district member who will coordinate it. */
  coordinator?: string;
  id?: string;
  now: Date;
}

/**
 * The public form of a name: `full` keeps given name and surname; `initial` and `hidden` keep
 * the given name and the surname's initial with a dot (CONTENT-MODEL.md, personal data).
 */
export function publicForm(name: string, consent: ConsentName): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) {
    throw new AnswerError({
      kk: '--name: аты мен тегін бос орын арқылы жазыңыз (мысалы Айгерім Сейтқали); жария пішіні келісім бойынша жасалады.',
      ru: '--name: укажите имя и фамилию через пробел (например Айгерім Сейтқали); публичная форма составляется по согласию.',
    });
  }
  if (consent === 'full') return words.join(' ');
  return `${words[0]} ${words[1]!.charAt(0).toLocaleUpperCase('kk')}.`;
}

/** The representation file with the new member in it (created for a unit without one yet). */
export function addMember(contentRoot: string, content: Content, a: MemberAnswers): NewFile & { id: string } {
  const name = publicForm(a.name, a.consentName);
  const taken = new Set(allMemberIds(content));
  const id = a.id ?? uniqueId(slugify(name), (x) => taken.has(x));
  if (taken.has(id)) {
    throw new AnswerError({ kk: `--id: «${id}» басқа қатысушыда бар. Басқа id беріңіз немесе --id-ді алып тастаңыз (аттан жасалады).`, ru: `--id: «${id}» уже занят другим участником. Задайте другой id или уберите --id (он составится из имени).` });
  }
  const entry = flow({
    id,
    name,
    grade: a.grade,
    role: a.role,
    ...(a.unit ? {} : a.heads?.length ? { heads: a.heads } : {}),
    ...(a.unit && !a.rural && a.coordinates?.length ? { coordinates: a.coordinates } : {}),
    consent: { name: a.consentName, photo: a.photo },
    since: new PlainDate(kazakhstanDate(a.now)),
  });
  const relative = `representations/${a.region}/${a.unit ?? 'region'}.yaml`;
  const path = join(contentRoot, relative);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (!a.unit) {
    if (!existing) return { id, relative, text: `region: ${a.region}\nmembers:\n  - ${entry}\n` };
    return { id, relative, text: appendToSequence(existing, ['members'], entry) };
  }
  const text = existing ?? `region: ${a.region}\nunit: ${a.unit}\nmembers: []\n`;
  if (!a.rural) return { id, relative, text: appendToSequence(text, ['members'], entry) };
  const unit = content.units.find((u) => u.region === a.region && u.unit === a.unit);
  const ruralIndex = unit?.data.rural?.findIndex((r) => r.id === a.rural) ?? -1;
  if (existing && ruralIndex >= 0) return { id, relative, text: appendToSequence(text, ['rural', ruralIndex, 'members'], entry) };
  // A new rural representation must be coordinated by a member of the unit (rule rural-not-coordinated).
  const coordinatorIndex = unit?.data.members.findIndex((m) => m.id === a.coordinator) ?? -1;
  if (coordinatorIndex < 0) {
    throw new AnswerError({
      kk: `--coordinator: жаңа «${a.rural}» ауылдық өкілдігін үйлестіретін ${a.region}/${a.unit} мүшесінің id-ін беріңіз (representations/${a.region}/${a.unit}.yaml).`,
      ru: `--coordinator: укажите id участника ${a.region}/${a.unit}, который будет координировать новое сельское представительство «${a.rural}» (representations/${a.region}/${a.unit}.yaml).`,
    });
  }
  const coordinated = addToListField(text, ['members', coordinatorIndex], 'coordinates', a.rural);
  const rural = `id: ${a.rural}\nmembers:\n  - ${entry}`;
  if (unit?.data.rural?.length) return { id, relative, text: appendToSequence(coordinated, ['rural'], rural) };
  return { id, relative, text: appendKey(coordinated, 'rural', rural) };
}

function allMemberIds(content: Content): string[] {
  return [
    ...[...content.regions.values()].flatMap((r) => r.data.members.map((m) => m.id)),
    ...content.units.flatMap((u) => [...u.data.members, ...(u.data.rural ?? []).flatMap((r) => r.members)].map((m) => m.id)),
  ];
}
