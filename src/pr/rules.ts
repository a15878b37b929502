/**
 * The pull-request rules: what may change, and when, given the season's deadlines. They run
 * on top of `validate` (which checks the head tree on its own) and see what `validate` cannot:
 * the base tree and the difference. Same vocabulary as the validator's families (stable ids,
 * kk/ru/en messages that say what to change, findings located by data path).
 */
import type { SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Movement } from '../content/schema.ts';
import type { Finding, Params, Rule } from '../rules/types.ts';
import { isNewApproval, type Changes, type EventChange, type RegionChange } from './changes.ts';
import { DAY_MS, deadlinePassed, kazakhstanDateTime } from '../season/calendar.ts';
import { isNamesFile, isPrivateFile } from './committed-files.ts';

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
];

export const PR_RULES: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

export interface PullRequestContext {
  base: Content;
  head: Content;
  changes: Changes;
  now: Date;
  /** Files git tracks, as display paths: committed private data is caught wherever it lies. */
  tracked: string[];
}

/** Runs every pull-request rule. */
export function checkPullRequest(context: PullRequestContext): Finding[] {
  const movement = seasonRules(context.base, context.head);
  const findings: Finding[] = [];
  if (movement) {
    for (const change of context.changes.regionChanges) findings.push(...checkRegion(change, movement, context));
    for (const change of context.changes.events) findings.push(...checkEvent(change, movement, context.now));
  }
  findings.push(...checkSeveralRegions(context));
  findings.push(...checkCommittedFiles(context.tracked));
  return findings;
}

/**
 * The deadlines and rules to hold the change to: the base's, so a pull request cannot relax its
 * own checks by editing movement.yaml — unless it opens a new season, whose rules then apply.
 */
function seasonRules(base: Content, head: Content): Movement | undefined {
  const b = base.movement?.data;
  const h = head.movement?.data;
  if (b && h && h.season !== b.season) return h;
  return b ?? h;
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

function checkSeveralRegions(context: PullRequestContext): Finding[] {
  const { regions, files } = context.changes;
  if (regions.length < 2) return [];
  const all = [...context.head.tree.files, ...context.base.tree.files];
  const first = all.find((f) => files.includes(f.path) && f.place?.region && f.place.kind !== 'event');
  return first ? [{ rule: 'pr-several-regions', file: first, params: { regions: regions.join(', ') } }] : [];
}

function checkCommittedFiles(tracked: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const path of tracked) {
    const rule = isPrivateFile(path) ? 'pr-private-file' : isNamesFile(path) ? 'pr-names-file' : undefined;
    if (rule) findings.push({ rule, file: outsideFile(path), position: { line: 1, column: 1 } });
  }
  return findings;
}

/** A stand-in for a file outside content/: its text is never read (it may be private data). */
function outsideFile(path: string): SourceFile {
  return { path, relative: path, place: undefined, text: '', yaml: { text: '', offset: 0, line: 1 }, data: undefined };
}
