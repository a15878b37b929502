/** The words printed on cards, in both site languages. */
import type { ProjectData, SiteLocale } from '../content/schema.ts';
import { plural } from '../i18n/plural.ts';

export const CARD_STRINGS = {
  kk: {
    online: 'ОНЛАЙН',
    hybrid: 'ОНЛАЙН + ОФЛАЙН',
    cancelled: 'ӨТПЕЙДІ',
    astanaTime: 'Астана уақытымен',
    national: 'Республикалық іс-шара',
    regionSubtitle: '«Мың жаса!» қозғалысының өңірлік өкілдігі',
    units: (count: number) => `Аудандар мен қалалар: ${count}`,
    covered: (done: number, total: number) => `Өкілдігі барлары: ${done} / ${total}`,
    tagline: 'Қазақстанның балалар еріктілер қозғалысы',
    regions: (count: number) => `Қазақстанның ${count} өңірі`,
    events: 'Онлайн және офлайн іс-шаралар',
    project: 'Балалар жобасы',
    stages: { idea: 'ИДЕЯ', running: 'ЖҮРІП ЖАТЫР', done: 'АЯҚТАЛДЫ' } satisfies Record<ProjectData['stage'], string>,
    // A Kazakh noun after a number keeps one form.
    helped: () => 'адамға көмектесті',
    children: () => 'бала қатысты',
    eventsHeld: () => 'іс-шара өтті',
  },
  ru: {
    online: 'ОНЛАЙН',
    hybrid: 'ОНЛАЙН + ОФЛАЙН',
    cancelled: 'ОТМЕНЕНО',
    astanaTime: 'по времени Астаны',
    national: 'Республиканское мероприятие',
    regionSubtitle: 'Региональное представительство движения «Мың жаса!»',
    units: (count: number) => `Городов и районов: ${count}`,
    covered: (done: number, total: number) => `С представительством: ${done} из ${total}`,
    tagline: 'Детское волонтёрское движение Казахстана',
    regions: (count: number) => `Регионов Казахстана: ${count}`,
    events: 'Мероприятия онлайн и офлайн',
    project: 'Детский проект',
    stages: { idea: 'ИДЕЯ', running: 'ИДЁТ', done: 'ЗАВЕРШЁН' } satisfies Record<ProjectData['stage'], string>,
    helped: (n: number) => plural({ one: 'человек получил помощь', few: 'человека получили помощь', many: 'человек получили помощь', other: 'человека получили помощь' }, 'ru', n),
    children: (n: number) => plural({ one: 'ребёнок участвовал', few: 'ребёнка участвовали', many: 'детей участвовали', other: 'ребёнка участвовали' }, 'ru', n),
    eventsHeld: (n: number) => plural({ one: 'мероприятие проведено', few: 'мероприятия проведено', many: 'мероприятий проведено', other: 'мероприятия проведено' }, 'ru', n),
  },
} satisfies Record<SiteLocale, Record<string, unknown>>;
