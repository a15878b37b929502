/** The words of `npm run status`, one key set per language. */
import type { Locale } from '../content/schema.ts';
import type { Deadline, RegionReadiness } from '../reports/readiness.ts';

export interface StatusStrings {
  title: (season: number) => string;
  today: (date: string) => string;
  deadlines: Record<Deadline['id'], string>;
  daysLeft: (days: number) => string;
  columns: [region: string, state: string, approved: string, headed: string, units: string, rural: string, events: string, participants: string, errors: string];
  states: Record<RegionReadiness['state'], string>;
  notApproved: string;
  late: string;
  earlierSeason: string;
  resubmitted: (n: number) => string;
  missingResults: (n: number) => string;
  total: string;
  legend: string;
}

export const STATUS_STRINGS: Record<Locale, StatusStrings> = {
  kk: {
    title: (s) => `«Мың жаса!» ${s} маусымы: өңірлердің дайындығы`,
    today: (d) => `Бүгін: ${d} (Қазақстан уақыты).`,
    deadlines: { composition_approved: 'Өңірлік өкілдіктер құрамын бекіту', ministry_list: 'Онлайн өкілдіктер тізімін Министрлікке жіберу' },
    daysLeft: (n) => (n > 0 ? `${n} күн қалды` : n === 0 ? 'бүгін' : `${-n} күн бұрын өтті`),
    columns: ['Өңір', 'Күйі', 'Құрам бекітілді', 'Қала/аудан басшылары', 'Аудандық өкілдіктер', 'Ауылдық өкілдіктер', 'Іс-шаралар: жоспар / өтті / тоқтатылды', 'Қатысушылар', 'Қателер'],
    states: { ready: '✅ дайын', 'in-progress': '🟡 жұмыс үстінде', 'not-started': '⚪ басталмаған' },
    notApproved: 'жоқ',
    late: 'мерзімнен кеш',
    earlierSeason: 'өткен маусымның бұйрығы',
    resubmitted: (n) => `қайта жіберілді: ${n}`,
    missingResults: (n) => `${n} нәтижесіз`,
    total: 'Барлығы',
    legend: 'Қала/аудан басшылары — қала немесе ауданды басқаратын өңірлік мүшелер саны / өңірдегі қала мен аудан саны. Ауылдық өкілдіктер — мүшелері бар ауылдық өкілдіктер / географиядағы ауылдық округтер, ауылдар мен кенттер.',
  },
  ru: {
    title: (s) => `«Мың жаса!», сезон ${s}: готовность регионов`,
    today: (d) => `Сегодня: ${d} (время Казахстана).`,
    deadlines: { composition_approved: 'Утверждение составов региональных представительств', ministry_list: 'Отправка списка онлайн-представительств в Министерство' },
    daysLeft: (n) => (n > 0 ? `осталось дней: ${n}` : n === 0 ? 'сегодня' : `прошло дней: ${-n}`),
    columns: ['Регион', 'Состояние', 'Состав утверждён', 'Руководители городов/районов', 'Районные представительства', 'Сельские представительства', 'Мероприятия: план / прошли / отменены', 'Участники', 'Ошибки'],
    states: { ready: '✅ готов', 'in-progress': '🟡 в работе', 'not-started': '⚪ не начат' },
    notApproved: 'нет',
    late: 'позже срока',
    earlierSeason: 'приказ прошлого сезона',
    resubmitted: (n) => `повторно отправлен: ${n}`,
    missingResults: (n) => `${n} без итогов`,
    total: 'Итого',
    legend: 'Руководители городов/районов — города и районы, которые возглавляет член регионального представительства / все города и районы региона. Сельские представительства — сельские представительства с участниками / сельские округа, сёла и посёлки по географии.',
  },
  en: {
    title: (s) => `«Мың жаса!» season ${s}: readiness of the regions`,
    today: (d) => `Today: ${d} (Kazakhstan time).`,
    deadlines: { composition_approved: 'Regional compositions approved', ministry_list: 'List of online representations sent to the Ministry' },
    daysLeft: (n) => (n > 0 ? `${n} days left` : n === 0 ? 'today' : `${-n} days ago`),
    columns: ['Region', 'State', 'Composition approved', 'Cities/districts headed', 'City/district representations', 'Rural representations', 'Events: planned / held / cancelled', 'Participants', 'Errors'],
    states: { ready: '✅ ready', 'in-progress': '🟡 in progress', 'not-started': '⚪ not started' },
    notApproved: 'no',
    late: 'late',
    earlierSeason: 'an earlier season\'s order',
    resubmitted: (n) => `resubmitted: ${n}`,
    missingResults: (n) => `${n} without results`,
    total: 'Total',
    legend: 'Cities/districts headed: those headed by a regional member / all of the region. Rural representations: with members / rural okrugs, villages and settlements in the geography.',
  },
};
