/**
 * The pull-request rules: what may change, and when, given the season's deadlines. They run
 * on top of `validate` (which checks the head tree on its own) and see what `validate` cannot:
 * the base tree and the difference. Same vocabulary as the validator's families (stable ids,
 * kk/ru/en messages that say what to change, findings located by data path).
 */
import type { SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Movement } from '../content/schema.ts';
import type { Finding, Params, Rule, RuleFamily } from '../rules/types.ts';
import { isNewApproval, sameValue, type Changes, type EventChange, type RegionChange } from './changes.ts';
import { DAY_MS, deadlinePassed, kazakhstanDate, kazakhstanDateTime } from '../season/calendar.ts';
import { dataFileType, fileType, isNamesFile, isPrivateFile, isRepositoryFileType } from './committed-files.ts';

const field = (x: Params) => String(x['field']);

export const rules: Rule[] = [
  {
    id: 'pr-members-need-approval',
    severity: 'error',
    messages: {
      kk: (x) => `Өңірлік өкілдік құрамы ${x['deadline']} дейін бекітілген, ал бұл өзгеріс мүшелерді өзгертеді. Білім басқармасының жаңа бұйрығын approved блогына жазыңыз: кейінгі күн (date) мен жаңа нөмір (order).`,
      ru: (x) => `Состав регионального представительства утверждается до ${x['deadline']}, а это изменение меняет его участников. Запишите новый приказ управления образования в блок approved: более позднюю дату (date) и новый номер (order).`,
      en: (x) => `The regional composition is approved by ${x['deadline']}, and this change alters its members. Record the education department's new order in the approved block: a later date and a new order number.`,
    },
  },
  {
    id: 'pr-region-frozen',
    severity: 'error',
    messages: {
      kk: (x) => `Өңірлік өкілдіктердің тізімі Министрлікке ${x['deadline']} жіберілген, енді өңірлік деңгей тек қайта жіберу арқылы өзгереді. resubmissions тізіміне жаңа жазба қосыңыз: date (${x['deadline']} кейінгі күн), letter (хат нөмірі) және reason (себебі, kk мен ru).`,
      ru: (x) => `Список региональных представительств отправлен в Министерство ${x['deadline']}, теперь региональный уровень меняется только с повторной отправкой. Добавьте запись в resubmissions: date (дата после ${x['deadline']}), letter (номер письма) и reason (причина, kk и ru).`,
      en: (x) => `The list of regional representations went to the Ministry on ${x['deadline']}; the regional level now changes only with a resubmission. Add an entry to resubmissions: date (after ${x['deadline']}), letter (the letter's number) and reason (kk and ru).`,
    },
  },
  {
    id: 'pr-event-lead-time',
    severity: 'error',
    messages: {
      kk: (x) => `Жаңа іс-шара кемінде ${x['days']} күн бұрын жариялануы керек: басталуы (start) ${x['earliest']} немесе одан кейін болсын. Күнді ауыстырыңыз немесе ұлттық командамен келісіңіз.`,
      ru: (x) => `Новое мероприятие нужно публиковать не позже чем за ${x['days']} дн.: начало (start) должно быть ${x['earliest']} или позже. Перенесите дату или согласуйте с национальной командой.`,
      en: (x) => `A new event must be published at least ${x['days']} days ahead: start on ${x['earliest']} or later. Move the date or agree it with the national team.`,
    },
  },
  {
    id: 'pr-event-past-planned',
    severity: 'error',
    messages: {
      kk: () => 'Бұл іс-шараның басталу уақыты өтіп кеткен, оны жоспарланған (status: planned) деп қосуға болмайды. Өткен болса, status: held деп жазып, results қосыңыз; әйтпесе күнін түзетіңіз.',
      ru: () => 'Время начала этого мероприятия уже прошло, его нельзя добавить как запланированное (status: planned). Если оно состоялось, укажите status: held и добавьте results; иначе исправьте дату.',
      en: () => 'This event has already started, so it cannot be added as planned. If it took place, set status: held and add results; otherwise fix the date.',
    },
  },
  {
    id: 'pr-event-moved-to-past',
    severity: 'error',
    messages: {
      kk: () => 'Іс-шараның күнін өткен уақытқа ауыстыруға болмайды. Болашақтағы күнді жазыңыз немесе өтпей қалса, status: cancelled қойыңыз.',
      ru: () => 'Дату мероприятия нельзя переносить в прошлое. Укажите будущую дату или, если оно не состоится, поставьте status: cancelled.',
      en: () => 'An event cannot be moved into the past. Give a future date, or set status: cancelled if it will not take place.',
    },
  },
  {
    id: 'pr-event-deleted',
    severity: 'error',
    messages: {
      kk: () => 'Өткен немесе басталған іс-шараны жоюға болмайды: ол мұрағатта қалады. Файлды қайтарыңыз; өтпеген болса, status: cancelled деп жазыңыз.',
      ru: () => 'Прошедшее или уже начавшееся мероприятие нельзя удалить: оно остаётся в архиве. Верните файл; если оно не состоялось, укажите status: cancelled.',
      en: () => 'A held or past event cannot be deleted: it stays in the archive. Restore the file; if it did not take place, set status: cancelled.',
    },
  },
  {
    id: 'pr-event-past-changed',
    severity: 'error',
    messages: {
      kk: (x) => `Өткен іс-шараның тек нәтижелері (results) мен мәртебесі (planned → held не cancelled) өзгереді, ал «${field(x)}» өрісі өзгертілген. Бұрынғы мәнін қайтарыңыз.`,
      ru: (x) => `У прошедшего мероприятия меняются только итоги (results) и статус (planned → held или cancelled), а изменено поле «${field(x)}». Верните прежнее значение.`,
      en: (x) => `Only the results (and status planned → held or cancelled) of a past event may change, but «${field(x)}» was changed. Restore its previous value.`,
    },
  },
  {
    id: 'pr-event-old-results-changed',
    severity: 'warning',
    messages: {
      kk: (x) => `Бұл іс-шара ${x['days']} күннен астам бұрын аяқталған (${x['ended']}), ал оның нәтижелері (${field(x)}) өзгертілген. Бұл рұқсат етіледі, бірақ тексерушіге: жаңа сандарды растайтын құжатқа (хат, есеп) pull request сипаттамасында сілтеме беріңіз.`,
      ru: (x) => `Это мероприятие закончилось более ${x['days']} дн. назад (${x['ended']}), а его итоги (${field(x)}) изменены. Это допустимо, но для проверяющего: укажите в описании pull request документ (письмо, отчёт), подтверждающий новые числа.`,
      en: (x) => `This event ended more than ${x['days']} days ago (${x['ended']}) and its results (${field(x)}) were changed. That is allowed, but for the reviewer: name the document (letter, report) behind the new figures in the pull request's description.`,
    },
  },
  {
    id: 'pr-several-regions',
    severity: 'warning',
    messages: {
      kk: (x) => `Бұл өзгеріс бірнеше өңірдің файлдарына тиеді (${x['regions']}): әр өңірдің жауаптыларынан пікір сұралады. Мүмкін болса, әр өңірге бөлек pull request ашыңыз.`,
      ru: (x) => `Изменение затрагивает файлы нескольких регионов (${x['regions']}): потребуется одобрение ответственных каждого региона. По возможности откройте отдельный pull request на каждый регион.`,
      en: (x) => `This change touches files of several regions (${x['regions']}): reviewers from each region are asked. Where possible, open one pull request per region.`,
    },
  },
  {
    id: 'pr-private-file',
    severity: 'error',
    messages: {
      kk: () => 'private/ қалтасындағы файлдар репозиторийге жүктелмейді: репозиторий жария. Бұл файлды pull request-тен алып тастаңыз.',
      ru: () => 'Файлы из папки private/ нельзя добавлять в репозиторий: он публичный. Уберите этот файл из pull request.',
      en: () => 'Files under private/ must never be committed: the repository is public. Remove this file from the pull request.',
    },
  },
  {
    id: 'pr-names-file',
    severity: 'error',
    messages: {
      kk: () => 'Бұл — балалардың аты-жөні бар файлға ұқсайды (мысалы, сертификаттарға арналған). Ол репозиторийге жүктелмейді: файлды алып тастаңыз, оны тек жеке компьютерде --names арқылы беріңіз.',
      ru: () => 'Похоже на файл с именами детей (например, для сертификатов). Его нельзя добавлять в репозиторий: уберите файл и передавайте его только локально через --names.',
      en: () => 'This looks like a file of children\'s names (e.g. for certificates). It must never be committed: remove it and pass it only locally with --names.',
    },
  },
  {
    id: 'pr-data-file',
    severity: 'error',
    messages: {
      kk: (x) => `Бұл — ${x['type']} файлы (кесте, құжат, PDF, архив не сақтық көшірме): мұндай файлдарда балалардың деректері жүреді, ал репозиторий жария. Файлды pull request-тен алып тастаңыз (git rm --cached); деректерді content/ ішіндегі YAML файлдарына жазыңыз.`,
      ru: (x) => `Это файл типа ${x['type']} (таблица, документ, PDF, архив или резервная копия): в таких файлах переносят данные детей, а репозиторий публичный. Уберите файл из pull request (git rm --cached); данные вносите в YAML-файлы в content/.`,
      en: (x) => `This is a ${x['type']} file (a table, document, PDF, archive or backup): children's data travels in such files, and the repository is public. Remove it from the pull request (git rm --cached); put data into the YAML files under content/.`,
    },
  },
  {
    id: 'pr-file-type',
    severity: 'error',
    messages: {
      kk: (x) => `Репозиторийде ${x['type']} түріндегі файлдар сақталмайды: тек мазмұн (.yaml, .md, .mdx), код, құжаттама және сайттың суреттері мен қаріптері. Файлды pull request-тен алып тастаңыз.`,
      ru: (x) => `В репозитории не хранятся файлы типа ${x['type']}: только содержимое (.yaml, .md, .mdx), код, документация, изображения и шрифты сайта. Уберите файл из pull request.`,
      en: (x) => `The repository holds no files of type ${x['type']}: only content (.yaml, .md, .mdx), code, docs and the site's images and fonts. Remove the file from the pull request.`,
    },
  },
  {
    id: 'pr-season-change-alone',
    severity: 'error',
    messages: {
      kk: (x) => `movement.yaml ішінде маусым не оның мерзімдері (${x['field']}) өзгерген, ал бұл pull request тағы ${x['count']} файлды өзгертеді. Маусымды ауыстыру жеке pull request болуы керек: басқа файлдарды бөлек pull request-ке көшіріңіз (олар біріктірілгенге дейін бұрынғы маусымның ережелерімен тексеріледі).`,
      ru: (x) => `В movement.yaml изменены сезон или его сроки (${x['field']}), а этот pull request меняет ещё файлов: ${x['count']}. Смена сезона должна идти отдельным pull request: перенесите остальные файлы в другой pull request (до слияния они проверяются по правилам прежнего сезона).`,
      en: (x) => `movement.yaml changes the season or its deadlines (${x['field']}), and this pull request changes ${x['count']} other file(s). A season change must come alone: move the other files to another pull request (until it is merged they are judged by the previous season's rules).`,
    },
  },
];

