/**
 * Rule family `projects`: a children's social project (`projects/<region>/<slug>.mdx`) points at
 * things that exist — its representation, topics, team members and events — its team belongs to
 * the representation that runs it, a hidden member's name is never written in it, and its body
 * tells another representation how to repeat it. A project in a file that failed its schema is
 * not checked here (its schema errors come first).
 */
import type { Content, ProjectEntry } from '../content/model.ts';
import { eventId } from '../content/layout.ts';
import { consentedName } from '../site/members.ts';
import { rosterIsComplete, rosterOf, type MemberPlace } from './roster.ts';
import { fieldPath, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

const p = (x: Params) => String(x['path']);

/** The heading that opens a body's "how to repeat it" section, in each language; `new:project` writes it. */
export const HOW_TO_REPEAT_HEADINGS = { kk: 'Қалай қайталауға болады', ru: 'Как повторить', en: 'How to repeat' } as const;
/** A `##` or `###` heading in any of those languages. */
export const HOW_TO_REPEAT = new RegExp(`^#{2,3}[ \\t]+(${Object.values(HOW_TO_REPEAT_HEADINGS).join('|')})`, 'imu');

export const rules: Rule[] = [
  {
    id: 'project-representation-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `representation: «${x['representation']}» деген өкілдік жоқ. <өңір>, <өңір>/<аудан> немесе <өңір>/<аудан>/<ауыл> деп representations/ ішіндегі файлдардың id-лерімен жазыңыз.`,
      ru: (x) => `representation: представительства «${x['representation']}» нет. Укажите <регион>, <регион>/<район> или <регион>/<район>/<село> с id из файлов в representations/.`,
      en: (x) => `representation: there is no representation «${x['representation']}». Write <region>, <region>/<unit> or <region>/<unit>/<rural> with ids from the files in representations/.`,
    },
  },
  {
    id: 'project-region-mismatch',
    severity: 'error',
    messages: {
      kk: (x) => `representation өңірі жоба тұрған қалтамен бірдей болуы керек: «${x['expected']}». Өрісті түзетіңіз немесе файлды projects/<өңір>/ қалтасына жылжытыңыз.`,
      ru: (x) => `Регион в representation должен совпадать с папкой проекта: «${x['expected']}». Исправьте поле или перенесите файл в папку projects/<регион>/.`,
      en: (x) => `The region of representation must equal the project's folder: «${x['expected']}». Fix the field or move the file to projects/<region>/.`,
    },
  },
  {
    id: 'project-member-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мұндай id-мен мүше ешбір өкілдікте жоқ. Мүшенің id-ін representations/ ішіндегі тізімнен дәл көшіріп жазыңыз.`,
      ru: (x) => `${p(x)}: участника с таким id нет ни в одном представительстве. Скопируйте id участника точно из списков в representations/.`,
      en: (x) => `${p(x)}: no representation has a member with this id. Copy the member's id exactly from the lists in representations/.`,
    },
  },
  {
    id: 'project-member-outside',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: бұл мүше «${x['representation']}» өкілдігінде де, оның аудандары мен ауылдарында да жоқ. Жоба беті оны осы өкілдікпен байланыстырып жариялар еді: мүшені командадан алып тастаңыз немесе representation өрісін түзетіңіз.`,
      ru: (x) => `${p(x)}: этого участника нет ни в представительстве «${x['representation']}», ни в его районах и сёлах. Страница проекта связала бы его с этим представительством: уберите его из команды или исправьте поле representation.`,
      en: (x) => `${p(x)}: this member belongs neither to the representation «${x['representation']}» nor to its units and villages. The project page would tie them to it publicly: remove them from the team or fix the representation field.`,
    },
  },
  {
    id: 'project-member-duplicate',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: бұл мүше командада жоғарыда бар. Қайталанған жолды өшіріңіз.`,
      ru: (x) => `${p(x)}: этот участник уже есть выше в команде. Удалите повтор.`,
      en: (x) => `${p(x)}: this member is already listed above in the team. Delete the repeat.`,
    },
  },
  {
    id: 'project-hidden-member-named',
    severity: 'error',
    sensitive: true,
    messages: {
      kk: (x) => `${p(x)}: мұнда командадағы мүшенің аты жазылған, ал оның ата-анасы атын көрсетуге келісім бермеген (consent.name: hidden). Атын өшіріңіз: сайт мұндай мүшені тек санайды.`,
      ru: (x) => `${p(x)}: здесь написано имя участника команды, чьи родители не дали согласия его показывать (consent.name: hidden). Уберите имя: сайт таких участников только считает.`,
      en: (x) => `${p(x)}: this names a team member whose parents did not consent to showing the name (consent.name: hidden). Remove the name: the site only counts such members.`,
    },
  },
  {
    id: 'project-event-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['event']}» деген іс-шара жоқ (content/events/${x['event']}.mdx табылмады). <жыл>/<slug> сілтемесін тексеріңіз немесе оны өшіріңіз.`,
      ru: (x) => `${p(x)}: мероприятия «${x['event']}» нет (не найден content/events/${x['event']}.mdx). Проверьте ссылку <год>/<slug> или удалите её.`,
      en: (x) => `${p(x)}: there is no event «${x['event']}» (content/events/${x['event']}.mdx not found). Check the <year>/<slug> reference or remove it.`,
    },
  },
  {
    id: 'project-how-to-repeat',
    severity: 'error',
    messages: {
      kk: () => 'Жобаның мәтінінде «## Қалай қайталауға болады» бөлімі жоқ. Осындай тақырыппен бөлім қосып, басқа өкілдік жобаны қалай қайталай алатынын қадаммен жазыңыз.',
      ru: () => 'В тексте проекта нет раздела «## Как повторить». Добавьте раздел с таким заголовком и по шагам опишите, как другое представительство может повторить проект.',
      en: () => 'The project text has no «## How to repeat» section. Add a section with that heading and describe step by step how another representation can repeat the project.',
    },
  },
];

