/**
 * Rule family `references`: every id that points somewhere points at something that exists.
 * Representation folders and files name regions and units of geography, events name known
 * organizers and topics, awards name real members and events, and the ids that must be unique
 * nationwide (members, awards, events) are.
 *
 * A reference into a file that failed its schema is not checked: that file's own error comes
 * first, and guessing at its contents would only add false alarms.
 */
import { eventId } from '../content/layout.ts';
import { readSourceFile, type SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { EventData, GeoRegion, GeoUnit } from '../content/schema.ts';
import { placeNameParams } from './place-names.ts';
import { rosterIsComplete, rosterOf } from './roster.ts';
import { checkOfSections, fieldPath, type CheckContext, type FileSection, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

const p = (x: Params) => String(x['path']);

export const rules: Rule[] = [
  {
    id: 'movement-missing',
    severity: 'error',
    messages: {
      kk: (x) => `${x['file']} файлы жоқ: маусым, мерзімдер мен қозғалыс ережелері сонда жазылады. Файлды CONTENT-MODEL.md үлгісі бойынша жасаңыз.`,
      ru: (x) => `Нет файла ${x['file']}: в нём записаны сезон, сроки и правила движения. Создайте его по образцу из CONTENT-MODEL.md.`,
      en: (x) => `${x['file']} is missing: it holds the season, its deadlines and the movement's rules. Create it as CONTENT-MODEL.md shows.`,
    },
  },
  {
    id: 'geography-region-mismatch',
    severity: 'error',
    messages: {
      kk: (x) => `id өрісі файл атауымен бірдей болуы керек: «${x['expected']}». Не id мәнін, не файл атауын түзетіңіз.`,
      ru: (x) => `Поле id должно совпадать с именем файла: «${x['expected']}». Исправьте id или переименуйте файл.`,
      en: (x) => `The id must equal the file name: «${x['expected']}». Fix the id or rename the file.`,
    },
  },
  {
    id: 'region-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `content/geography/ ішінде «${x['folder']}» деген өңір жоқ, сондықтан representations/${x['folder']}/ қалтасы ешбір өңірге жатпайды. Қалтаны geography/<өңір>.yaml файлындағы өңір id-і бойынша атаңыз.`,
      ru: (x) => `В content/geography/ нет региона «${x['folder']}», поэтому папка representations/${x['folder']}/ не относится ни к одному региону. Назовите папку по id региона из файла geography/<регион>.yaml.`,
      en: (x) => `There is no region «${x['folder']}» in content/geography/, so the folder representations/${x['folder']}/ belongs to no region. Name the folder after a region id from geography/<region>.yaml.`,
    },
  },
  {
    id: 'region-mismatch',
    severity: 'error',
    messages: {
      kk: (x) => `${x['field']} өрісі ${x['field'] === 'region' ? 'қалтаның' : 'файлдың'} атауымен бірдей болуы керек: «${x['expected']}». Өрісті түзетіңіз немесе файлды тиісті орынға жылжытыңыз.`,
      ru: (x) => `Поле ${x['field']} должно совпадать с именем ${x['field'] === 'region' ? 'папки' : 'файла'}: «${x['expected']}». Исправьте поле или перенесите файл на нужное место.`,
      en: (x) => `The field ${x['field']} must equal the ${x['field'] === 'region' ? 'folder' : 'file'} name: «${x['expected']}». Fix the field or move the file to the right place.`,
    },
  },
  {
    id: 'unit-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `«${x['name_kk']}» өңірінде «${x['unit']}» деген қала не аудан жоқ (content/geography/${x['region']}.yaml). Файлды сол тізімдегі қала не аудан id-і бойынша қайта атаңыз.`,
      ru: (x) => `В регионе «${x['name_ru']}» нет города или района «${x['unit']}» (content/geography/${x['region']}.yaml). Переименуйте файл по id города или района из этого списка.`,
      en: (x) => `The region «${x['name_en']}» has no city or district «${x['unit']}» (content/geography/${x['region']}.yaml). Rename the file after a unit id from that list.`,
    },
  },
  {
    id: 'rural-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['name_kk']}» құрамында мұндай ауылдық округ, ауыл не кент жоқ (content/geography/${x['region']}.yaml). id-ді тексеріңіз, ал бұл жаңа елді мекен болса, атауын қосыңыз: name: { kk: ..., ru: ... }.`,
      ru: (x) => `${p(x)}: в «${x['name_ru']}» нет такого сельского округа, села или посёлка (content/geography/${x['region']}.yaml). Проверьте id, а если это новый населённый пункт, добавьте его название: name: { kk: ..., ru: ... }.`,
      en: (x) => `${p(x)}: «${x['name_en']}» has no such rural okrug, village or settlement (content/geography/${x['region']}.yaml). Check the id, or if it is a new place, add its name: name: { kk: ..., ru: ... }.`,
    },
  },
  {
    id: 'duplicate-rural-id',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: осы id-мен ауылдық өкілдік файлда жоғарыда бар. Екеуін біріктіріңіз немесе id-ді түзетіңіз.`,
      ru: (x) => `${p(x)}: сельское представительство с этим id уже есть выше в этом файле. Объедините их или исправьте id.`,
      en: (x) => `${p(x)}: a rural representation with this id is already listed above in this file. Merge the two or fix the id.`,
    },
  },
  {
    id: 'organizer-unknown',
    severity: 'error',
    messages: {
      kk: () => 'organizer: content/geography/ ішінде мұндай өңір не аудан жоқ. national, <өңір> немесе <өңір>/<аудан> деп geography файлдарындағы id-лермен жазыңыз.',
      ru: () => 'organizer: такого региона или района нет в content/geography/. Укажите national, <регион> или <регион>/<район> с id из файлов geography.',
      en: () => 'organizer: there is no such region or unit in content/geography/. Write national, <region> or <region>/<unit> with ids from the geography files.',
    },
  },
  {
    id: 'topic-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['topic']}» деген тақырып movement.yaml тізімінде жоқ. Мыналардың бірін жазыңыз: ${x['known']} — немесе тақырыпты movement.yaml файлындағы topics тізіміне қосыңыз.`,
      ru: (x) => `${p(x)}: темы «${x['topic']}» нет в списке movement.yaml. Укажите одну из: ${x['known']} — или добавьте тему в topics в movement.yaml.`,
      en: (x) => `${p(x)}: the topic «${x['topic']}» is not in movement.yaml. Use one of: ${x['known']} — or add it to topics in movement.yaml.`,
    },
  },
  {
    id: 'award-member-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мұндай id-мен мүше ешбір өкілдікте жоқ. Мүшенің id-ін representations/ ішіндегі тізімнен дәл көшіріп жазыңыз.`,
      ru: (x) => `${p(x)}: участника с таким id нет ни в одном представительстве. Скопируйте id участника точно из списков в representations/.`,
      en: (x) => `${p(x)}: no representation has a member with this id. Copy the member's id exactly from the lists in representations/.`,
    },
  },
  {
    id: 'award-event-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['event']}» деген іс-шара жоқ (content/events/${x['event']}.mdx табылмады). <жыл>/<slug> сілтемесін тексеріңіз немесе event өрісін өшіріңіз.`,
      ru: (x) => `${p(x)}: мероприятия «${x['event']}» нет (не найден content/events/${x['event']}.mdx). Проверьте ссылку <год>/<slug> или удалите поле event.`,
      en: (x) => `${p(x)}: there is no event «${x['event']}» (content/events/${x['event']}.mdx not found). Check the <year>/<slug> reference or remove the event field.`,
    },
  },
  {
    id: 'award-project-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['project']}» деген жоба жоқ (content/projects/${x['project']}.mdx табылмады). Жобаны <өңір>/<slug> түрінде, projects/ ішіндегі файлдың орнымен жазыңыз немесе project өрісін өшіріңіз.`,
      ru: (x) => `${p(x)}: проекта «${x['project']}» нет (не найден content/projects/${x['project']}.mdx). Укажите проект как <регион>/<slug>, по месту его файла в projects/, или удалите поле project.`,
      en: (x) => `${p(x)}: there is no project «${x['project']}» (content/projects/${x['project']}.mdx not found). Write the project as <region>/<slug>, where its file is under projects/, or remove the project field.`,
    },
  },
  {
    id: 'event-rescheduled-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `rescheduled_to: «${x['event']}» деген іс-шара жоқ (content/events/${x['event']}.mdx не .md табылмады). Жаңа күннің іс-шарасын <жыл>/<slug> түрінде жазыңыз, мысалы 2027/reading-marathon.`,
      ru: (x) => `rescheduled_to: мероприятия «${x['event']}» нет (не найден content/events/${x['event']}.mdx или .md). Укажите мероприятие с новой датой в виде <год>/<slug>, например 2027/reading-marathon.`,
      en: (x) => `rescheduled_to: there is no event «${x['event']}» (content/events/${x['event']}.mdx or .md not found). Give the event with the new date as <year>/<slug>, e.g. 2027/reading-marathon.`,
    },
  },
  {
    id: 'event-rescheduled-self',
    severity: 'error',
    messages: {
      kk: (x) => `rescheduled_to: іс-шара өзіне ауыстырылмайды (${x['event']}). Жаңа күнге жаңа файл жасап, соның <жыл>/<slug> атын жазыңыз.`,
      ru: (x) => `rescheduled_to: мероприятие не может быть перенесено само на себя (${x['event']}). Создайте файл мероприятия с новой датой и укажите его <год>/<slug>.`,
      en: (x) => `rescheduled_to: an event cannot be rescheduled to itself (${x['event']}). Create a file for the new date and give its <year>/<slug>.`,
    },
  },
  {
    id: 'event-rescheduled-not-cancelled',
    severity: 'error',
    messages: {
      kk: (x) => `status: ${x['status']} — іс-шара басқа күнге ауыстырылған (rescheduled_to), бұл күні ол өтпейді. status: cancelled деп жазыңыз, әйтпесе күнтізбелер ескі күнді ұсынады.`,
      ru: (x) => `status: ${x['status']} — мероприятие перенесено (rescheduled_to), в этот день оно не пройдёт. Укажите status: cancelled, иначе календари предложат старую дату.`,
      en: (x) => `status: ${x['status']} — the event was rescheduled (rescheduled_to) and will not take place on this date. Set status: cancelled, or calendars will offer the old date.`,
    },
  },
  {
    id: 'duplicate-member-id',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: бұл id бұрыннан бар (${x['first']}). Мүшенің id-і бүкіл ел бойынша бірегей болуы керек: басқа id беріңіз, мысалы, соңына өңірдің қысқа атауын қосып.`,
      ru: (x) => `${p(x)}: этот id уже занят (${x['first']}). id участника должен быть уникальным по всей стране: задайте другой, например, добавив в конце короткое название региона.`,
      en: (x) => `${p(x)}: this id is already taken (${x['first']}). A member id must be unique nationwide: choose another, e.g. add a short region name at the end.`,
    },
  },
  {
    id: 'duplicate-award-id',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: бұл нөмір бұрын берілген (${x['first']}). Әр марапаттың нөмірі бірегей болуы керек — келесі бос нөмірді алыңыз.`,
      ru: (x) => `${p(x)}: этот номер уже выдан (${x['first']}). Номер каждой награды должен быть уникальным — возьмите следующий свободный.`,
      en: (x) => `${p(x)}: this number is already used (${x['first']}). Every award number must be unique — take the next free one.`,
    },
  },
  {
    id: 'duplicate-event-id',
    severity: 'error',
    messages: {
      kk: (x) => `Бұл іс-шара ${x['first']} файлымен бірдей (${x['event']}): бір іс-шараның бір ғана файлы болады. Біреуін өшіріңіз немесе атын өзгертіңіз.`,
      ru: (x) => `Это мероприятие совпадает с файлом ${x['first']} (${x['event']}): у мероприятия может быть только один файл. Удалите один из них или переименуйте.`,
      en: (x) => `This event clashes with ${x['first']} (${x['event']}): an event has exactly one file. Delete one of them or rename it.`,
    },
  },
];

