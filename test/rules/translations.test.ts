/**
 * An event's Russian body in `<slug>.ru.mdx` (issue 10, "both languages for real"): read by the
 * validator as part of its event, checked by the same body rules with its own file, line and
 * column, and refused when it is not a body of an existing event in the other language. The
 * title and summary in both languages: a warning here (check:pr makes it an error for a new event).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { classify } from '../../src/content/layout.ts';
import { parseContent } from '../../src/rules/schema.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const EVENT = 'events/2027/test-reading.mdx';
const RU = 'events/2027/test-reading.ru.mdx';
const RU_FILE = `content/${RU}`;
const BODY = 'Мы вместе **читаем** книги.\n\nВозьмите с собой тетрадь.\n';

const rulesOf = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe('<slug>.ru.mdx is part of its event', () => {
  it('is classified as the translation of the event <year>/<slug>, never as an event', () => {
    expect(classify(RU)).toEqual({ kind: 'event-translation', year: 2027, slug: 'test-reading', locale: 'ru' });
    expect(classify('events/2027/test-reading.ru.md')).toMatchObject({ kind: 'event-translation', slug: 'test-reading' });
    // Only Russian: the Kazakh body is the event's own (Sveltia's default locale, left out of the name).
    expect(classify('events/2027/test-reading.kk.mdx')).toBeUndefined();
  });

  it('is valid as a bare body, or with an empty frontmatter, and joins its event in the content', () => {
    for (const text of [BODY, `---\n---\n${BODY}`]) {
      const tree = fixtureTree();
      tree.write(RU, text);
      expect(tree.validate()).toEqual([]);
      const { content } = parseContent(loadContent(tree.root));
      expect(content.events.map((e) => e.id)).toEqual(['2027/test-reading']);
      expect(content.translations.map((t) => [t.event, t.locale, t.file.body?.text])).toEqual([['2027/test-reading', 'ru', BODY]]);
    }
  });

  it('keeps a body that starts after a blank line and a body-less frontmatter apart', () => {
    const tree = fixtureTree();
    tree.write(RU, `---\n---\n`);
    expect(tree.validate()).toEqual([]);
    const { content } = parseContent(loadContent(tree.root));
    expect(content.translations[0]!.file.body).toEqual({ text: '', offset: 8 });
  });

  it('refuses event fields in it, one error per field at its key', () => {
    const tree = fixtureTree();
    tree.write(RU, `---\ntitle: { ru: "Вечер" }\nlang: ru\n---\n${BODY}`);
    expect(tree.validate()).toMatchObject([
      { rule: 'event-translation-fields', severity: 'error', file: RU_FILE, line: 2, column: 1, params: { key: 'title', event: '2027/test-reading' } },
      { rule: 'event-translation-fields', severity: 'error', file: RU_FILE, line: 3, column: 1, params: { key: 'lang' } },
    ]);
  });

  it('refuses a translation without its event', () => {
    const tree = fixtureTree();
    tree.write('events/2027/no-such-event.ru.mdx', BODY);
    expect(tree.validate()).toMatchObject([
      { rule: 'event-translation-orphan', severity: 'error', file: 'content/events/2027/no-such-event.ru.mdx', line: 1, column: 1, params: { event: '2027/no-such-event', expected: 'content/events/2027/no-such-event.mdx' } },
    ]);
  });

  it('refuses a Russian translation of an event whose own body is Russian', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'lang: kk', 'lang: ru');
    tree.write(RU, BODY);
    expect(tree.validate()).toMatchObject([{ rule: 'event-translation-same-language', severity: 'error', file: RU_FILE, line: 1, column: 1 }]);
  });

  it('refuses two Russian files for one event', () => {
    const tree = fixtureTree();
    tree.write('events/2027/test-reading.ru.md', BODY);
    tree.write(RU, BODY);
    expect(tree.validate()).toMatchObject([
      { rule: 'event-translation-duplicate', severity: 'error', file: RU_FILE, line: 1, column: 1, params: { first: 'content/events/2027/test-reading.ru.md' } },
    ]);
  });

  it('refuses a Kazakh sibling as an unexpected file', () => {
    const tree = fixtureTree();
    tree.write('events/2027/test-reading.kk.mdx', BODY);
    expect(rulesOf(tree.validate())).toEqual(['file-unexpected']);
  });
});

describe('the translation goes through the same body rules, at its own file, line and column', () => {
  it('refuses a script, an expression and a phone number in it', () => {
    const tree = fixtureTree();
    tree.write(RU, `${BODY}\nЗвоните: 8 701 123 45 67.\n\n<script>alert(1)</script>\n\nИтого {1 + 1}.\n`);
    expect(tree.validate()).toMatchObject([
      { rule: 'personal-phone', file: RU_FILE, line: 5, column: 10 },
      { rule: 'html-tag', file: RU_FILE, line: 7, column: 1, params: { tag: 'script' } },
      { rule: 'mdx-expression', file: RU_FILE, line: 9, column: 7 },
    ]);
  });

  it('counts the frontmatter lines in the positions', () => {
    const tree = fixtureTree();
    tree.write(RU, `---\n---\n${BODY}<iframe src="https://example.org"></iframe>\n`);
    expect(tree.validate()).toMatchObject([{ rule: 'html-tag', file: RU_FILE, line: 6, column: 1 }]);
  });

  it('refuses a hidden member named in it', () => {
    const tree = fixtureTree();
    tree.write(RU, `Победитель — Дана Д.\n`);
    expect(tree.validate()).toMatchObject([{ rule: 'personal-hidden-name', severity: 'error', file: RU_FILE, line: 1, column: 14 }]);
  });
});

describe('event-translation-missing: title and summary in both languages', () => {
  it('warns at the field that lacks ru or kk, once (no second locale-missing warning)', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'title: { kk: "Сынақ оқу кеші", ru: "Тестовый вечер чтения" }', 'title: { kk: "Сынақ оқу кеші" }');
    tree.replace(EVENT, 'summary: { kk: "Онлайн кітап оқу кеші.", ru: "Онлайн-вечер чтения." }', 'summary: { ru: "Онлайн-вечер чтения.", en: "An online reading evening." }');
    expect(tree.validate()).toEqual([
      { rule: 'event-translation-missing', severity: 'warning', file: `content/${EVENT}`, line: 2, column: 1, params: { path: 'title', locale: 'ru' } },
      { rule: 'event-translation-missing', severity: 'warning', file: `content/${EVENT}`, line: 3, column: 1, params: { path: 'summary', locale: 'kk' } },
    ]);
  });

  it('leaves other locale maps to locale-missing', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'lang: kk', 'lang: kk\nplace: { kk: "Жезқазған" }');
    tree.replace(EVENT, 'format: online', 'format: hybrid');
    expect(rulesOf(tree.validate())).toEqual(['locale-missing']);
  });
});
