import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnModules, EXTRA_UI_LOCALES, sveltiaBundle, uiLocaleCodes } from '../../src/cms/bundle.ts';
import { MessageSyntaxError, parseMessage, type Parsed } from './messageformat.ts';

type Strings = { [key: string]: string | Strings };
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Strings;
const en = load('node_modules/@sveltia/cms/locales/en-US.json');
const ru = load('node_modules/@sveltia/cms/locales/ru.json');
const kk = load('src/cms/locales/kk.json');

/** Every message's key path with its text. */
function messages(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [inner, text] of messages(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

/**
 * Messages whose Kazakh is rightly the same as Sveltia's Russian or English: names of formats and
 * products, unit symbols Kazakh shares with Russian, and loanwords Kazakh writes as Russian does.
 */
const SAME_AS_RU_OR_EN = new Set([
  'file_type_labels.mid', 'file_type_labels.midi', 'file_type_labels.js', '_sui.text_editor.url', // names
  'file_size_units.b', 'file_size_units.mb', 'file_size_units.gb', 'file_size_units.tb', // байт, МБ, ГБ, ТБ
  'prefs.contents.editor.title', 'prefs.media.title', '_sui.text_editor.paragraph', '_sui.text_editor.italic', '_sui.text_editor.code', // Редактор, Медиа, Абзац, Курсив, Код
]);

/** CLDR's plural categories for Kazakh (one, other), MF2's catch-all, or an exact number. */
const kazakhKey = (key: string) => key === 'one' || key === 'other' || key === '*' || /^\d+$/.test(key);

/** A Kazakh noun with a plural ending (-лар/-лер/-дар/-дер/-тар/-тер, then a case or possessive ending). */
const PLURAL_NOUN = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ын|ін|ға|ге|да|де|ды|ді|дан|ден|ды|мен|ың|іңіз|ыңыз)?$/u;
/** The noun straight after a number placeholder (`{$count} жазба`): Kazakh keeps it singular. */
function nounsAfterNumbers(text: string): string[] {
  return [...text.matchAll(/\{\$(?:count|remaining|min|max|quota|selected|total)\}\s+([\p{L}-]+)/gu)].map((m) => m[1]!);
}

describe('the MF2 checker the locale tests use (test/cms/messageformat.ts)', () => {
  it('reads Sveltia’s simple and plural messages', () => {
    expect(parseMessage('Select {$name}')).toEqual({ declarations: [], selectors: [], variants: [[]], variables: ['name'] });
    expect(parseMessage('.input {$count :integer} .match $count 0 {{No entries}} one {{{$count} entry}} * {{{$count} entries}}')).toEqual({
      declarations: ['.input {$count :integer}'], selectors: ['count'], variants: [['0'], ['one'], ['*']], variables: ['count'],
    });
    expect(parseMessage('like `content/\\{\\{locale\\}\\}/posts`').variables).toEqual([]);
  });

  it('refuses what Sveltia’s formatter would refuse', () => {
    expect(() => parseMessage('{count, plural, one {# entry} other {# entries}}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('Select {$name')).toThrow(/expected “}”/);
    expect(() => parseMessage('a } b')).toThrow(/unescaped/);
    expect(() => parseMessage('.input {$count :integer} .match $count one {{one}}')).toThrow(/catch-all/);
    expect(() => parseMessage('.input {$count :integer} .match $count one {{x}} * {{y')).toThrow(/unclosed/);
    expect(() => parseMessage('.input {$count :integer} .match $count one {{x}} * {{y}} tail')).toThrow();
  });
});

describe('the editor’s Kazakh UI locale (src/cms/locales/kk.json)', () => {
  const english = messages(en);
  const russian = messages(ru);
  const kazakh = messages(kk);

  it('has every key of Sveltia’s English locale, in the same shape', () => {
    expect([...english.keys()].filter((key) => !kazakh.has(key))).toEqual([]);
    expect([...kazakh.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('parses as MF2 with the English message’s declarations, selectors and variables', () => {
    const broken: string[] = [];
    for (const [key, text] of english) {
      const source = parseMessage(text); // Sveltia's own message: a failure here is the checker's
      let target: Parsed;
      try {
        target = parseMessage(kazakh.get(key) ?? '');
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      if (target.declarations.join() !== source.declarations.join()) broken.push(`${key}: declarations ${target.declarations.join(' ')}`);
      if (target.selectors.join() !== source.selectors.join()) broken.push(`${key}: selectors ${target.selectors.join(' ')}`);
      if (target.variables.join() !== source.variables.join()) broken.push(`${key}: variables ${target.variables.join()} (English: ${source.variables.join()})`);
    }
    expect(broken).toEqual([]);
  });

  it('selects plurals by Kazakh’s categories (one, other) and keeps English’s exact numbers', () => {
    const broken: string[] = [];
    for (const [key, text] of kazakh) {
      const keys = parseMessage(text).variants.flat();
      const exact = (list: string[]) => list.filter((k) => /^\d+$/.test(k)).sort().join();
      if (!keys.every(kazakhKey)) broken.push(`${key}: ${keys.join(' ')}`);
      if (exact(keys) !== exact(parseMessage(english.get(key)!).variants.flat())) broken.push(`${key}: exact numbers ${exact(keys)}`);
    }
    expect(broken).toEqual([]);
  });

  it('keeps a noun after a number singular (“{$count} жазба”, not “жазбалар”)', () => {
    expect(nounsAfterNumbers('{$count} жазбалар сақталды')).toEqual(['жазбалар']);
    expect(PLURAL_NOUN.test('жазбалар') && PLURAL_NOUN.test('медиафайлдарды') && !PLURAL_NOUN.test('жазба')).toBe(true);
    const plural = [...kazakh].flatMap(([key, text]) => nounsAfterNumbers(text).filter((noun) => PLURAL_NOUN.test(noun)).map((noun) => `${key}: ${noun}`));
    expect(plural).toEqual([]);
  });

  it('is translated: no message left as Sveltia’s Russian or English, except the listed names and loanwords', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME_AS_RU_OR_EN.has(key) && (kazakh.get(key) === text || kazakh.get(key) === russian.get(key))).map(([key]) => key);
    expect(untranslated).toEqual([]);
    const stale = [...SAME_AS_RU_OR_EN].filter((key) => kazakh.get(key) !== english.get(key) && kazakh.get(key) !== russian.get(key));
    expect(stale).toEqual([]);
  });

  it('uses the glossary’s words, not the ones it rules out (src/cms/locales/README.md)', () => {
    const glossary = readFileSync('src/cms/locales/README.md', 'utf8');
    const avoided = [...glossary.matchAll(/^\|[^|]+\|[^|]+\|[^|]+\|([^|]*)\|$/gm)].flatMap((row) => row[1]!.split(',').map((w) => w.trim())).filter((w) => /^[\p{Script=Cyrillic} -]+$/u.test(w));
    expect(avoided.length).toBeGreaterThan(3);
    const found = [...kazakh].flatMap(([key, text]) => avoided.filter((word) => new RegExp(`(^|[^\\p{L}])${word}`, 'iu').test(text)).map((word) => `${key}: ${word}`));
    expect(found).toEqual([]);
  });

  it('says the words a coordinator meets first in Kazakh', () => {
    expect(kk['save']).toBe('Сақтау');
    expect(kk['collections']).toBe('Жинақтар');
    expect(kk['work_with_test_repo']).toBe('Сынақ репозиторийімен жұмыс істеу');
  });
});

describe('Sveltia’s bundle as the site serves it', () => {
  const bundle = sveltiaBundle();

  it('reads its UI strings, fonts and modules from the site, and knows Kazakh', () => {
    expect(bundle).toContain('new URL("locales",document.baseURI)');
    expect(bundle).toContain('new URL("modules/"+e,document.baseURI)');
    expect(bundle).not.toMatch(/cdn\.jsdelivr\.net|githubstatus\.com\/api/);
    expect(bundle).toMatch(/`[a-zA-Z,-]*,kk,[a-zA-Z,-]*`\.split/);
    for (const code of EXTRA_UI_LOCALES) expect(uiLocaleCodes()).toContain(code);
    expect(uiLocaleCodes()).toContain('ru');
    // Immutable.js, which the save hook (and so the rules) needs, at the address the bundle asks for
    const [path] = Object.keys(cdnModules());
    expect(path).toMatch(/^immutable@\d+\.\d+\.\d+\/dist\/immutable\.es\.js$/);
    expect(sveltiaBundle()).toContain('immutable:`^' + path!.slice('immutable@'.length, path!.indexOf('/')) + '`');
  });
});
