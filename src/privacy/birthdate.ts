/**
 * Birth dates, found without any key: a full date (day, month and year, or year first) next to a
 * word that says "born" — туған (күні), туылған, т.к., дата/день рождения, родился, родилась,
 * д.р., Д.Р., д/р, ДР, born, birthday, DOB.
 *
 * Two decisions keep ordinary event texts clean. "Туған" also means "native" (туған жер,
 * туған өлке, туған тіл — a common event theme), so it counts only when not followed by such a
 * noun. And the date must lie at least three years before "now": a birth date of a member or
 * a curator always does, while the dates an event text mentions (this season's, last season's)
 * do not.
 */
import type { TextMatch } from './match.ts';

/**
 * Keyword anchors: a plain regex (no `u`/`i` flags, no lookbehind), which V8 runs several times
 * faster over a large text; word boundaries and the "native" exclusion are checked per anchor.
 */
const KEYWORD_ANCHORS = /[Тт]уған|[Тт]уылған|[Рр]ождени[яе]|[Рр]одил(?:ся|ась)|[Рр]ожд[её]н|[Дд]\.[ \u00a0]?[Рр]\.?|[Дд]\/[Рр]|ДР|[Тт]\.[ \u00a0]?[Кк]\.|[Bb]orn|BORN|[Bb]irth|BIRTH|DOB|[Dd]ob/g;
/** «туған жер», «туған өлкеміз», «туған тіл»: "native", not "born". */
const NATIVE_NOUN = /^[ \u00a0]+(?:жер|өлке|ел|тіл|қала|ауыл|халқ|мекен|топырақ|дала|бауыр|туыс|ана|әке|іні|аға|апа|сіңлі|қарындас|жұрт)/iu;
const LETTER = /\p{L}/u;

/** How far from the keyword (before or after it) the date may stand, within the same sentence. */
const WINDOW = 48;
/** A sentence ends at a line break, or at . ! ? followed by a capital («ж. туған» goes on). */
const SENTENCE_END = /\n|[.!?…]\s+(?=\p{Lu})/gu;

const MONTHS: [RegExp, number][] = [
  [/^(?:қаңтар|январ|jan)/i, 1],
  [/^(?:ақпан|феврал|feb)/i, 2],
  [/^(?:наурыз|март|mar)/i, 3],
  [/^(?:сәуір|апрел|apr)/i, 4],
  [/^(?:мамыр|ма[яй]|may)/i, 5],
  [/^(?:маусым|июн|jun)/i, 6],
  [/^(?:шілде|июл|jul)/i, 7],
  [/^(?:тамыз|август|aug)/i, 8],
  [/^(?:қыркүйек|сентябр|sep)/i, 9],
  [/^(?:қазан|октябр|oct)/i, 10],
  [/^(?:қараша|ноябр|nov)/i, 11],
  [/^(?:желтоқсан|декабр|dec)/i, 12],
];
const MONTH_WORD = '(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?';
const SP = '[ \\u00a0]*';

/** Date forms, each with named groups d (day), m (month number) or mw (month word), y (year). */
const DATES = new RegExp(
  [
    `(?<!\\d)(?<d1>\\d{1,2})[./-](?<m1>\\d{1,2})[./-](?<y1>\\d{4}|\\d{2})(?!\\d)`,
    `(?<!\\d)(?<y2>\\d{4})[./-](?<m2>\\d{1,2})[./-](?<d2>\\d{1,2})(?!\\d)`,
    `(?<!\\d)(?<d3>\\d{1,2})${SP}-?${SP}(?<mw3>${MONTH_WORD})${SP}(?<y3>\\d{4})(?!\\d)`,
    `(?<!\\d)(?<y4>\\d{4})${SP}(?:ж\\.|жылы|жылғы|г\\.|года?)?${SP}(?<d4>\\d{1,2})${SP}-?${SP}(?<mw4>${MONTH_WORD})`,
    `(?<mw5>${MONTH_WORD})${SP}(?<d5>\\d{1,2})(?:st|nd|rd|th)?,?${SP}(?<y5>\\d{4})(?!\\d)`,
  ].join('|'),
  'giu',
);

/** Every birth date written in `text`: the span of the date itself. */
export function findBirthDates(text: string, now: Date): TextMatch[] {
  const found: TextMatch[] = [];
  const latestYear = now.getUTCFullYear() - 3;
  let searchedTo = 0;
  for (const keyword of text.matchAll(KEYWORD_ANCHORS)) {
    if (!isBirthKeyword(text, keyword.index, keyword[0])) continue;
    const [sentenceFrom, sentenceTo] = sentenceAround(text, keyword.index, keyword.index + keyword[0].length);
    const from = Math.max(searchedTo, sentenceFrom);
    const to = sentenceTo;
    DATES.lastIndex = from;
    for (let date = DATES.exec(text); date && date.index < to; date = DATES.exec(text)) {
      if (isPastDate(date.groups!, latestYear)) found.push({ index: date.index, length: date[0].length });
      searchedTo = date.index + date[0].length;
    }
    searchedTo = Math.max(searchedTo, to);
  }
  return found;
}

/** The window around a keyword, cut at the ends of its sentence. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const windowStart = Math.max(0, start - WINDOW);
  let from = windowStart;
  // One character past the start, so a boundary right before the keyword sees the capital after it.
  for (const stop of text.slice(windowStart, start + 1).matchAll(SENTENCE_END)) from = windowStart + stop.index + stop[0].length;
  const after = text.slice(end, Math.min(text.length, end + WINDOW));
  const stop = after.search(SENTENCE_END);
  return [from, end + (stop === -1 ? after.length : stop)];
}

/** A whole word (a stem for Kazakh and Russian, whose endings vary), and «туған» not meaning "native". */
function isBirthKeyword(text: string, index: number, word: string): boolean {
  if (index > 0 && LETTER.test(text[index - 1]!)) return false;
  const end = index + word.length;
  if (/^(?:[Bb]orn|BORN|DOB|[Dd]ob|ДР|[Дд]\.[ \u00a0]?[Рр])$/.test(word) && end < text.length && LETTER.test(text[end]!)) return false;
  if (/^[Тт]уған$/.test(word)) return !NATIVE_NOUN.test(text.slice(end, end + 16));
  return true;
}

function isPastDate(groups: Record<string, string | undefined>, latestYear: number): boolean {
  const g = (name: string) => groups[`${name}1`] ?? groups[`${name}2`] ?? groups[`${name}3`] ?? groups[`${name}4`] ?? groups[`${name}5`];
  const monthWord = g('mw');
  const month = monthWord ? MONTHS.find(([pattern]) => pattern.test(monthWord))?.[1] : Number(g('m'));
  let year = Number(g('y'));
  if (year < 100) year += year <= latestYear % 100 ? 2000 : 1900;
  const day = Number(g('d'));
  if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > latestYear) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1;
}
