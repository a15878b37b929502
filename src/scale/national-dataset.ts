/**
 * A national-scale content tree for benchmarks and scale tests (PRODUCT.md, "National scale"):
 * all 20 regions' geography, a representation for every region, city/district and rural place
 * (≈ 2,300 rural representations, ≈ 30,000 members), 5,000 events and 3,000 awards —
 * ≈ 12.6 MB in ≈ 5,270 files, valid by construction against CONTENT-MODEL.md.
 *
 * Deterministic: everything comes from one seeded generator, so the same seed gives the same
 * bytes. Time-dependent rules (held events have results, planned events are in the future)
 * hold at DATASET_NOW: validate the tree with `--now 2027-03-01T12:00:00+05:00`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { geoRegionSchema, type GeoRegion, type GeoUnit, type LocaleMap } from '../content/schema.ts';
import { addDays, daysBetween } from '../season/calendar.ts';
import { createChildNamer, fictionalAdult, type FictionalChild } from './fictional-names.ts';
import { createRandom, type Random } from './random.ts';
import { flow, toYamlText, type YamlValue } from './yaml-text.ts';

/** The moment the dataset is consistent at (past events held and reported, later ones planned). */
export const DATASET_NOW = '2027-03-01T12:00:00+05:00';
export const DATASET_SEASON = 2027;
export const DEFAULT_SEED = 2027;

const NOW_DATE = DATASET_NOW.slice(0, 10);
const NOW_MS = Date.parse(DATASET_NOW);
const GEOGRAPHY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../content/geography');

export interface NationalDatasetOptions {
  /** The content root to write (`movement.yaml`, `geography/`, … directly inside it). */
  contentRoot: string;
  seed?: number;
  /** Only these regions get representations and events (geography is always copied whole). */
  regions?: string[];
  eventsCount?: number;
  awardsCount?: number;
  /** Children's social projects (`projects/<region>/<slug>.mdx`); by default 2 for every 5 events (2,000 nationally). */
  projectsCount?: number;
  /** Members per rural representation, both bounds included. */
  ruralMembers?: [number, number];
  /** Where the committed geography is read from. */
  geographyDir?: string;
}

export interface NationalDatasetStats {
  files: number;
  bytes: number;
  regions: number;
  units: number;
  ruralRepresentations: number;
  members: number;
  events: number;
  heldEvents: number;
  awards: number;
  projects: number;
}

/** The generator's own texts always have both site languages. */
type Bilingual = { kk: string; ru: string; en?: string };

const TOPICS: Record<string, Bilingual> = {
  ecology: { kk: 'Экология', ru: 'Экология', en: 'Ecology' },
  reading: { kk: 'Кітап оқу', ru: 'Чтение', en: 'Reading' },
  sport: { kk: 'Спорт', ru: 'Спорт', en: 'Sport' },
  health: { kk: 'Салауатты өмір салты', ru: 'Здоровый образ жизни', en: 'Healthy lifestyle' },
  science: { kk: 'Ғылым', ru: 'Наука', en: 'Science' },
  digital: { kk: 'Цифрлық сауаттылық', ru: 'Цифровая грамотность', en: 'Digital literacy' },
  art: { kk: 'Өнер', ru: 'Искусство', en: 'Art' },
  history: { kk: 'Өлкетану', ru: 'Краеведение', en: 'Local history' },
  charity: { kk: 'Қайырымдылық', ru: 'Благотворительность', en: 'Charity' },
  media: { kk: 'Медиа', ru: 'Медиа', en: 'Media' },
  safety: { kk: 'Қауіпсіздік', ru: 'Безопасность', en: 'Safety' },
  animals: { kk: 'Жануарларға қамқорлық', ru: 'Забота о животных', en: 'Animal care' },
};
const TOPIC_IDS = Object.keys(TOPICS);

