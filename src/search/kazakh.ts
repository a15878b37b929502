/**
 * Kazakh for search: folding what people type, and a light suffix-stripping stemmer. The build
 * (scripts/search-index.ts) and the search page's script (src/search/client.ts) both use this one
 * module, so a query is cut exactly as the index was.
 *
 * Folding comes first, then stemming: `Түркістанда`, `туркистанда` (a Russian keyboard) and
 * `Tуркicтaнда` (Latin look-alikes) all fold to `туркистанда` and stem to `туркистан`. Vowel
 * harmony is therefore checked on the folded word, where it is still visible: a back suffix
 * (а, ы) never follows a stem whose last vowel is е or и (і), a front one (е, и) never follows ы;
 * а, о, у (folded ә, ө, ү too) allow both. The suffix's first consonant must agree with the
 * stem's last sound (-ны after a vowel, -ды after a voiced consonant, -ты after a voiceless one).
 *
 * Suffix inventories followed (nominal morphology, order stem + plural + possessive + case +
 * personal ending; each allomorph by harmony and assimilation):
 * - Kazakh grammar: «Қазақ грамматикасы. Фонетика, сөзжасам, морфология, синтаксис», Астана, 2002
 *   (морфология: көптік жалғау, тәуелдік жалғау, септік жалғау, жіктік жалғау);
 * - Krippes, K. A., «Kazakh Grammar with Affix List», Dunwoody Press, 1996 (the affix list);
 * - the case table with its allomorphs in Wikipedia's «Kazakh grammar» (en.wikipedia.org/wiki/
 *   Kazakh_grammar), for the case endings with -н- after a possessive (-на/-н/-нда/-нан) and the
 *   relative -дағы.
 * Besides the inflections, the derivational -лық/-лік (спорттық → спорт, экологиялық → экология) is
 * stripped: an adjective is found under its noun. Vowel harmony is read on the word as typed
 * (і is front, и neutral: тарихы is тарих + ы), and a loan word's final ь is not a sound (лагерьде
 * → лагерь → лагер, as лагері → лагер).
 * Only nominal endings are stripped: verbs are left whole (their forms are many, and a search
 * word is nearly always a noun or a name).
 *
 * A stem keeps at least MIN_STEM letters with a vowel among them: Kazakh roots are often one
 * syllable (су, тау, көл), so "two syllables" would leave тауда uncut, while three letters keeps
 * a query stem long enough that pagefind's prefix matching (a query word matches every indexed
 * word it begins) stays precise. Names of places (`protectedWords`) are never cut below their
 * full form: `Алматыда` → `алматы`, not `алмат`.
 */

