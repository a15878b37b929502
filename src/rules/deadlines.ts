/**
 * Rule family `deadlines`: the season's schedule against "now" (`--now`, default the real time).
 * Deadlines are days in Kazakhstan and pass at 23:59:59+05:00.
 *
 * - Before the composition deadline nothing here is an error; in its last 7 days a region that
 *   is not ready (no representation, no approval for this season, a city/district without its
 *   head) gets a warning with the days left.
 * - After it, a staffed regional representation without this season's approval is an error; an
 *   approval dated after the deadline is a warning (late, but done); a region with no
 *   representation at all is only a warning, reported on its geography file, so one region that
 *   has not started never blocks the other regions' pull requests.
 * - The ministry list (`ministry_list`) is compiled from the approved compositions, whose
 *   deadline comes first; a region ready for one is ready for the other, so only the
 *   composition deadline warns in advance.
 *
 * Which season an approval belongs to: movement.yaml's `season` decides. A composition is formed
 * during the school year before the season's summer, so an approval counts for season S when it is
 * dated after the previous season's summer (`summer.to` one year earlier, normally 31 August
 * S-1). An older approval is last season's, still in the file: it does not count as approved.
 */
import type { SourceFile } from '../content/load.ts';
import type { Content, Entry } from '../content/model.ts';
import type { GeoRegion, Movement, RegionRepresentation } from '../content/schema.ts';
import { unheadedUnits } from './hierarchy.ts';
import { addDays, daysLeft, endOfDay } from '../season/calendar.ts';
import { plural, RU_DAYS_LEFT } from '../i18n/plural.ts';
import { placeNameParams } from './place-names.ts';
import type { Finding, Params, Rule, RuleFamily } from './types.ts';

/** How many days before the composition deadline a region that is not ready is warned. */
export const WARN_DAYS = 7;

const READINESS = {
  representation: {
    kk: (x: Params) => `өңірлік өкілдік жоқ. representations/${x['region']}/region.yaml файлын мүшелерімен жасаңыз.`,
    ru: (x: Params) => `регионального представительства нет. Создайте файл representations/${x['region']}/region.yaml с участниками.`,
    en: (x: Params) => `it has no regional representation. Create representations/${x['region']}/region.yaml with its members.`,
  },
  approval: {
    kk: () => 'осы маусымға құрам бекітілмеген. Бекітілген соң approved: { date, order, by } өрісін толтырыңыз.',
    ru: () => 'состав на этот сезон не утверждён. Когда его утвердят, заполните approved: { date, order, by }.',
    en: () => 'its composition for this season is not approved. Once it is, fill in approved: { date, order, by }.',
  },
  heads: {
    kk: () => 'кейбір қала не аудан басшысыз. Мүшелердің heads тізімін толтырыңыз.',
    ru: () => 'не у всех городов и районов есть руководитель. Заполните heads участников.',
    en: () => 'some cities or districts have no head. Fill in the members\' heads.',
  },
} as const;
type Readiness = keyof typeof READINESS;
const reason = (x: Params, lang: 'kk' | 'ru' | 'en') => READINESS[x['reason'] as Readiness][lang](x);


