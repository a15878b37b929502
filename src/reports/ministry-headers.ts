/**
 * The headers of the Ministry list, as the Ministry's letter would word them: Russian first
 * (the language of the letter), Kazakh after a slash, in one cell so filters and CSV stay flat.
 */

import { STATUS_STRINGS } from '../i18n/status.ts';

const both = (ru: string, kk: string) => `${ru} / ${kk}`;

export const MEMBER_COLUMNS = [
  both('№ п/п', 'Р/с №'),
  both('Участник (имя в согласованной форме)', 'Қатысушы (келісілген түрдегі аты)'),
  both('Класс', 'Сынып'),
  both('Роль', 'Рөлі'),
  both('Возглавляет город/район', 'Басқаратын қала/аудан'),
] as const;

export const SUMMARY_COLUMNS = [
  both('№ п/п', 'Р/с №'),
  both('Регион', 'Өңір'),
  both('Приказ об утверждении состава', 'Құрамды бекіту туралы бұйрық'),
  both('Дата приказа', 'Бұйрық күні'),
  both('Членов регионального представительства', 'Өңірлік өкілдік мүшелері'),
  both('Городов и районов', 'Қалалар мен аудандар'),
  both('Из них возглавляются', 'Оның ішінде басшысы бар'),
  both('Куратор', 'Куратор'),
  both('Контакты куратора', 'Куратордың байланыстары'),
  both('Официальные страницы в соцсетях', 'Әлеуметтік желілердегі ресми парақшалар'),
  both('Повторная отправка', 'Қайта жіберу'),
] as const;

export const CSV_COLUMNS = [both('Регион', 'Өңір'), ...MEMBER_COLUMNS, both('Приказ об утверждении состава', 'Құрамды бекіту туралы бұйрық'), both('Дата приказа', 'Бұйрық күні')] as const;

export const TITLE = (season: number) => both(`Список онлайн-представительств движения «Мың жаса!» регионального уровня, сезон ${season}`, `«Мың жаса!» қозғалысының өңірлік деңгейдегі онлайн өкілдіктерінің тізімі, ${season} маусымы`);
export const SUMMARY_SHEET = 'Свод - Жиынтық';
export const DRAFT_MARK = 'ЧЕРНОВИК — НЕ ДЛЯ ОТПРАВКИ: в данных есть ошибки / ЖОБА — ЖІБЕРУГЕ БОЛМАЙДЫ: деректерде қателер бар';
export const NO_REPRESENTATION = both('нет данных', 'дерек жоқ');
export const APPROVED_BY = both('Утвердил', 'Бекіткен');
export const CURATOR = both('Куратор', 'Куратор');
/** After the date of an approval from a previous season (as `status` marks it: approvalIsThisSeason). */
export const OUTDATED_APPROVAL = both(`устарел: ${STATUS_STRINGS.ru.earlierSeason}`, `ескірген: ${STATUS_STRINGS.kk.earlierSeason}`);