/** Kinds of events; `title` builds the title from a topic name. */
const EVENT_KINDS: readonly { slug: string; title: (topic: Bilingual) => Bilingual; noun: Bilingual }[] = [
  { slug: 'marathon', title: (t) => ({ kk: `${t.kk} марафоны`, ru: `Марафон «${t.ru}»` }), noun: { kk: 'марафон', ru: 'Марафон' } },
  { slug: 'workshop', title: (t) => ({ kk: `${t.kk}: шеберлік сыныбы`, ru: `Мастер-класс «${t.ru}»` }), noun: { kk: 'шеберлік сыныбы', ru: 'Мастер-класс' } },
  { slug: 'quest', title: (t) => ({ kk: `${t.kk}: квест`, ru: `Квест «${t.ru}»` }), noun: { kk: 'квест', ru: 'Квест' } },
  { slug: 'webinar', title: (t) => ({ kk: `${t.kk}: вебинар`, ru: `Вебинар «${t.ru}»` }), noun: { kk: 'вебинар', ru: 'Вебинар' } },
  { slug: 'meetup', title: (t) => ({ kk: `${t.kk}: көшбасшылар кездесуі`, ru: `Встреча лидеров «${t.ru}»` }), noun: { kk: 'кездесу', ru: 'Встреча' } },
  { slug: 'challenge', title: (t) => ({ kk: `${t.kk} челленджі`, ru: `Челлендж «${t.ru}»` }), noun: { kk: 'челлендж', ru: 'Челлендж' } },
  { slug: 'forum', title: (t) => ({ kk: `${t.kk} форумы`, ru: `Форум «${t.ru}»` }), noun: { kk: 'форум', ru: 'Форум' } },
  { slug: 'action', title: (t) => ({ kk: `${t.kk}: акция`, ru: `Акция «${t.ru}»` }), noun: { kk: 'акция', ru: 'Акция' } },
];

const VENUES: readonly Bilingual[] = [
  { kk: 'мәдениет үйі', ru: 'дом культуры' },
  { kk: 'орталық кітапхана', ru: 'центральная библиотека' },
  { kk: 'жастар орталығы', ru: 'молодёжный центр' },
  { kk: 'оқушылар сарайы', ru: 'дворец школьников' },
  { kk: 'орталық саябақ', ru: 'центральный парк' },
];

const PLATFORMS: readonly { platform: string; host: string }[] = [
  { platform: 'zoom', host: 'zoom.example.kz' },
  { platform: 'google-meet', host: 'meet.example.kz' },
  { platform: 'teams', host: 'teams.example.kz' },
  { platform: 'youtube', host: 'live.example.kz' },
];

/** Area codes of the regional centres, for the curators' (invented) office phones. */
const AREA_CODES: Record<string, string> = {
  abai: '7222', akmola: '7162', aktobe: '7132', 'almaty-region': '72772', atyrau: '7122', 'west-kazakhstan': '7112',
  zhambyl: '7262', zhetisu: '7282', karaganda: '7212', kostanay: '7142', kyzylorda: '7242', mangystau: '7292',
  pavlodar: '7182', 'north-kazakhstan': '7152', turkistan: '7253', ulytau: '7102', 'east-kazakhstan': '7232',
  astana: '7172', almaty: '727', shymkent: '7252',
};

const CURATOR_POSITION: Bilingual = { kk: 'Білім басқармасының бас маманы', ru: 'Главный специалист управления образования' };
const NATIONAL_SIGNATORY = {
  name: { kk: 'Гүлмира Нұрланова', ru: 'Гульмира Нурланова' },
  position: { kk: '«Мың жаса!» қозғалысының үйлестірушісі', ru: 'Координатор движения «Мың жаса!»' },
};

// ── dates ────────────────────────────────────────────────────────────────────

function randomDate(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, daysBetween(from, to)));
}
const minDate = (a: string, b: string): string => (a < b ? a : b);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// ── the tree ─────────────────────────────────────────────────────────────────

interface Organizer {
  id: string;
  /** The slug part naming the place in an event slug. */
  slugPart: string;
  name: LocaleMap;
  region?: string;
}

interface GeneratedMember {
  id: string;
  region: string;
  /** Where the member sits, as a project's `representation` names it: `<region>[/<unit>[/<rural>]]`. */
  representation: string;
}

interface HeldEvent {
  path: string;
  title: LocaleMap;
  endDate: string;
  organizer: Organizer;
}

/** Reads the committed geography: each region's parsed data and its exact text. */
function readGeography(dir: string): { region: GeoRegion; file: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { region: geoRegionSchema.parse(jsYaml.load(text)), file, text };
    });
}

/** «Туркестанская область» → «Туркестанской области», «город Астана» → «города Астана». */
function russianGenitive(name: string): string {
  return name.replace(/ая область$/, 'ой области').replace(/^область /, 'области ').replace(/^город /, 'города ');
}

