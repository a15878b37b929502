/** The words of the pull-request summary (job summary and PR comment), one key set per language. */
import type { Locale } from '../content/schema.ts';

/** The first line of the summary and the comment: the comment workflow finds its one comment by it. */
export const SUMMARY_MARKER = '<!-- myn-jasa:check-pr -->';

export interface SummaryStrings {
  title: string;
  languageName: string;
  verdictClean: string;
  verdictWarnings: (warnings: number) => string;
  verdictErrors: (errors: number, warnings: number) => string;
  whatChanged: string;
  nothingChanged: string;
  representations: string;
  levels: Record<'region' | 'unit' | 'rural', string>;
  added: string;
  removed: string;
  changedMembers: string;
  approval: string;
  resubmission: string;
  events: string;
  eventAdded: string;
  eventChanged: string;
  eventDeleted: string;
  fields: string;
  body: string;
  cards: string;
  cardsNote: string;
  problems: string;
  noProblems: string;
  error: string;
  warning: string;
  place: string;
  message: string;
  more: (n: number) => string;
  howToFix: string;
  /** The heading of the problems the base already had (they never fail the check). */
  alreadyPresent: string;
  alreadyPresentNote: string;
  /** The comment when the report is missing or was rejected (pr-comment.yml). */
  reportRejected: string;
  runLink: string;
  /** The comment's preview section (pictures of the changed pages and the changed cards). */
  preview: string;
  previewNote: string;
  previewKinds: Record<'event' | 'representation' | 'award', string>;
  previewChanges: Record<'added' | 'changed' | 'deleted', string>;
  page: string;
  nothingToShow: string;
  previewRejected: string;
}