export const PR_RULES: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

/**
 * The pull-request rules as a family of the rule registry (`src/rules/index.ts`): listed in
 * docs/content-reference.md and held to the registry's tests like every other rule. It has no
 * `check`: only `check:pr` can run it, on the base, the head and their difference (`checkPullRequest`).
 */
export const family: RuleFamily = { name: 'pull-request', rules };

/**
 * How long after its end an event's results may be corrected without a reviewer's attention
 * (`pr-event-old-results-changed`): a late report lands within weeks; a change months later
 * (participants 140 → 999) is worth a second look.
 */
export const OLD_RESULTS_DAYS = 60;

export interface PullRequestContext {
  base: Content;
  head: Content;
  changes: Changes;
  now: Date;
  /** Files git tracks, as display paths: committed private data is caught wherever it lies. */
  tracked: string[];
  /** Files the pull request adds, changes or deletes anywhere in the repository (display paths). */
  touched: string[];
  /** The touched files the head still holds (added or changed). */
  present: string[];
}

/** Runs every pull-request rule. */
export function checkPullRequest(context: PullRequestContext): Finding[] {
  const movement = (context.base.movement ?? context.head.movement)?.data;
  const findings: Finding[] = [];
  if (movement) {
    for (const change of context.changes.regionChanges) findings.push(...checkRegion(change, movement, context));
    for (const change of context.changes.events) findings.push(...checkEvent(change, movement, context.now));
  }
  for (const change of context.changes.events) findings.push(...checkOldResults(change, context.now));
  findings.push(...checkSeveralRegions(context));
  findings.push(...checkSeasonChange(context));
  findings.push(...checkCommittedFiles(context.tracked, context.present));
  return findings;
}