function childMember(child: FictionalChild, random: Random, role: 'leader' | 'member'): { [key: string]: YamlValue } {
  return {
    id: child.id,
    name: child.name,
    grade: random.int(5, 11),
    role,
    consent: flow({ name: child.consent, photo: random.chance(0.3) }),
    since: randomDate(random, '2025-09-01', '2026-12-20'),
  };
}

/**
 * Writes the national dataset into `contentRoot` (which must be empty or absent) and returns
 * what it wrote. The same options always produce the same bytes.
 */
export function generateNationalDataset(options: NationalDatasetOptions): NationalDatasetStats {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const nextChild = createChildNamer(random);
  const [ruralMin, ruralMax] = options.ruralMembers ?? [9, 16];
  const root = options.contentRoot;
  const stats: NationalDatasetStats = { files: 0, bytes: 0, regions: 0, units: 0, ruralRepresentations: 0, members: 0, events: 0, heldEvents: 0, awards: 0, projects: 0 };
  const write = (path: string, text: string): void => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };

  const geography = readGeography(options.geographyDir ?? GEOGRAPHY_DIR);
  const known = new Set(geography.map((g) => g.region.id));
  for (const id of options.regions ?? []) if (!known.has(id)) throw new Error(`unknown region: ${id}`);
  const selected = geography.filter((g) => !options.regions || options.regions.includes(g.region.id));
  for (const { file, text } of geography) write(`geography/${file}`, text);

  write('movement.yaml', movementText(options.seed ?? DEFAULT_SEED));

  const members: GeneratedMember[] = [];
  const curators = new Map<string, LocaleMap>();
  const organizers: Organizer[] = [{ id: 'national', slugPart: 'national', name: { kk: 'Қазақстан', ru: 'Казахстан' } }];
  for (const { region } of selected) {
    stats.regions++;
    const curator = fictionalAdult(random);
    curators.set(region.id, curator);
    write(`representations/${region.id}/region.yaml`, regionText(region, curator, random, nextChild, members));
    organizers.push({ id: region.id, slugPart: region.id, name: region.name, region: region.id });
    for (const unit of region.units) {
      stats.units++;
      stats.ruralRepresentations += unit.rural?.length ?? 0;
      write(`representations/${region.id}/${unit.id}.yaml`, unitText(region.id, unit, random, nextChild, members, [ruralMin, ruralMax]));
      organizers.push({ id: `${region.id}/${unit.id}`, slugPart: unit.id, name: unit.name, region: region.id });
    }
  }
  stats.members = members.length;

  const held: HeldEvent[] = [];
  const eventIds: string[] = [];
  const regionOrganizers = organizers.filter((o) => o.region && !o.id.includes('/'));
  const unitOrganizers = organizers.filter((o) => o.id.includes('/'));
  const eventsCount = options.eventsCount ?? 5000;
  for (let i = 1; i <= eventsCount; i++) {
    const roll = random.next();
    const organizer = roll < 0.05 || regionOrganizers.length === 0 ? organizers[0]! : roll < 0.3 ? random.pick(regionOrganizers) : random.pick(unitOrganizers);
    const event = eventText(i, organizer, random);
    write(event.path, event.text);
    eventIds.push(event.path.slice('events/'.length, -'.mdx'.length));
    stats.events++;
    if (event.held) held.push(event.held);
  }
  stats.heldEvents = held.length;

  // Drafted here, so the random stream below is unchanged; written after the projects, whose ids some awards name.
  const awardDrafts = draftAwards(options.awardsCount ?? 3000, members, held, curators, random);
  stats.awards = options.awardsCount ?? 3000;

  // Projects come last, so the random stream of everything above (and the committed benchmarks' data) is unchanged.
  const projectsCount = options.projectsCount ?? Math.round((eventsCount * 2) / 5);
  if (projectsCount > 0 && members.length === 0) throw new Error('projects need members: select at least one region');
  const byRepresentation = new Map<string, GeneratedMember[]>();
  for (const member of members) {
    // A member belongs to their own representation and to every one above it (a unit's project may take a village's child).
    const parts = member.representation.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const key = parts.slice(0, depth).join('/');
      const pool = byRepresentation.get(key);
      if (pool) pool.push(member);
      else byRepresentation.set(key, [member]);
    }
  }
  /** The first project each member is on the team of. */
  const projectOf = new Map<string, string>();
  for (let i = 1; i <= projectsCount; i++) {
    const project = projectText(i, random.pick(members), byRepresentation, held, eventIds, random);
    write(project.path, project.text);
    for (const member of project.team) if (!projectOf.has(member)) projectOf.set(member, project.id);
    stats.projects++;
  }
  write(`awards/${DATASET_SEASON}.yaml`, awardsText(awardDrafts, projectOf));
  return stats;
}