/** Region id → its units by id, for the geography files that passed their schema. */
function unitsByRegion(content: Content): Map<string, { region: GeoRegion; units: Map<string, GeoUnit> }> {
  const index = new Map<string, { region: GeoRegion; units: Map<string, GeoUnit> }>();
  for (const [id, { data }] of content.geography) index.set(id, { region: data, units: new Map(data.units.map((u) => [u.id, u])) });
  return index;
}

/** Ids of every file of a kind in the tree, valid or not: a file with a schema error still exists. */
function placesOf(content: Content, kind: 'geography' | 'event' | 'project'): SourceFile[] {
  return content.tree.files.filter((f) => f.place?.kind === kind);
}

function movementFindings(content: Content): Finding[] {
  if (content.tree.files.some((f) => f.place?.kind === 'movement')) return [];
  // The file does not exist, so the finding points at where it should be.
  const file = readSourceFile(content.tree.root, 'movement.yaml', '');
  return [{ rule: 'movement-missing', file, position: { line: 1, column: 1 }, params: { file: file.path } }];
}

function geographyFindings(content: Content): Finding[] {
  return [...content.geography]
    .filter(([id, { data }]) => data.id !== id)
    .map(([id, { file }]) => ({ rule: 'geography-region-mismatch', file, path: ['id'], params: { expected: id } }));
}