/** The parts of movement.yaml that make the season's schedule. */
const SEASON_FIELDS = ['season', 'deadlines', 'summer'] as const;

/**
 * A new season (or moved deadlines) must be merged on its own. The deadlines and rules every
 * other change is held to are the base's (`(base ?? head).movement` above, and `check.ts` for
 * validate's season families), so a pull request cannot relax its own checks by editing
 * movement.yaml; this rule keeps a season change from riding along with the changes it would judge.
 */
function checkSeasonChange(context: PullRequestContext): Finding[] {
  const before = context.base.movement?.data;
  const after = context.head.movement;
  if (!before || !after) return [];
  const fields = SEASON_FIELDS.filter((key) => !sameValue(before[key], after.data[key]));
  const others = context.touched.filter((path) => path !== after.file.path);
  if (fields.length === 0 || others.length === 0) return [];
  return [{ rule: 'pr-season-change-alone', file: after.file, path: [fields[0]!], at: 'key', params: { field: fields.join(', '), count: others.length } }];
}

function checkRegion(change: RegionChange, movement: Movement, context: PullRequestContext): Finding[] {
  const { composition_approved: approvedBy, ministry_list: listBy } = movement.deadlines;
  const findings: Finding[] = [];
  const where = regionLocation(change, context);
  if (change.membersChanged && deadlinePassed(approvedBy, context.now) && !isNewApproval(change.base?.data.approved, change.head?.data.approved)) {
    findings.push({ rule: 'pr-members-need-approval', ...where, params: { deadline: approvedBy } });
  }
  const frozenChanged = change.membersChanged || change.approvalChanged;
  const resubmitted = change.newResubmissions.some((r) => r.date > listBy);
  if (frozenChanged && deadlinePassed(listBy, context.now) && !resubmitted) {
    findings.push({ rule: 'pr-region-frozen', ...where, params: { deadline: listBy } });
  }
  return findings;
}