/** Kinds of projects; `title` builds the title from a topic name. */
const PROJECT_KINDS: { slug: string; title: (topic: Bilingual) => Bilingual; noun: Bilingual }[] = [
  { slug: 'club', title: (t) => ({ kk: `${t.kk}: аулалық үйірме`, ru: `${t.ru}: дворовый кружок` }), noun: { kk: 'аулалық үйірме', ru: 'дворовый кружок' } },
  { slug: 'help', title: (t) => ({ kk: `${t.kk}: көршілерге көмек`, ru: `${t.ru}: помощь соседям` }), noun: { kk: 'көршілерге көмек', ru: 'помощь соседям' } },
  { slug: 'map', title: (t) => ({ kk: `${t.kk}: ауыл картасы`, ru: `${t.ru}: карта села` }), noun: { kk: 'ауыл картасы', ru: 'карта села' } },
  { slug: 'week', title: (t) => ({ kk: `${t.kk}: мектеп апталығы`, ru: `${t.ru}: школьная неделя` }), noun: { kk: 'мектеп апталығы', ru: 'школьная неделя' } },
];

/**
 * One project, valid by construction: run by where its first member sits (or a level above), its
 * team from that representation and below, its events real ids of the dataset, its body with the
 * "how to repeat it" section. Names are never written: the team is ids only.
 */
function projectText(
  index: number,
  first: GeneratedMember,
  byRepresentation: ReadonlyMap<string, GeneratedMember[]>,
  held: readonly HeldEvent[],
  eventIds: readonly string[],
  random: Random,
): { path: string; text: string; id: string; team: string[] } {
  const parts = first.representation.split('/');
  const representation = parts.slice(0, random.int(1, parts.length)).join('/');
  const pool = byRepresentation.get(representation)!;
  const team = [...new Set([first.id, ...Array.from({ length: random.int(0, 4) }, () => random.pick(pool).id)])];
  const kind = random.pick(PROJECT_KINDS);
  const topic = random.pick(TOPIC_IDS);
  const topics = random.chance(0.3) ? [...new Set([topic, random.pick(TOPIC_IDS)])] : [topic];
  const stage = random.pick(['idea', 'running', 'running', 'done'] as const);
  const ownEvents = stage === 'idea' ? [] : held.filter((event) => event.organizer.id === representation || event.organizer.id === first.region);
  const events = ownEvents.length > 0 && random.chance(0.5) ? [random.pick(ownEvents).path] : [];
  const lang = random.chance(0.6) ? ('kk' as const) : ('ru' as const);
  const topicName = TOPICS[topic]!;
  const frontmatter = toYamlText({
    title: flow(kind.title(topicName)),
    summary: flow({
      kk: `Балалардың әлеуметтік жобасы: ${kind.noun.kk}, тақырыбы — ${topicName.kk.toLowerCase()}.`,
      ru: `Социальный проект детей: ${kind.noun.ru}, тема — ${topicName.ru.toLowerCase()}.`,
    }),
    representation,
    topics: flow(topics),
    seasons: flow(stage === 'done' && random.chance(0.5) ? [DATASET_SEASON - 1, DATASET_SEASON] : [DATASET_SEASON]),
    stage,
    results: flow({
      children_involved: stage === 'idea' ? team.length : random.int(team.length, 60),
      people_helped: stage === 'idea' ? 0 : random.int(10, 900),
      events_held: events.length + (stage === 'idea' ? 0 : random.int(0, 3)),
      ...(events.length > 0 ? { events: flow(events) } : {}),
    }),
    team: flow(team),
    promoted: stage !== 'idea' && eventIds.length > 0 && random.chance(0.2) ? flow({ event: random.pick(eventIds) }) : undefined,
    lang,
  });
  const slug = `${kind.slug}-${topic}-${pad(index, 4)}`;
  return { id: `${first.region}/${slug}`, team, path: `projects/${first.region}/${slug}.mdx`, text: `---
${frontmatter}---

${projectBody(lang, topicName[lang])}` };
}