function representationFindings(content: Content, geography: ReturnType<typeof unitsByRegion>, knownRegions: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const checkRegion = (file: SourceFile, region: string, field: string) => {
    if (!knownRegions.has(region)) findings.push({ rule: 'region-unknown', file, path: ['region'], params: { folder: region } });
    else if (field !== region) findings.push({ rule: 'region-mismatch', file, path: ['region'], params: { field: 'region', expected: region } });
  };
  for (const [region, { file, data }] of content.regions) checkRegion(file, region, data.region);
  for (const { file, data, region, unit } of content.units) {
    checkRegion(file, region, data.region);
    const geo = geography.get(region);
    if (!geo) continue;
    const geoUnit = geo.units.get(unit);
    if (!geoUnit) {
      findings.push({ rule: 'unit-unknown', file, path: ['unit'], params: { unit, region, ...placeNameParams(geo.region.name) } });
      continue;
    }
    if (data.unit !== unit) findings.push({ rule: 'region-mismatch', file, path: ['unit'], params: { field: 'unit', expected: unit } });
    // A rural representation may sit in a rural okrug, village or settlement, or in a town of the unit.
    const places = new Set([...(geoUnit.rural ?? []), ...(geoUnit.towns ?? [])].map((place) => place.id));
    const seen = new Set<string>();
    data.rural?.forEach((rural, r) => {
      const path = ['rural', r, 'id'];
      if (seen.has(rural.id)) findings.push({ rule: 'duplicate-rural-id', file, path, params: { path: fieldPath(path) } });
      seen.add(rural.id);
      if (!places.has(rural.id) && !rural.name) {
        findings.push({ rule: 'rural-unknown', file, path, params: { path: fieldPath(path), region, ...placeNameParams(geoUnit.name) } });
      }
    });
  }
  return findings;
}