export const rules: Rule[] = [
  {
    id: 'deadline-season-mismatch',
    severity: 'error',
    messages: {
      kk: (x) => `${x['path']}: мерзім маусым жылында болуы керек (season: ${x['season']}). Күнді немесе season мәнін жаңартыңыз.`,
      ru: (x) => `${x['path']}: срок должен приходиться на год сезона (season: ${x['season']}). Обновите дату или значение season.`,
      en: (x) => `${x['path']}: the deadline must fall in the season's year (season: ${x['season']}). Update the date or the season.`,
    },
  },
  {
    id: 'approval-missing',
    severity: 'error',
    messages: {
      kk: (x) => `Өңірлік өкілдік құрамын бекіту мерзімі (${x['deadline']}) өтті, бірақ approved өрісі жоқ. Білім басқармасының бұйрығын қосыңыз: approved: { date, order, by }.`,
      ru: (x) => `Состав регионального представительства нужно было утвердить до ${x['deadline']}, но поля approved нет. Добавьте приказ управления образования: approved: { date, order, by }.`,
      en: (x) => `The regional representation's composition was due for approval by ${x['deadline']}, but there is no approved field. Add the education department's order: approved: { date, order, by }.`,
    },
  },
  {
    id: 'approval-outdated',
    severity: 'error',
    messages: {
      kk: (x) => `approved.date: бұл бекіту өткен маусымға жатады: ${x['season']} маусымы үшін ${x['since']} күнінен бастап берілген бекіту ғана есептеледі, ал құрамды бекіту мерзімі (${x['deadline']}) өтті. Жаңа бұйрықтың күнін, нөмірін және кім бекіткенін жазыңыз.`,
      ru: (x) => `approved.date: это утверждение выдано до ${x['since']}, то есть относится к прошлому сезону. Состав на сезон ${x['season']} нужно было утвердить до ${x['deadline']} — укажите дату, номер и автора нового приказа.`,
      en: (x) => `approved.date: this approval predates ${x['since']}, so it belongs to the previous season. The composition for season ${x['season']} was due by ${x['deadline']} — enter the new order's date, number and issuer.`,
    },
  },
  {
    id: 'approval-late',
    severity: 'warning',
    messages: {
      kk: (x) => `approved.date: құрам мерзімнен кеш бекітілген (мерзімі — ${x['deadline']}). Күн дұрыс болса, ештеңе өзгертудің қажеті жоқ: бұл тек кешігу туралы ескерту.`,
      ru: (x) => `approved.date: состав утверждён позже срока (${x['deadline']}). Если дата верна, ничего менять не нужно: это лишь предупреждение об опоздании.`,
      en: (x) => `approved.date: the composition was approved after the deadline (${x['deadline']}). If the date is right, change nothing: this only notes the delay.`,
    },
  },
  {
    id: 'region-unrepresented',
    severity: 'warning',
    messages: {
      kk: (x) => `«${x['name_kk']}» өңірінде өңірлік өкілдік жоқ, ал құрамды бекіту мерзімі (${x['deadline']}) өтіп кетті. representations/${x['region']}/region.yaml файлын мүшелерімен жасаңыз.`,
      ru: (x) => `В регионе «${x['name_ru']}» нет регионального представительства, а срок утверждения состава (${x['deadline']}) прошёл. Создайте файл representations/${x['region']}/region.yaml с участниками.`,
      en: (x) => `The region «${x['name_en']}» has no regional representation, and the composition deadline (${x['deadline']}) has passed. Create representations/${x['region']}/region.yaml with its members.`,
    },
  },
  {
    id: 'deadline-near',
    severity: 'warning',
    messages: {
      kk: (x) =>
        `${x['days'] === 0 ? `Өңірлік өкілдік құрамын бекіту мерзімі бүгін (${x['deadline']}) аяқталады` : `Өңірлік өкілдік құрамын бекіту мерзіміне (${x['deadline']}) ${x['days']} күн қалды`}, ал «${x['name_kk']}» әлі дайын емес: ${reason(x, 'kk')}`,
      ru: (x) =>
        `${x['days'] === 0 ? `Сегодня (${x['deadline']}) истекает срок утверждения состава регионального представительства` : `До срока утверждения состава регионального представительства (${x['deadline']}) ${plural(RU_DAYS_LEFT, 'ru', Number(x['days']))}`}, а регион «${x['name_ru']}» ещё не готов: ${reason(x, 'ru')}`,
      en: (x) =>
        `${x['days'] === 0 ? `The composition deadline (${x['deadline']}) ends today` : `The composition deadline (${x['deadline']}) is in ${x['days']} day(s)`}, and «${x['name_en']}» is not ready: ${reason(x, 'en')}`,
    },
  },
];