/** A short Markdown body in the project's language, with its "how to repeat it" section. */
function projectBody(lang: 'kk' | 'ru', topic: string): string {
  if (lang === 'kk') {
    return `Балалар «${topic}» тақырыбы бойынша өз ауылы мен мектебіне пайдалы іс бастады.

## Қалай қайталауға болады

1. Мектеппен не әкімдікпен жобаның орны мен күнін келісіңіз.
2. Командаға міндеттерді бөліп, әр қадамды жазып отырыңыз.
3. Соңында нәтижені санап, келесі топқа тәжірибеңізді айтыңыз.
`;
  }
  return `Дети начали полезное дело для своего села и школы по теме «${topic}».

## Как повторить

1. Договоритесь со школой или акиматом о месте и дате.
2. Распределите задачи в команде и записывайте каждый шаг.
3. В конце посчитайте результат и расскажите о нём следующей группе.
`;
}

function movementText(seed: number): string {
  const header =
    `# A generated national-scale dataset (seed ${seed}), not real data: see src/scale/national-dataset.ts.\n` +
    `# Its dates (held and planned events, results, awards) hold at one moment; validate it with --now ${DATASET_NOW}\n`;
  return (
    header +
    toYamlText({
      season: DATASET_SEASON,
      default_locale: 'kk',
      deadlines: { composition_approved: `${DATASET_SEASON}-05-25`, ministry_list: `${DATASET_SEASON}-05-30` },
      summer: flow({ from: `${DATASET_SEASON}-06-01`, to: `${DATASET_SEASON}-08-31` }),
      rules: { event_lead_days: 3, results_due_days: 7, member_grades: flow([5, 11]), region_members_per_unit: 1 },
      topics: Object.fromEntries(TOPIC_IDS.map((id) => [id, flow(TOPICS[id]!)])),
      social: [
        flow({ network: 'instagram', url: 'https://www.instagram.com/mynjasa.example', followers: 48200, as_of: '2027-02-15' }),
        flow({ network: 'telegram', url: 'https://t.me/mynjasa_example', followers: 17300, as_of: '2027-02-15' }),
      ],
    })
  );
}

function regionText(region: GeoRegion, curator: LocaleMap, random: Random, nextChild: () => FictionalChild, members: GeneratedMember[]): string {
  const leader = random.int(0, region.units.length - 1);
  const code = AREA_CODES[region.id] ?? '7172';
  const subscriber = '0'.repeat(10 - code.length).replace(/(\d\d)(?=\d)/g, '$1 ');
  return toYamlText({
    region: region.id,
    maintainers: flow([`@myn-jasa/${region.id}`]),
    approved: {
      date: `${DATASET_SEASON}-05-20`,
      order: `№ ${random.int(100, 480)}-ө`,
      by: flow({ kk: `${region.name.kk} білім басқармасы`, ru: `Управление образования ${russianGenitive(region.name.ru!)}` }),
    },
    curator: {
      name: flow(curator),
      position: flow(CURATOR_POSITION),
      email: `info@${region.id}.example.kz`,
      phone: `+7 ${code} ${subscriber}`,
    },
    social: [
      flow({ network: 'instagram', url: `https://www.instagram.com/mynjasa_${region.id.replaceAll('-', '_')}`, followers: random.int(300, 9000), as_of: '2027-02-15' }),
      flow({ network: 'telegram', url: `https://t.me/mynjasa_${region.id.replaceAll('-', '_')}`, followers: random.int(100, 4000), as_of: '2027-02-15' }),
    ],
    // Exactly one regional member heads each city/district (rules.region_members_per_unit: 1).
    members: region.units.map((unit, i) => {
      const child = nextChild();
      members.push({ id: child.id, region: region.id, representation: region.id });
      const { since, consent, ...rest } = childMember(child, random, i === leader ? 'leader' : 'member');
      return { ...rest, heads: flow([unit.id]), consent, since };
    }),
  });
}