/** Where a region's problem shows: its first added or changed member, else its members list. */
function regionLocation(change: RegionChange, context: PullRequestContext): Pick<Finding, 'file' | 'path' | 'at'> {
  if (!change.head) return { file: change.base!.file };
  const roster = context.changes.representations.find((r) => r.level === 'region' && r.region === change.region);
  const first = roster && [...roster.added, ...roster.changed].sort((a, b) => Number(a.path[1]) - Number(b.path[1]))[0];
  if (first) return { file: change.head.file, path: first.path };
  if (change.membersChanged) return { file: change.head.file, path: ['members'], at: 'key' };
  return { file: change.head.file, path: ['approved'], at: 'key' };
}

/**
 * Whether a new planned event starting at `start` may be filed at `now`: not in the past, and at
 * least `leadDays` ahead. Shared by check:pr and `new:event` (which warns as it writes the file).
 */
export function newEventTiming(start: Date, now: Date, leadDays: number): Pick<Finding, 'rule' | 'params'> | undefined {
  if (start.getTime() <= now.getTime()) return { rule: 'pr-event-past-planned' };
  const earliest = new Date(now.getTime() + leadDays * DAY_MS);
  if (start.getTime() < earliest.getTime()) return { rule: 'pr-event-lead-time', params: { days: leadDays, earliest: kazakhstanDateTime(earliest) } };
  return undefined;
}