/** Kazakh letters → what a Russian keyboard types for them. */
const FOLD: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };
/** Latin letters that look like Cyrillic ones (typed on a Latin layout, or pasted) → those letters. */
const LATIN: Record<string, string> = { a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', b: 'в' };
const LATIN_LOOKALIKE = /[aceikmoptxyb]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Shortest stem left by cutting, in letters (see the header). */
export const MIN_STEM = 3;

/**
 * A word as it is compared: lower case, Kazakh letters as their Russian-keyboard look-alikes, and
 * Latin look-alikes read as Cyrillic when the word has any Cyrillic letter (`кiтап` with a Latin
 * i); an all-Latin word (`Google`) is only lower-cased.
 */
export function foldWord(word: string): string {
  return foldTyped(readTyped(word));
}

/** Kazakh letters of a typed word (readTyped) folded; one letter for one, so positions match. */
function foldTyped(typed: string): string {
  let folded = '';
  for (const letter of typed) folded += FOLD[letter] ?? letter;
  return folded;
}

/**
 * A word as typed: lower case, and Latin look-alikes read as Cyrillic when the word has a Cyrillic
 * letter (Latin i as і); Kazakh letters kept, so their vowel harmony can still be read.
 */
function readTyped(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  if (!(CYRILLIC.test(lower) && LATIN_LOOKALIKE.test(lower))) return lower;
  let typed = '';
  for (const letter of lower) typed += LATIN[letter] ?? letter;
  return typed;
}

const VOWELS = 'аеиоуыэюяё';
const VOICELESS = 'пкткфхцчшщс';
const isVowel = (letter: string | undefined) => letter !== undefined && VOWELS.includes(letter);

type Harmony = 'back' | 'front' | 'any';
/** Vowels that only front endings follow (as typed: ә, ө, ү, і keep their harmony before folding). */
const FRONT_VOWELS = 'еэәөүі';
/**
 * What the stem allows after it: its last vowel decides, read in `typed` (the word as typed, lower
 * case, Latin look-alikes read as Cyrillic, not folded; same length as the folded stem's word). и
 * is neutral: Kazakh writes it for the diphthongs ій/ый and in loan words that take back endings
 * (тарихы, тарихқа), and a Russian keyboard types it for і; а, о, у may be folded ә, ө, ү.
 */
function harmonyOf(stemLength: number, typed: string): Harmony {
  for (let i = stemLength - 1; i >= 0; i -= 1) {
    const letter = typed[i]!;
    if (letter === 'ы') return 'back';
    if (FRONT_VOWELS.includes(letter)) return 'front';
    if (isVowel(letter)) return 'any';
  }
  return 'any';
}
/** The instrumental has no back form: кітаппен, балалармен, кітаптарымен. */
const HARMONY_FREE = new Set(['мен', 'бен', 'пен', 'менен', 'бенен', 'пенен']);
function suffixHarmony(suffix: string): Harmony {
  if (HARMONY_FREE.has(suffix)) return 'any';
  if (/[аы]/.test(suffix)) return 'back';
  if (/[еи]/.test(suffix)) return 'front';
  return 'any';
}

/** What the last sound of the stem must be for the suffix's first letter (assimilation). */
type After = 'vowel' | 'vowelStem' | 'consonant' | 'soft' | 'nasal' | 'voiced' | 'voiceless' | 'possessive13' | 'possessive3' | 'any';

interface Suffix {
  text: string;
  after: After;
}

/** Allomorphs of one ending, folded, with where each may stand. */
function forms(entries: [string, After][]): Suffix[] {
  return entries.map(([text, after]) => ({ text, after }));
}

/** Personal (predicative) endings: мұғаліммін, оқушымыз, баласыз. */
const PERSONAL = forms([
  ['мын', 'vowel'], ['мин', 'vowel'], ['бын', 'voiced'], ['бин', 'voiced'], ['пын', 'voiceless'], ['пин', 'voiceless'],
  ['мыз', 'vowel'], ['миз', 'vowel'], ['быз', 'voiced'], ['биз', 'voiced'], ['пыз', 'voiceless'], ['пиз', 'voiceless'],
  ['сын', 'any'], ['син', 'any'], ['сыз', 'any'], ['сиз', 'any'],
]);

/** Case endings and the relative -дағы (after a possessive the case takes -н-: баласында). */
const CASE = forms([
  // relative
  ['ндагы', 'vowelStem'], ['ндеги', 'vowelStem'], ['дагы', 'soft'], ['деги', 'soft'], ['тагы', 'voiceless'], ['теги', 'voiceless'],
  // ablative
  ['нан', 'nasal'], ['нен', 'nasal'], ['дан', 'soft'], ['ден', 'soft'], ['тан', 'voiceless'], ['тен', 'voiceless'],
  // genitive
  ['нын', 'nasal'], ['нин', 'nasal'], ['дын', 'voiced'], ['дин', 'voiced'], ['тын', 'voiceless'], ['тин', 'voiceless'],
  // instrumental
  ['менен', 'any'], ['бенен', 'voiced'], ['пенен', 'voiceless'], ['мен', 'any'], ['бен', 'voiced'], ['пен', 'voiceless'],
  // locative
  ['нда', 'vowelStem'], ['нде', 'vowelStem'], ['да', 'soft'], ['де', 'soft'], ['та', 'voiceless'], ['те', 'voiceless'],
  // dative
  ['на', 'vowelStem'], ['не', 'vowelStem'], ['га', 'soft'], ['ге', 'soft'], ['ка', 'voiceless'], ['ке', 'voiceless'],
  // accusative
  ['ны', 'vowelStem'], ['ни', 'vowelStem'], ['ды', 'voiced'], ['ди', 'voiced'], ['ты', 'voiceless'], ['ти', 'voiceless'],
  // dative after a first/second person possessive (кітабыма), accusative after a third (кітабын)
  ['а', 'possessive13'], ['е', 'possessive13'], ['н', 'possessive3'],
]);

/** Possessive endings (тәуелдік жалғау), longest first. */
const POSSESSIVE = forms([
  ['ымыз', 'consonant'], ['имиз', 'consonant'], ['мыз', 'vowel'], ['миз', 'vowel'],
  ['ыныз', 'consonant'], ['иниз', 'consonant'], ['ныз', 'vowel'], ['низ', 'vowel'],
  ['сы', 'vowel'], ['си', 'vowel'],
  ['ым', 'consonant'], ['им', 'consonant'], ['м', 'vowelStem'],
  ['ын', 'consonant'], ['ин', 'consonant'], ['н', 'vowelStem'],
  ['ы', 'consonant'], ['и', 'consonant'],
]);

/**
 * The derivational -лық (спорттық, экологиялық, достық): an adjective or abstract noun of the
 * word before it, found under that word. It stands before the plural (спорттықтар).
 */
const DERIVATIONAL = forms([
  ['лык', 'soft'], ['лик', 'soft'], ['дык', 'voiced'], ['дик', 'voiced'], ['тык', 'voiceless'], ['тик', 'voiceless'],
]);

/** Plural endings. */
const PLURAL = forms([
  ['лар', 'soft'], ['лер', 'soft'], ['дар', 'voiced'], ['дер', 'voiced'], ['тар', 'voiceless'], ['тер', 'voiceless'],
]);

/** Voiced consonants (ң folded to н): the д- forms of an ending follow them. */
const VOICED = 'жзлмнрйу';

function fits(stem: string, after: After): boolean {
  // A loan word's final soft or hard sign is not a sound: лагерьде takes -де after р.
  const sound = stem.replace(/[ьъ]+$/, '');
  const last = sound[sound.length - 1];
  if (last === undefined) return false;
  switch (after) {
    case 'any':
      return true;
    case 'vowel':
      return isVowel(last);
    case 'consonant':
      // у after a vowel is a consonant in Kazakh spelling (тауы, кездесуі); ұ/ү fold to у too.
      return !isVowel(last) || last === 'у';
    case 'soft':
      return isVowel(last) || VOICED.includes(last);
    case 'nasal':
      return isVowel(last) || last === 'м' || last === 'н';
    case 'voiced':
      return VOICED.includes(last);
    case 'voiceless':
      return VOICELESS.includes(last) || 'бвгд'.includes(last);
    case 'possessive13':
      return /[ыи][мн]$/.test(stem);
    case 'vowelStem':
      // After ы/і that reads as a possessive itself, only where that can be cut too: ойын (a game) is not ойы + ң.
      return isVowel(last) && (!/[^аеиоыэюя][ыи]$/.test(stem) || longEnough(stem.slice(0, -1)));
    case 'possessive3':
      // Only where the possessive itself can be cut: ойын (a game) is not ой + ы + н.
      return /[^аеиоыэюя][ыи]$/.test(stem) && longEnough(stem.slice(0, -1));
  }
}

/** A stem long enough to stand alone: MIN_STEM letters, a vowel among them. */
function longEnough(stem: string): boolean {
  return stem.length >= MIN_STEM && [...stem].some(isVowel);
}

/** The word with one ending of `group` cut off, or undefined when none fits. */
function cut(word: string, typed: string, group: readonly Suffix[], restoreVoiced: boolean): string | undefined {
  for (const suffix of group) {
    if (!word.endsWith(suffix.text)) continue;
    let stem = word.slice(0, -suffix.text.length);
    if (!longEnough(stem)) continue;
    const harmony = suffixHarmony(suffix.text);
    const allowed = harmonyOf(stem.length, typed);
    if (harmony !== 'any' && allowed !== 'any' && harmony !== allowed) continue;
    // A vowel-initial ending voiced the final consonant in writing: кітабы → кітап, қазағы → қазақ.
    const vowelInitial = isVowel(suffix.text[0]);
    if (restoreVoiced && vowelInitial) stem = devoice(stem);
    if (!fits(stem, suffix.after)) continue;
    return stem;
  }
  return undefined;
}

/** б → п, г (ғ) → к at the end of a stem: Kazakh spells them voiced before a vowel only. */
function devoice(stem: string): string {
  const last = stem[stem.length - 1];
  if (last === 'б') return `${stem.slice(0, -1)}п`;
  if (last === 'г') return `${stem.slice(0, -1)}к`;
  return stem;
}

/**
 * The forms of one word on the way to its stem: the folded word, then after each ending stripped
 * right to left (personal, case, possessive, plural, the derivational -лық), each group at most once, never below
 * MIN_STEM letters, never into a protected word (a place name). A word with a digit, or a
 * Latin-only word, is only folded.
 */
export function stemForms(word: string, protectedWords: ReadonlySet<string> = NO_WORDS): string[] {
  const typed = readTyped(word);
  let stem = foldTyped(typed);
  const chain = [stem];
  if (!/^[\u0400-\u04ff]+$/.test(stem) || protectedWords.has(stem)) return chain;
  for (const group of [PERSONAL, CASE, POSSESSIVE, PLURAL, DERIVATIONAL]) {
    const next = cut(stem, typed, group, group === PERSONAL || group === CASE || group === POSSESSIVE);
    if (next === undefined) continue;
    const name = protectedPrefix(stem, next, protectedWords);
    if (name !== undefined) {
      if (name !== stem) chain.push(name);
      return chain;
    }
    stem = next;
    chain.push(stem);
  }
  // A loan word's final soft sign: Kazakh spells лагерь, лагері, лагерьде; the stem is лагер.
  const unsigned = stem.replace(/[ьъ]+$/, '');
  if (unsigned !== stem && longEnough(unsigned) && !protectedWords.has(stem)) chain.push(unsigned);
  return chain;
}

/** The stem of one word: the last of its `stemForms`. */
export function stemKazakh(word: string, protectedWords: ReadonlySet<string> = NO_WORDS): string {
  return stemForms(word, protectedWords).at(-1)!;
}

/** A protected word that `word` begins with and `next` would cut into, if any. */
function protectedPrefix(word: string, next: string, protectedWords: ReadonlySet<string>): string | undefined {
  for (let length = word.length - 1; length > next.length; length -= 1) {
    if (protectedWords.has(word.slice(0, length))) return word.slice(0, length);
  }
  if (protectedWords.has(next)) return next;
  return undefined;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Words of a text as pagefind splits them (letters and digits; anything else separates). */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A query as it goes to pagefind: each word folded and stemmed, in order, joined by spaces. */
export function kazakhQuery(query: string, protectedWords: ReadonlySet<string> = NO_WORDS): string {
  return words(query).map((word) => stemKazakh(word, protectedWords)).join(' ');
}

/**
 * The words a Kazakh page adds to its index beside its own text: the forms of each of its words
 * on the way to the stem (`stemForms`) that pagefind would not otherwise find, once each, in the
 * order first met. A query goes in as its stem and pagefind matches it as a prefix of an indexed
 * word, so a form is needed only when it is not a prefix of a word the page already gives: the
 * folded word when folding changed it (`Түркістанда` → `туркистанда`; pagefind indexes the page's
 * own word as written), and a stem whose final consonant was restored (`кітабы` → `китап`); every
 * other form (`туркистан`) is a prefix of the folded word. So the word is found whether the page
 * or the query cut it further (оқушы → окуш, оқушылар → окушы). One-letter words (initials) are
 * left out.
 */
export function kazakhIndexWords(text: string, protectedWords: ReadonlySet<string> = NO_WORDS): string[] {
  const seen = new Set<string>();
  let memo = formsMemo.get(protectedWords);
  if (!memo) formsMemo.set(protectedWords, (memo = new Map()));
  for (const word of words(text)) {
    if (word.length < 2) continue;
    let added = memo.get(word);
    if (!added) memo.set(word, (added = formsToAdd(word, stemForms(word, protectedWords))));
    for (const form of added) seen.add(form);
  }
  return [...seen];
}

/** The forms of `word` that are not a prefix of the word as pagefind indexes it (lower case) or of its folded form. */
function formsToAdd(word: string, forms: readonly string[]): string[] {
  const folded = forms[0]!;
  const added = folded === word.toLowerCase() ? [] : [folded];
  for (const form of forms.slice(1)) if (!folded.startsWith(form)) added.push(form);
  return added;
}

/** Forms of each word already cut, per protected list: a site repeats its words on every page. */
const formsMemo = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/** Generic words of place names that are not names themselves (облысы, ауданы…), folded. */
const PLACE_KINDS = new Set(['облысы', 'каласы', 'ауданы', 'ауылы', 'ауылдык', 'округи', 'кенти', 'поселкеси', 'ауылдары']);

/** The folded words of place names that the stemmer must not cut (`protectedWords`). */
export function placeWords(names: Iterable<string>): Set<string> {
  const protectedWords = new Set<string>();
  for (const name of names) {
    for (const word of words(name)) {
      const folded = foldWord(word);
      if (folded.length >= MIN_STEM && !PLACE_KINDS.has(folded) && /^[\u0400-\u04ff]+$/.test(folded)) protectedWords.add(folded);
    }
  }
  return protectedWords;
}