export const SUMMARY_STRINGS: Record<Locale, SummaryStrings> = {
  kk: {
    title: 'Pull request тексеруі',
    languageName: 'Қазақша',
    verdictClean: '✅ Қате жоқ: өзгерісті қарап, біріктіруге болады.',
    verdictWarnings: (w) => `✅ Қате жоқ, ${w} ескерту бар: қарап шығыңыз.`,
    verdictErrors: (e, w) => `❌ ${e} қате, ${w} ескерту. Қателер түзетілмейінше өзгеріс қабылданбайды.`,
    whatChanged: 'Не өзгерді',
    nothingChanged: 'content/ ішінде өзгеріс жоқ.',
    representations: 'Өкілдіктердің құрамы',
    levels: { region: 'өңірлік', unit: 'аудандық/қалалық', rural: 'ауылдық' },
    added: 'қосылды',
    removed: 'шығарылды',
    changedMembers: 'деректері өзгерді',
    approval: 'Құрамды бекіту',
    resubmission: 'Министрлікке қайта жіберу',
    events: 'Іс-шаралар',
    eventAdded: 'жаңа',
    eventChanged: 'өзгерді',
    eventDeleted: 'жойылды',
    fields: 'өрістер',
    body: 'мәтін',
    cards: 'карточка',
    cardsNote: 'Карточкалар сайт жиналғаннан кейін осы сілтемелерде пайда болады.',
    problems: 'Мәселелер',
    noProblems: 'Мәселе табылған жоқ.',
    error: 'қате',
    warning: 'ескерту',
    place: 'Орны',
    message: 'Не істеу керек',
    more: (n) => `…тағы ${n}: барлығы тексеру аннотацияларында (Files changed қойындысы).`,
    howToFix: 'Қалай түзетуге болады: CONTRIBUTING.md, «Тексеру қатесін оқу» бөлімі.',
    alreadyPresent: 'Бұрыннан бар, бұл өзгерістен емес',
    alreadyPresentNote: 'Бұл мәселелер базалық тармақта бұрыннан бар: олар тексеруді құлатпайды, бірақ оларды өз pull request-терімен түзету керек.',
    reportRejected: 'Тексерудің есебі табылмады не оқылмады, сондықтан бұл жерде көрсетілмейді. Нәтижесін тексерудің өзінен қараңыз (Checks қойындысы). Ақау орны:',
    runLink: 'Тексеру журналы',
    preview: 'Алдын ала көрініс',
    previewNote: 'Бұл pull request-тің өз жинағынан алынған суреттер: беттердің суреті мен карточкалар, біріктіруге дейін қалай көрінетіні.',
    previewKinds: { event: 'Іс-шара', representation: 'Өкілдік', award: 'Марапат' },
    previewChanges: { added: 'жаңа', changed: 'өзгерді', deleted: 'жойылды' },
    page: 'бет',
    nothingToShow: 'көрсететін бет жоқ',
    previewRejected: 'Алдын ала көрініс қабылданбады, сондықтан көрсетілмейді. Ақау орны:',
  },
  ru: {
    title: 'Проверка pull request',
    languageName: 'Русский',
    verdictClean: '✅ Ошибок нет: изменение можно рассмотреть и принять.',
    verdictWarnings: (w) => `✅ Ошибок нет, предупреждений: ${w} — просмотрите их.`,
    verdictErrors: (e, w) => `❌ Ошибок: ${e}, предупреждений: ${w}. Пока ошибки не исправлены, изменение не может быть принято.`,
    whatChanged: 'Что изменилось',
    nothingChanged: 'В content/ ничего не изменилось.',
    representations: 'Составы представительств',
    levels: { region: 'региональное', unit: 'городское/районное', rural: 'сельское' },
    added: 'добавлены',
    removed: 'исключены',
    changedMembers: 'изменены данные',
    approval: 'Утверждение состава',
    resubmission: 'Повторная отправка в Министерство',
    events: 'Мероприятия',
    eventAdded: 'новое',
    eventChanged: 'изменено',
    eventDeleted: 'удалено',
    fields: 'поля',
    body: 'текст',
    cards: 'карточка',
    cardsNote: 'Карточки появятся по этим ссылкам после сборки сайта.',
    problems: 'Проблемы',
    noProblems: 'Проблем не найдено.',
    error: 'ошибка',
    warning: 'предупреждение',
    place: 'Где',
    message: 'Что сделать',
    more: (n) => `…и ещё ${n}: все они в аннотациях проверки (вкладка Files changed).`,
    howToFix: 'Как исправить: CONTRIBUTING.md, раздел «Как читать ошибку проверки».',
    alreadyPresent: 'Уже были, не вызваны этим изменением',
    alreadyPresentNote: 'Эти проблемы уже есть в базовой ветке: проверку они не проваливают, но их нужно исправить отдельными pull request.',
    reportRejected: 'Отчёт проверки не найден или не прочитан, поэтому здесь он не показан. Результат смотрите в самой проверке (вкладка Checks). Место сбоя:',
    runLink: 'Журнал проверки',
    preview: 'Предпросмотр',
    previewNote: 'Изображения из сборки этого pull request: снимки страниц и карточки — как они будут выглядеть после слияния.',
    previewKinds: { event: 'Мероприятие', representation: 'Представительство', award: 'Награда' },
    previewChanges: { added: 'новое', changed: 'изменено', deleted: 'удалено' },
    page: 'страница',
    nothingToShow: 'нет страницы для показа',
    previewRejected: 'Предпросмотр отклонён, поэтому не показан. Место сбоя:',
  },
  en: {
    title: 'Pull request check',
    languageName: 'English',
    verdictClean: '✅ No errors: the change can be reviewed and merged.',
    verdictWarnings: (w) => `✅ No errors, ${w} warnings: please look at them.`,
    verdictErrors: (e, w) => `❌ ${e} errors, ${w} warnings. The change cannot be accepted until the errors are fixed.`,
    whatChanged: 'What changed',
    nothingChanged: 'Nothing changed under content/.',
    representations: 'Representation rosters',
    levels: { region: 'regional', unit: 'city/district', rural: 'rural' },
    added: 'added',
    removed: 'removed',
    changedMembers: 'changed',
    approval: 'Approval of the composition',
    resubmission: 'Resubmission to the Ministry',
    events: 'Events',
    eventAdded: 'new',
    eventChanged: 'changed',
    eventDeleted: 'deleted',
    fields: 'fields',
    body: 'text',
    cards: 'card',
    cardsNote: 'The cards appear at these links once the site is built.',
    problems: 'Problems',
    noProblems: 'No problems found.',
    error: 'error',
    warning: 'warning',
    place: 'Where',
    message: 'What to do',
    more: (n) => `…and ${n} more: all of them are in the check's annotations (Files changed tab).`,
    howToFix: 'How to fix: CONTRIBUTING.md, section «Reading a failed check».',
    alreadyPresent: 'Already present, not caused by this change',
    alreadyPresentNote: 'The base branch already has these problems: they do not fail the check, but need their own pull requests to fix them.',
    reportRejected: 'The check\'s report is missing or could not be read, so it is not shown here. See the check itself (Checks tab). Where it failed:',
    runLink: 'The check\'s log',
    preview: 'Preview',
    previewNote: 'Pictures from this pull request\'s own build: the pages and the cards as they will look once merged.',
    previewKinds: { event: 'Event', representation: 'Representation', award: 'Award' },
    previewChanges: { added: 'new', changed: 'changed', deleted: 'deleted' },
    page: 'page',
    nothingToShow: 'no page to show',
    previewRejected: 'The preview was rejected, so it is not shown. Where it failed:',
  },
};

/** The verdict line of the job summary and the PR comment: errors first, then warnings, else clean. */
export function verdictText(t: SummaryStrings, errors: number, warnings: number): string {
  return errors ? t.verdictErrors(errors, warnings) : warnings ? t.verdictWarnings(warnings) : t.verdictClean;
}