function checkEvent(change: EventChange, movement: Movement, now: Date): Finding[] {
  const findings: Finding[] = [];
  if (change.kind === 'added') {
    const { file, data } = change.head!;
    if (data.status !== 'planned') return findings;
    const timing = newEventTiming(data.start, now, movement.rules.event_lead_days);
    if (timing) findings.push({ ...timing, file, path: ['start'] });
    return findings;
  }
  const before = change.base!.data;
  const past = before.status === 'held' || before.start.getTime() <= now.getTime();
  if (change.kind === 'deleted') {
    if (past) findings.push({ rule: 'pr-event-deleted', file: change.base!.file, path: ['status'] });
    return findings;
  }
  const { file, data: after } = change.head!;
  if (past) {
    for (const name of change.fields) {
      if (name === 'results') continue;
      if (name === 'status' && before.status === 'planned' && after.status !== 'planned') continue;
      findings.push({ rule: 'pr-event-past-changed', file, path: [name], params: { field: name } });
    }
  } else if (change.fields.includes('start') && after.start.getTime() <= now.getTime()) {
    findings.push({ rule: 'pr-event-moved-to-past', file, path: ['start'] });
  }
  return findings;
}

/**
 * Results of an event that ended more than `OLD_RESULTS_DAYS` ago, changed (not reported for the
 * first time): allowed, but the reviewer is told. Located at the first changed results field;
 * the message names fields and the end date only, never the values.
 */
function checkOldResults(change: EventChange, now: Date): Finding[] {
  if (change.kind !== 'changed' || !change.fields.includes('results')) return [];
  const before = change.base!.data.results;
  const after = change.head!.data.results;
  if (!before) return [];
  const end = change.base!.data.end;
  if (now.getTime() - end.getTime() <= OLD_RESULTS_DAYS * DAY_MS) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after ?? {})])].sort();
  const changed = after ? keys.filter((key) => !sameValue(before[key as keyof typeof before], after[key as keyof typeof after])) : [];
  const names = changed.length ? changed.map((key) => `results.${key}`).join(', ') : 'results';
  // Removed results point at the event's frontmatter; changed ones at the first changed field.
  const where: Pick<Finding, 'path'> = changed.length ? { path: ['results', changed[0]!] } : {};
  return [{ rule: 'pr-event-old-results-changed', file: change.head!.file, ...where, params: { field: names, days: OLD_RESULTS_DAYS, ended: kazakhstanDate(end) } }];
}

function checkSeveralRegions(context: PullRequestContext): Finding[] {
  const { regions, files } = context.changes;
  if (regions.length < 2) return [];
  const all = [...context.head.tree.files, ...context.base.tree.files];
  const first = all.find((f) => files.includes(f.path) && f.place?.region && f.place.kind !== 'event');
  return first ? [{ rule: 'pr-several-regions', file: first, params: { regions: regions.join(', ') } }] : [];
}

/**
 * Private folders, names files and data files among every tracked file (a file committed before
 * stays an error until it is removed), and among the files the pull request adds or changes
 * (tracked or not yet); besides, a pull request may add or change only the repository's file types.
 */
function checkCommittedFiles(tracked: string[], present: string[]): Finding[] {
  const findings: Finding[] = [];
  const changed = new Set(present);
  for (const path of [...new Set([...tracked, ...present])].sort()) {
    const dataType = dataFileType(path);
    const finding = (rule: string, params?: Params): Finding => ({ rule, file: outsideFile(path), position: { line: 1, column: 1 }, ...(params && { params }) });
    if (isPrivateFile(path)) findings.push(finding('pr-private-file'));
    else if (isNamesFile(path)) findings.push(finding('pr-names-file'));
    else if (dataType) findings.push(finding('pr-data-file', { type: dataType === '~' ? '~' : `.${dataType}` }));
    else if (changed.has(path) && !isRepositoryFileType(path)) findings.push(finding('pr-file-type', { type: fileType(path) ? `.${fileType(path)}` : '—' }));
  }
  return findings;
}

/** A stand-in for a file outside content/: its text is never read (it may be private data). */
function outsideFile(path: string): SourceFile {
  return { path, relative: path, place: undefined, text: '', yaml: { text: '', offset: 0, line: 1 }, data: undefined };
}