function unitText(
  regionId: string,
  unit: GeoUnit,
  random: Random,
  nextChild: () => FictionalChild,
  members: GeneratedMember[],
  [ruralMin, ruralMax]: [number, number],
): string {
  const rural = unit.rural ?? [];
  // Every member coordinates at least one rural representation, so there are never more members than those.
  const count = rural.length > 0 ? Math.min(rural.length, Math.max(3, Math.ceil(rural.length / 3))) : random.int(3, 6);
  const leader = random.int(0, count - 1);
  const unitMembers = Array.from({ length: count }, (_, i) => {
    const child = nextChild();
    members.push({ id: child.id, region: regionId, representation: `${regionId}/${unit.id}` });
    const { since, consent, ...rest } = childMember(child, random, i === leader ? 'leader' : 'member');
    const coordinates = rural.filter((_, j) => j % count === i).map((r) => r.id);
    return { ...rest, consent, since, ...(coordinates.length > 0 ? { coordinates: flow(coordinates) } : {}) };
  });
  return toYamlText({
    region: regionId,
    unit: unit.id,
    members: unitMembers,
    ...(rural.length > 0
      ? {
          rural: rural.map((place) => {
            const size = random.int(ruralMin, ruralMax);
            const ruralLeader = random.int(0, size - 1);
            return {
              id: place.id,
              members: Array.from({ length: size }, (_, i) => {
                const child = nextChild();
                members.push({ id: child.id, region: regionId, representation: `${regionId}/${unit.id}/${place.id}` });
                const { since: _since, ...member } = childMember(child, random, i === ruralLeader ? 'leader' : 'member');
                return flow(member);
              }),
            };
          }),
        }
      : {}),
  });
}

function eventText(index: number, organizer: Organizer, random: Random): { path: string; text: string; held?: HeldEvent } {
  const kind = random.pick(EVENT_KINDS);
  const topic = random.pick(TOPIC_IDS);
  const topics = random.chance(0.3) ? [...new Set([topic, random.pick(TOPIC_IDS)])] : [topic];
  const slug = `${kind.slug}-${topic}-${organizer.slugPart}-${pad(index, 4)}`;
  const path = `events/${DATASET_SEASON}/${slug}.mdx`;

  // 15 % before DATASET_NOW (held), 25 % in spring, 60 % in the summer holidays.
  const phase = random.next();
  const date =
    phase < 0.15 ? randomDate(random, '2027-01-11', '2027-02-27') : phase < 0.4 ? randomDate(random, '2027-03-04', '2027-05-31') : randomDate(random, '2027-06-01', '2027-08-31');
  const startMinutes = random.int(20, 35) * 30;
  const endMinutes = startMinutes + random.pick([60, 90, 120, 180]);
  const time = (minutes: number): string => `${date}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}:00+05:00`;
  const start = time(startMinutes);
  const end = time(endMinutes);

  const format = random.pick(['online', 'online', 'offline', 'offline', 'hybrid'] as const);
  const platform = random.pick(PLATFORMS);
  const venue = random.pick(VENUES);
  const place = { kk: `${organizer.name.kk}, ${venue.kk}`, ru: `${organizer.name.ru}, ${venue.ru}` };
  const from = random.int(5, 8);
  const to = random.int(from + 2, 11);
  const lang = random.chance(0.6) ? ('kk' as const) : ('ru' as const);
  const topicName = TOPICS[topic]!;
  const baseTitle = kind.title(topicName);
  const title = organizer.id === 'national' ? baseTitle : { kk: `${baseTitle.kk} — ${organizer.name.kk}`, ru: `${baseTitle.ru} — ${organizer.name.ru}` };
  const summary = {
    kk: `${from}–${to} сынып оқушыларына арналған ${kind.noun.kk}: ${topicName.kk.toLowerCase()} және командалық тапсырмалар.`,
    ru: `${kind.noun.ru} для школьников ${from}–${to} классов: ${topicName.ru.toLowerCase()} и командные задания.`,
  };
  const isHeld = Date.parse(end) < NOW_MS;
  const registration = random.chance(0.5)
    ? flow({ url: `https://myn-jasa.example.kz/join/${DATASET_SEASON}/${slug}`, deadline: addDays(date, -random.int(1, 5)) })
    : undefined;

  const frontmatter = toYamlText({
    title: flow(title),
    summary: flow(summary),
    start,
    end,
    format,
    online: format === 'offline' ? undefined : flow({ platform: platform.platform, url: `https://${platform.host}/${slug}` }),
    place: format === 'online' ? undefined : flow(place),
    organizer: organizer.id,
    audience: flow({ grades: flow([from, to]) }),
    topics: flow(topics),
    registration,
    status: isHeld ? 'held' : 'planned',
    results: isHeld ? flow({ participants: random.int(12, 420), reported: minDate(addDays(date, random.int(1, 7)), NOW_DATE) }) : undefined,
    lang,
  });
  const body = eventBody(lang, topicName[lang], { from, to }, format, place[lang]);
  return {
    path,
    text: `---\n${frontmatter}---\n\n${body}`,
    ...(isHeld ? { held: { path: `${DATASET_SEASON}/${slug}`, title, endDate: date, organizer } } : {}),
  };
}

