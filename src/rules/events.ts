/**
 * Rule family `events`: an event's fields agree with each other and with the calendar.
 * Times are compared as instants; dates (registration deadline, results report) are days in
 * Kazakhstan, compared with the Kazakhstan date of the event's start or end.
 *
 * The format decides which of `online` and `place` an event has: online needs a link, offline a
 * place, hybrid both. An offline event carrying a link (or an online one carrying a place) is an
 * error rather than a tolerated extra: the site and the calendar feeds would offer children a way
 * to join that does not exist, so either the format or the field is wrong.
 */
import type { EventEntry } from '../content/model.ts';
import type { EventData, Movement } from '../content/schema.ts';
import { addDays, endOfDay, kazakhstanDate, kazakhstanDateTime } from '../season/calendar.ts';
import { checkOfSections, type FileSection, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

export const rules: Rule[] = [
  {
    id: 'event-end-before-start',
    severity: 'error',
    messages: {
      kk: () => 'end: іс-шараның аяқталуы басталуынан (start) кейін болуы керек. Күн мен уақытты тексеріңіз.',
      ru: () => 'end: окончание мероприятия должно быть позже начала (start). Проверьте дату и время.',
      en: () => 'end: the event must end after it starts (start). Check the date and time.',
    },
  },
  {
    id: 'event-online-missing',
    severity: 'error',
    messages: {
      kk: (x) => `format: ${x['format']} — қосылу сілтемесі керек. online: { platform: ..., url: "https://..." } өрісін қосыңыз немесе format мәнін offline деп өзгертіңіз.`,
      ru: (x) => `format: ${x['format']} — нужна ссылка для подключения. Добавьте online: { platform: ..., url: "https://..." } или измените format на offline.`,
      en: (x) => `format: ${x['format']} needs a link to join. Add online: { platform: ..., url: "https://..." } or change format to offline.`,
    },
  },
  {
    id: 'event-place-missing',
    severity: 'error',
    messages: {
      kk: (x) => `format: ${x['format']} — өтетін орны керек. place: { kk: ..., ru: ... } өрісін қосыңыз немесе format мәнін online деп өзгертіңіз.`,
      ru: (x) => `format: ${x['format']} — нужно место проведения. Добавьте place: { kk: ..., ru: ... } или измените format на online.`,
      en: (x) => `format: ${x['format']} needs a place. Add place: { kk: ..., ru: ... } or change format to online.`,
    },
  },
  {
    id: 'event-online-unexpected',
    severity: 'error',
    messages: {
      kk: () => 'online: іс-шара тек офлайн өтеді (format: offline), бірақ қосылу сілтемесі берілген. Онлайн да өтсе, format: hybrid деп жазыңыз, әйтпесе online өрісін өшіріңіз.',
      ru: () => 'online: мероприятие только очное (format: offline), но указана ссылка для подключения. Если оно идёт и онлайн, укажите format: hybrid, иначе удалите поле online.',
      en: () => 'online: the event is offline only (format: offline) but has a link to join. If it is also online, write format: hybrid; otherwise remove online.',
    },
  },
  {
    id: 'event-place-unexpected',
    severity: 'error',
    messages: {
      kk: () => 'place: іс-шара тек онлайн өтеді (format: online), бірақ өтетін орны көрсетілген. Қатысушылар келе алатын болса, format: hybrid деп жазыңыз, әйтпесе place өрісін өшіріңіз.',
      ru: () => 'place: мероприятие только онлайн (format: online), но указано место проведения. Если участники могут прийти очно, укажите format: hybrid, иначе удалите поле place.',
      en: () => 'place: the event is online only (format: online) but has a place. If children can come in person, write format: hybrid; otherwise remove place.',
    },
  },
  {
    id: 'registration-after-start',
    severity: 'error',
    messages: {
      kk: (x) => `registration.deadline: тіркеу іс-шара басталатын күннен (${x['start']}) кешіктірілмей аяқталуы керек. ${x['start']} немесе одан ертерек күнді жазыңыз.`,
      ru: (x) => `registration.deadline: регистрация должна закончиться не позже дня начала мероприятия (${x['start']}). Укажите ${x['start']} или более раннюю дату.`,
      en: (x) => `registration.deadline: registration must close no later than the day the event starts (${x['start']}). Use ${x['start']} or an earlier date.`,
    },
  },
  {
    id: 'event-grades-out-of-range',
    severity: 'error',
    messages: {
      kk: (x) => `audience.grades: қозғалыс ${x['from']}–${x['to']} сынып оқушыларына арналған (movement.yaml, member_grades). Сыныптарды осы шекте жазыңыз.`,
      ru: (x) => `audience.grades: движение объединяет учеников ${x['from']}–${x['to']} классов (movement.yaml, member_grades). Укажите классы в этих пределах.`,
      en: (x) => `audience.grades: the movement is for pupils of grades ${x['from']}–${x['to']} (movement.yaml, member_grades). Keep the grades within that range.`,
    },
  },
  {
    id: 'results-missing',
    severity: 'warning',
    messages: {
      kk: (x) => `status: held — іс-шара өтті, бірақ нәтижесі жоқ: қатысушылар санын беру мерзімі (${x['due']}) өтті. results: { participants: ..., reported: ЖЖЖЖ-АА-КК } өрісін қосыңыз.`,
      ru: (x) => `status: held — мероприятие прошло, но итогов нет: число участников нужно было указать не позднее ${x['due']}. Добавьте results: { participants: ..., reported: ГГГГ-ММ-ДД }.`,
      en: (x) => `status: held — the event took place but has no results: the participant count was due by ${x['due']}. Add results: { participants: ..., reported: YYYY-MM-DD }.`,
    },
  },
  {
    id: 'held-in-future',
    severity: 'error',
    messages: {
      kk: (x) => `status: held — іс-шара әлі аяқталған жоқ (аяқталуы: ${x['end']}). Ол өткен соң ғана held деп белгілеңіз, оған дейін status: planned қалдырыңыз.`,
      ru: (x) => `status: held — мероприятие ещё не закончилось (окончание: ${x['end']}). Отмечайте held только после его окончания, а пока оставьте status: planned.`,
      en: (x) => `status: held — the event has not ended yet (it ends ${x['end']}). Mark it held only after it ends; until then keep status: planned.`,
    },
  },
  {
    id: 'planned-in-past',
    severity: 'warning',
    messages: {
      kk: (x) => `status: planned — іс-шара ${x['end']} аяқталған. Өткен болса, status: held деп белгілеп, results қосыңыз; өтпеген болса, status: cancelled деп жазыңыз.`,
      ru: (x) => `status: planned — мероприятие закончилось ${x['end']}. Если оно прошло, укажите status: held и добавьте results; если нет — status: cancelled.`,
      en: (x) => `status: planned — the event ended ${x['end']}. If it took place, set status: held and add results; if not, set status: cancelled.`,
    },
  },
  {
    id: 'results-not-held',
    severity: 'error',
    messages: {
      kk: (x) => `results: нәтиже тек өткен іс-шарада болады, ал мұнда status: ${x['status']}. status: held деп жазыңыз немесе results өрісін өшіріңіз.`,
      ru: (x) => `results: итоги бывают только у прошедшего мероприятия, а здесь status: ${x['status']}. Укажите status: held или удалите results.`,
      en: (x) => `results: only an event that took place has results, and this one has status: ${x['status']}. Set status: held or remove results.`,
    },
  },
  {
    id: 'event-year-mismatch',
    severity: 'warning',
    messages: {
      kk: (x) => `start: іс-шара ${x['start']} жылы басталады, ал файл events/${x['folder']}/ қалтасында тұр. Сайттағы мекенжайы мен марапаттардағы сілтеме осы қалтаның жылымен жасалады — файлды events/${x['start']}/ қалтасына көшіріңіз.`,
      ru: (x) => `start: мероприятие начинается в ${x['start']} году, а файл лежит в папке events/${x['folder']}/. Адрес на сайте и ссылки из наград строятся по году папки — перенесите файл в events/${x['start']}/.`,
      en: (x) => `start: the event starts in ${x['start']}, but the file is in events/${x['folder']}/. Its address on the site and in awards follows the folder's year — move the file to events/${x['start']}/.`,
    },
  },
  {
    id: 'results-before-end',
    severity: 'error',
    messages: {
      kk: (x) => `results.reported: нәтиже іс-шара аяқталмай тұрып (${x['end']}) берілмейді. Есеп берілген күнді тексеріңіз.`,
      ru: (x) => `results.reported: итоги не могут быть сданы раньше окончания мероприятия (${x['end']}). Проверьте дату отчёта.`,
      en: (x) => `results.reported: results cannot be reported before the event ends (${x['end']}). Check the report date.`,
    },
  },
];

/**
 * Whether `start:` or `end:` is written without its offset. js-yaml then reads it as UTC, five
 * hours off; the schema family's `datetime-offset` names the real mistake, so comparing the
 * shifted times here would only add a confusing second error.
 */
function lacksOffset(frontmatter: string): boolean {
  return /^(?:start|end):\s*["']?\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?["']?\s*(?:#.*)?$/m.test(frontmatter);
}

/** Fields that must agree with each other, whatever the date. */
function shapeFindings({ file, data }: Pick<EventEntry, 'file' | 'data'>, movement: MovementRules | undefined): Finding[] {
  const findings: Finding[] = [];
  if (data.end <= data.start && !lacksOffset(file.yaml.text)) findings.push({ rule: 'event-end-before-start', file, path: ['end'] });
  const params: Params = { format: data.format };
  if (data.format !== 'offline' && !data.online) findings.push({ rule: 'event-online-missing', file, path: ['format'], params });
  if (data.format !== 'online' && !data.place) findings.push({ rule: 'event-place-missing', file, path: ['format'], params });
  if (data.format === 'offline' && data.online) findings.push({ rule: 'event-online-unexpected', file, path: ['online'], at: 'key' });
  if (data.format === 'online' && data.place) findings.push({ rule: 'event-place-unexpected', file, path: ['place'], at: 'key' });
  if (data.registration && data.registration.deadline > kazakhstanDate(data.start)) {
    findings.push({ rule: 'registration-after-start', file, path: ['registration', 'deadline'], params: { start: kazakhstanDate(data.start) } });
  }
  if (movement) {
    const [from, to] = movement.member_grades;
    const [low, high] = data.audience.grades;
    if (low < from || high > to) findings.push({ rule: 'event-grades-out-of-range', file, path: ['audience', 'grades'], params: { from, to } });
  }
  if (data.results && data.status !== 'held') findings.push({ rule: 'results-not-held', file, path: ['results'], at: 'key', params: { status: data.status } });
  if (data.results && data.results.reported < kazakhstanDate(data.end)) {
    findings.push({ rule: 'results-before-end', file, path: ['results', 'reported'], params: { end: kazakhstanDateTime(data.end) } });
  }
  return findings;
}

/** An event is filed under the year it starts in (Kazakhstan time): its URL and award references use that year. */
function yearFindings({ file, data, year }: Pick<EventEntry, 'file' | 'data' | 'year'>): Finding[] {
  const start = Number(kazakhstanDate(data.start).slice(0, 4));
  return start === year ? [] : [{ rule: 'event-year-mismatch', file, path: ['start'], params: { start, folder: year } }];
}

/** The status against "now": held only after the end, results due, planned events left behind. */
function statusFindings({ file, data }: Pick<EventEntry, 'file' | 'data'>, movement: MovementRules | undefined, now: Date): Finding[] {
  if (data.status === 'held' && data.end > now) return [{ rule: 'held-in-future', file, path: ['status'], params: { end: kazakhstanDateTime(data.end) } }];
  if (data.status === 'planned' && data.end < now) return [{ rule: 'planned-in-past', file, path: ['status'], params: { end: kazakhstanDateTime(data.end) } }];
  if (data.status === 'held' && !data.results && movement) {
    // Due by the end of the day `results_due_days` after the event's last day.
    const due = addDays(kazakhstanDate(data.end), movement.results_due_days);
    if (now > endOfDay(due)) return [{ rule: 'results-missing', file, path: ['status'], params: { due } }];
  }
  return [];
}

/** What an event's checks take of movement.yaml. */
type MovementRules = Pick<Movement['rules'], 'member_grades' | 'results_due_days'>;

/**
 * Each event on its own against movement.yaml's rules and now (a file section: after one event's
 * edit, the validate cache checks that event alone while the rules and now are unchanged).
 */
const eachEvent: FileSection<{ movement: MovementRules | undefined; now: number }> = {
  parts: ['events'],
  shared({ content, now }) {
    const rules = content.movement?.data.rules;
    return { movement: rules && { member_grades: rules.member_grades, results_due_days: rules.results_due_days }, now: now.getTime() };
  },
  check(file, data, { movement, now }) {
    const event = { file, data: data as EventData, year: file.place!.year! };
    return [...shapeFindings(event, movement), ...statusFindings(event, movement, new Date(now)), ...yearFindings(event)];
  },
};

const sections = { events: eachEvent as FileSection };

export const family: RuleFamily = { name: 'events', rules, sections, check: checkOfSections(sections) };