/** What an event's references are checked against: topics, regions and their units, every event's id (a file section's shared value). */
interface EventTargets {
  topics: string[] | undefined;
  knownRegions: string[];
  /** Units by region, for the regions whose geography passed its schema. */
  units: Record<string, string[]>;
  events: string[];
}

function eventTargets(content: Content): EventTargets {
  const units: Record<string, string[]> = {};
  for (const [region, { units: known }] of unitsByRegion(content)) units[region] = [...known.keys()];
  return {
    topics: content.movement ? Object.keys(content.movement.data.topics) : undefined,
    knownRegions: [...knownRegionsOf(content)],
    units,
    events: placesOf(content, 'event').map((f) => eventId(f.place!)),
  };
}

/** One event's organizer, reschedule and topics (sets of the shared lists built once per list, not per event). */
function eventFindings(file: SourceFile, data: EventData, targets: EventTargets): Finding[] {
  const { topics, knownRegions, units, events } = setsOf(targets);
  const findings: Finding[] = [];
  if (data.organizer !== 'national') {
    const [region, unit] = data.organizer.split('/') as [string, string | undefined];
    const geo = units.get(region);
    const unknown = !knownRegions.has(region) || (unit !== undefined && geo !== undefined && !geo.has(unit));
    if (unknown) findings.push({ rule: 'organizer-unknown', file, path: ['organizer'] });
  }
  if (data.rescheduled_to !== undefined) findings.push(...rescheduleFindings(file, data, events));
  if (!topics) return findings;
  data.topics.forEach((topic, i) => {
    if (topics.has(topic)) return;
    const path = ['topics', i];
    findings.push({ rule: 'topic-unknown', file, path, params: { path: fieldPath(path), topic, known: [...topics].join(', ') } });
  });
  return findings;
}

const targetSets = new WeakMap<EventTargets, { topics: Set<string> | undefined; knownRegions: Set<string>; units: Map<string, Set<string>>; events: Set<string> }>();
function setsOf(targets: EventTargets) {
  let sets = targetSets.get(targets);
  if (!sets) {
    sets = {
      topics: targets.topics && new Set(targets.topics),
      knownRegions: new Set(targets.knownRegions),
      units: new Map(Object.entries(targets.units).map(([region, units]) => [region, new Set(units)])),
      events: new Set(targets.events),
    };
    targetSets.set(targets, sets);
  }
  return sets;
}