/** The first day an approval counts for the season: the day after the previous season's summer. */
export function seasonApprovalStart(movement: Movement): string {
  return addDays(`${movement.season - 1}${movement.summer.to.slice(4)}`, 1);
}

/**
 * Whether an approval dated `date` approves the season's composition: one from before
 * seasonApprovalStart approved an earlier season's and is outdated. The rules, `status` and the
 * Ministry export all decide it here.
 */
export function approvalIsThisSeason(date: string, movement: Movement): boolean {
  return date >= seasonApprovalStart(movement);
}

function seasonFindings(content: Content): Finding[] {
  const { file, data } = content.movement!;
  return (['composition_approved', 'ministry_list'] as const)
    .filter((key) => data.deadlines[key].slice(0, 4) !== String(data.season))
    .map((key) => ({ rule: 'deadline-season-mismatch', file, path: ['deadlines', key], params: { path: `deadlines.${key}`, season: data.season } }));
}

/** One region's standing against the composition deadline. */
function regionFindings(
  regionId: string,
  geography: Entry<GeoRegion>,
  representation: Entry<RegionRepresentation> | undefined,
  movement: Movement,
  now: Date,
): Finding[] {
  const deadline = movement.deadlines.composition_approved;
  const passed = now > endOfDay(deadline);
  const days = daysLeft(deadline, now);
  const near = !passed && days <= WARN_DAYS;
  const params: Params = { region: regionId, deadline, ...placeNameParams(geography.data.name) };
  const nearFinding = (file: SourceFile, reason: Readiness, path?: string[]): Finding => ({
    rule: 'deadline-near',
    file,
    ...(path ? { path, at: 'key' as const } : { position: { line: 1, column: 1 } }),
    params: { ...params, days, reason },
  });

  if (!representation || representation.data.members.length === 0) {
    // No file: point at the region's geography file; an empty roster: at its members.
    const [file, path] = representation ? [representation.file, ['members']] : [geography.file, undefined];
    if (passed) return [{ rule: 'region-unrepresented', file, ...(path ? { path, at: 'key' as const } : { position: { line: 1, column: 1 } }), params }];
    return near ? [nearFinding(file, 'representation', path)] : [];
  }

  const { file, data } = representation;
  const since = seasonApprovalStart(movement);
  const approval = data.approved && approvalIsThisSeason(data.approved.date, movement) ? data.approved : undefined;
  const findings: Finding[] = [];
  if (passed && !data.approved) findings.push({ rule: 'approval-missing', file, path: ['members'], at: 'key', params });
  else if (passed && !approval) findings.push({ rule: 'approval-outdated', file, path: ['approved', 'date'], params: { ...params, since, season: movement.season } });
  if (approval && approval.date > deadline) findings.push({ rule: 'approval-late', file, path: ['approved', 'date'], params });
  if (near) {
    if (!approval) findings.push(nearFinding(file, 'approval', data.approved ? ['approved'] : ['members']));
    else if (unheadedUnits(data, geography.data, movement.rules.region_members_per_unit).length > 0) findings.push(nearFinding(file, 'heads', ['members']));
  }
  return findings;
}

export const family: RuleFamily = {
  name: 'deadlines',
  rules,
  check({ content, now }) {
    const movement = content.movement?.data;
    if (!movement) return [];
    const findings = seasonFindings(content);
    // A region.yaml that failed its schema has its own error; its deadline status waits for the fix.
    const invalid = new Set(content.tree.files.filter((f) => f.place?.kind === 'region' && !content.regions.has(f.place.region!)).map((f) => f.place!.region!));
    for (const [regionId, geography] of content.geography) {
      if (!invalid.has(regionId)) findings.push(...regionFindings(regionId, geography, content.regions.get(regionId), movement, now));
    }
    return findings;
  },
};
