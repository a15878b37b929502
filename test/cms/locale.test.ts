import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnModules, EXTRA_UI_LOCALES, sveltiaBundle, uiLocaleCodes } from '../../src/cms/bundle.ts';

type Strings = { [key: string]: string | Strings };
const en = JSON.parse(readFileSync('node_modules/@sveltia/cms/locales/en-US.json', 'utf8')) as Strings;
const kk = JSON.parse(readFileSync('src/cms/locales/kk.json', 'utf8')) as Strings;

/** Every message's key path with its text. */
function messages(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [inner, text] of messages(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}
const variables = (text: string) => [...new Set(text.match(/\{\$\w+/g) ?? [])].sort();

describe('the editor’s Kazakh UI locale (src/cms/locales/kk.json)', () => {
  const english = messages(en);
  const kazakh = messages(kk);

  it('has every key of Sveltia’s English locale, in the same shape', () => {
    expect([...english.keys()].filter((key) => !kazakh.has(key))).toEqual([]);
    expect([...kazakh.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('keeps each message’s variables, so Sveltia can fill them', () => {
    const broken = [...english].filter(([key, text]) => variables(text).join() !== variables(kazakh.get(key) ?? '').join()).map(([key]) => key);
    expect(broken).toEqual([]);
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
