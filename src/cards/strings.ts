/** The words printed on cards, in both site languages. */
import type { SiteLocale } from '../content/schema.ts';

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
  },
} satisfies Record<SiteLocale, Record<string, unknown>>;