/** A short Markdown body in the event's language: what happens and how to join. */
function eventBody(lang: 'kk' | 'ru', topic: string, grades: { from: number; to: number }, format: string, place: string): string {
  if (lang === 'kk') {
    const where =
      format === 'online'
        ? 'Іс-шара онлайн өтеді: сілтеме басталардан бір күн бұрын жарияланады.'
        : `Өтетін орны: ${place}.${format === 'hybrid' ? ' Онлайн қосылуға да болады.' : ''}`;
    return `Қатысушылар «${topic}» тақырыбы бойынша жобаларын таныстырып, тәжірибе алмасады.

- Танысу және командалық тапсырмалар
- Қорытынды және алғыс хаттар

${grades.from}–${grades.to} сынып оқушыларына арналған, қатысу тегін. ${where}
`;
  }
  const where =
    format === 'online'
      ? 'Проходит онлайн: ссылка появится за день до начала.'
      : `Место: ${place}.${format === 'hybrid' ? ' Можно подключиться и онлайн.' : ''}`;
  return `Участники представят проекты по теме «${topic}» и обменяются опытом.

- Знакомство и командные задания
- Итоги и благодарственные письма

Для школьников ${grades.from}–${grades.to} классов, участие бесплатное. ${where}
`;
}

type AwardDraft = ReturnType<typeof draftAwards>[number];

/** The year's awards, in the order of their numbers (by date of issue). */
function draftAwards(count: number, members: GeneratedMember[], held: HeldEvent[], curators: Map<string, LocaleMap>, random: Random) {
  if (count > 0 && members.length === 0) throw new Error('awards need members: select at least one region');
  const drafts = Array.from({ length: count }, (_, i) => {
    const member = random.pick(members);
    const kind = random.pick(['diploma', 'certificate', 'certificate', 'thanks'] as const);
    const event = held.length > 0 && random.chance(0.6) ? random.pick(held) : undefined;
    const date = event ? minDate(addDays(event.endDate, random.int(1, 10)), NOW_DATE) : randomDate(random, '2027-01-11', NOW_DATE);
    const reason = event
      ? { kk: `Іс-шараға белсенді қатысқаны үшін: ${event.title.kk}`, ru: `За активное участие в мероприятии: ${event.title.ru}` }
      : kind === 'thanks'
        ? { kk: '«Мың жаса!» қозғалысына қосқан үлесі үшін', ru: 'За вклад в движение «Мың жаса!»' }
        : { kk: 'Еріктілер жобасын ұйымдастырғаны үшін', ru: 'За организацию волонтёрского проекта' };
    const signedBy =
      event?.organizer.id === 'national' || !curators.has(member.region)
        ? NATIONAL_SIGNATORY
        : { name: curators.get(member.region)!, position: CURATOR_POSITION };
    return { order: i, member: member.id, kind, reason, event: event?.path, date, signedBy };
  });
  // Certificate numbers follow the date of issue, as a register would.
  return drafts.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
}

/**
 * The awards file. An award "for organising a volunteer project" (no event, not a letter of
 * thanks) names the project its member is on the team of, when there is one: valid by construction.
 */
function awardsText(drafts: readonly AwardDraft[], projectOf: ReadonlyMap<string, string>): string {
  return toYamlText(
    drafts.map((award, i) => ({
      id: `${DATASET_SEASON}-${pad(i + 1, 6)}`,
      member: award.member,
      kind: award.kind,
      reason: flow(award.reason),
      event: award.event,
      project: award.event || award.kind === 'thanks' ? undefined : projectOf.get(award.member),
      date: award.date,
      signed_by: flow({ name: flow(award.signedBy.name), position: flow(award.signedBy.position) }),
    })),
  );
}

/** Removes a previous run's tree; refuses any folder this generator did not create. */
export function prepareOutput(contentRoot: string, marker: string): void {
  if (existsSync(contentRoot) && readdirSync(contentRoot).length > 0) {
    if (!existsSync(marker)) throw new Error(`${contentRoot} is not empty and was not generated here; choose an empty folder`);
    rmSync(contentRoot, { recursive: true, force: true });
  }
  mkdirSync(contentRoot, { recursive: true });
  writeFileSync(marker, `A generated national dataset lives in ${contentRoot}; it is rewritten on each run.\n`);
}