/** `x.md` and `x.mdx` in one year folder would both be the event `<year>/x` (the listing alone). */
function eventIdFindings(content: Content): Finding[] {
  const findings: Finding[] = [];
  const firstFile = new Map<string, SourceFile>();
  for (const file of placesOf(content, 'event')) {
    const id = eventId(file.place!);
    const first = firstFile.get(id);
    if (first) findings.push({ rule: 'duplicate-event-id', file, position: { line: 1, column: 1 }, params: { first: first.path, event: id } });
    else firstFile.set(id, file);
  }
  return findings;
}

/** `rescheduled_to` names another existing event, and the old date is marked cancelled. */
function rescheduleFindings(file: SourceFile, data: EventData, events: ReadonlySet<string>): Finding[] {
  const target = data.rescheduled_to!;
  const self = file.place?.kind === 'event' ? eventId(file.place) : undefined;
  const findings: Finding[] = [];
  if (target === self) findings.push({ rule: 'event-rescheduled-self', file, path: ['rescheduled_to'], params: { event: target } });
  else if (!events.has(target)) findings.push({ rule: 'event-rescheduled-unknown', file, path: ['rescheduled_to'], params: { event: target } });
  if (data.status !== 'cancelled') findings.push({ rule: 'event-rescheduled-not-cancelled', file, path: ['status'], params: { status: data.status } });
  return findings;
}

/** Duplicate member ids, and where each id is first written (for the award check). */
function memberIdFindings(content: Content): { findings: Finding[]; firstFile: Map<string, SourceFile> } {
  const findings: Finding[] = [];
  const firstFile = new Map<string, SourceFile>();
  for (const { member, file, path } of rosterOf(content)) {
    const first = firstFile.get(member.id);
    if (!first) {
      firstFile.set(member.id, file);
      continue;
    }
    const idPath = [...path, 'id'];
    // The id itself is not repeated in the message: the location shows it, and the log is public.
    findings.push({ rule: 'duplicate-member-id', file, path: idPath, params: { path: fieldPath(idPath), first: first.path } });
  }
  return { findings, firstFile };
}

function awardFindings(content: Content, members: ReadonlyMap<string, unknown> | undefined): Finding[] {
  const findings: Finding[] = [];
  const events = new Set(placesOf(content, 'event').map((f) => eventId(f.place!)));
  // Every project file counts, even one that failed its schema (its own errors are reported there).
  const projects = new Set(placesOf(content, 'project').map((f) => `${f.place!.region}/${f.place!.slug}`));
  const firstFile = new Map<string, SourceFile>();
  for (const { file, data } of [...content.awards].sort((a, b) => a.year - b.year)) {
    data.forEach((award, i) => {
      const first = firstFile.get(award.id);
      if (!first) firstFile.set(award.id, file);
      else findings.push({ rule: 'duplicate-award-id', file, path: [i, 'id'], params: { path: fieldPath([i, 'id']), first: first.path } });
      if (members && !members.has(award.member)) {
        findings.push({ rule: 'award-member-unknown', file, path: [i, 'member'], params: { path: fieldPath([i, 'member']) } });
      }
      if (award.event && !events.has(award.event)) {
        findings.push({ rule: 'award-event-unknown', file, path: [i, 'event'], params: { path: fieldPath([i, 'event']), event: award.event } });
      }
      if (award.project && !projects.has(award.project)) {
        findings.push({ rule: 'award-project-unknown', file, path: [i, 'project'], params: { path: fieldPath([i, 'project']), project: award.project } });
      }
    });
  }
  return findings;
}

/** Every geography file names a known region, even one that failed its schema. */
const knownRegionsOf = (content: Content) => new Set(placesOf(content, 'geography').map((f) => f.place!.region!));

/** Sections that read different parts: an event's edit re-runs only `events` (see `RuleFamily.sections`). */
const sections = {
  movement: ({ content }: CheckContext) => movementFindings(content),
  geography: ({ content }: CheckContext) => geographyFindings(content),
  representations: ({ content }: CheckContext) => representationFindings(content, unitsByRegion(content), knownRegionsOf(content)),
  // Each event on its own against the shared targets: after one event's edit, that event alone is checked.
  events: { parts: ['events'], shared: ({ content }: CheckContext) => eventTargets(content), check: (file, data, targets) => eventFindings(file, data as EventData, targets) } satisfies FileSection<EventTargets> as FileSection,
  'event-ids': ({ content }: CheckContext) => eventIdFindings(content),
  members: ({ content }: CheckContext) => {
    const members = memberIdFindings(content);
    return [...members.findings, ...awardFindings(content, rosterIsComplete(content) ? members.firstFile : undefined)];
  },
};

export const family: RuleFamily = { name: 'references', rules, sections, check: checkOfSections(sections) };