/** Where a member sits: `<region>`, `<region>/<unit>` or `<region>/<unit>/<rural>`, as `representation` writes it. */
function representationOf({ file, path }: MemberPlace, content: Content): string {
  const place = file.place!;
  if (place.kind === 'region') return place.region!;
  const unit = `${place.region}/${place.unit}`;
  if (path[0] !== 'rural') return unit;
  const data = content.units.find((u) => u.file === file)?.data;
  return `${unit}/${data?.rural?.[path[1] as number]?.id}`;
}

/** Every representation that exists: regions, units and their rural representations, by id. */
function knownRepresentations(content: Content): Set<string> {
  const known = new Set<string>(content.regions.keys());
  for (const { region, unit, data } of content.units) {
    known.add(`${region}/${unit}`);
    for (const rural of data.rural ?? []) known.add(`${region}/${unit}/${rural.id}`);
  }
  return known;
}

/** Where `text` (a front-matter value or the body) names `name`: the character offset into the file, or undefined. */
function nameOffset(project: ProjectEntry, name: string): { path?: (string | number)[]; offset?: number } | undefined {
  for (const field of ['title', 'summary'] as const) {
    for (const [lang, text] of Object.entries(project.data[field])) if (text?.includes(name)) return { path: [field, lang] };
  }
  const body = project.file.body;
  const at = body?.text.indexOf(name) ?? -1;
  return at >= 0 ? { offset: body!.offset + at } : undefined;
}

function projectFindings(project: ProjectEntry, content: Content, context: { known: Set<string>; topics: Set<string> | undefined; events: Set<string>; members: Map<string, MemberPlace> | undefined }): Finding[] {
  const { file, data } = project;
  const findings: Finding[] = [];
  const region = data.representation.split('/')[0]!;
  if (region !== project.region) findings.push({ rule: 'project-region-mismatch', file, path: ['representation'], params: { expected: project.region } });
  else if (!context.known.has(data.representation)) findings.push({ rule: 'project-representation-unknown', file, path: ['representation'], params: { representation: data.representation } });
  if (context.topics) {
    data.topics.forEach((topic, i) => {
      if (context.topics!.has(topic)) return;
      const path = ['topics', i];
      findings.push({ rule: 'topic-unknown', file, path, params: { path: fieldPath(path), topic, known: [...context.topics!].join(', ') } });
    });
  }
  const eventRefs: (string | number)[][] = (data.results.events ?? []).map((_, i) => ['results', 'events', i]);
  if (data.promoted) eventRefs.push(['promoted', 'event']);
  for (const path of eventRefs) {
    const event = path[0] === 'promoted' ? data.promoted!.event : data.results.events![path[2] as number]!;
    if (!context.events.has(event)) findings.push({ rule: 'project-event-unknown', file, path, params: { path: fieldPath(path), event } });
  }
  const seen = new Set<string>();
  data.team.forEach((id, i) => {
    const path = ['team', i];
    if (seen.has(id)) {
      findings.push({ rule: 'project-member-duplicate', file, path, params: { path: fieldPath(path) } });
      return;
    }
    seen.add(id);
    if (!context.members) return;
    const place = context.members.get(id);
    if (!place) {
      findings.push({ rule: 'project-member-unknown', file, path, params: { path: fieldPath(path) } });
      return;
    }
    const where = representationOf(place, content);
    if (where !== data.representation && !where.startsWith(`${data.representation}/`)) {
      findings.push({ rule: 'project-member-outside', file, path, params: { path: fieldPath(path), representation: data.representation } });
    }
    if (place.member.consent.name === 'hidden') {
      const named = nameOffset(project, consentedName(place.member));
      if (named) findings.push({ rule: 'project-hidden-member-named', file, ...named, params: { path: named.path ? fieldPath(named.path) : 'body' } });
    }
  });
  if (!HOW_TO_REPEAT.test(file.body?.text ?? '')) findings.push({ rule: 'project-how-to-repeat', file, offset: file.body?.offset ?? 0 });
  return findings;
}

export const family: RuleFamily = {
  name: 'projects',
  rules,
  check({ content }) {
    if (content.projects.length === 0) return [];
    const context = {
      known: knownRepresentations(content),
      topics: content.movement ? new Set(Object.keys(content.movement.data.topics)) : undefined,
      events: new Set(content.tree.files.filter((f) => f.place?.kind === 'event').map((f) => eventId(f.place!))),
      // Members are checked only when every representation file passed its schema (no false alarms).
      members: rosterIsComplete(content) ? new Map(rosterOf(content).map((place) => [place.member.id, place] as const)) : undefined,
    };
    return content.projects.flatMap((project) => projectFindings(project, content, context));
  },
};
