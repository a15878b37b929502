/**
 * Defence in depth, end to end: a Markdown event body with unsafe HTML that got past the
 * validator is still published without it (src/content/render-body.ts sanitises every body with src/content/sanitize.ts),
 * and markup in a title is written as text wherever the title appears (the events list's items are
 * strings made outside Astro's templates, src/components/event-item.ts), as is markup in a topic's
 * name in the lists' filters (src/components/filter-links.ts, also made outside the templates).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { buildSite } from './built-site.ts';

const outDir = resolve('.cache/test-site/sanitize-dist');
let page: string;
let list: string;
let titlePage: string;
let ruEvents: string;
let ruProjects: string;
/** A topic's Russian name with markup, as a content pull request could write it in movement.yaml. */
const HOSTILE_TOPIC = `<img src=x onerror="alert(5)">Чтение & 'чтение'`;
const HOSTILE_TOPIC_TEXT = '&lt;img src=x onerror=&quot;alert(5)&quot;&gt;Чтение &amp; &#39;чтение&#39;';
/** The page's markup outside its attributes' quoted values (Astro escapes `&` and `"` there; `<` is inert inside the quotes). */
const markupOf = (html: string) => html.replace(/="[^"]*"/g, '=""');

beforeAll(() => {
  const tree = fixtureTree();
  tree.write(
    'events/2027/unsafe-body.md',
    [
      '---',
      'title: { kk: "Қауіпті мәтін", ru: "Опасный текст" }',
      'summary: { kk: "Тексеру", ru: "Проверка" }',
      'start: 2027-06-12T15:00:00+05:00',
      'end: 2027-06-12T16:30:00+05:00',
      'format: online',
      'online: { platform: zoom, url: "https://zoom.example.kz/j/1" }',
      'organizer: national',
      'audience: { grades: [5, 11] }',
      'topics: [reading]',
      'status: planned',
      'lang: kk',
      '---',
      'Қалың <strong>мәтін</strong> және <a href="javascript:alert(1)" onclick="alert(2)">сілтеме</a>.',
      '',
      '<script>alert(3)</script>',
      '<img src="https://example.org/x.png" alt="" onerror="alert(4)">',
      '<iframe src="https://example.org"></iframe>',
      '',
    ].join('\n'),
  );
  tree.write('events/2027/markup-title.md', tree.read('events/2027/test-reading.mdx').replace('"Сынақ оқу кеші"', `'<b onclick="x()">Q&A</b> кеші'`));
  tree.replace('movement.yaml', 'ru: Чтение }', `ru: ${JSON.stringify(HOSTILE_TOPIC)} }`);
  buildSite({ outDir, contentDir: tree.root, base: '/', complete: false });
  page = readFileSync(join(outDir, 'events/2027/unsafe-body/index.html'), 'utf8');
  list = readFileSync(join(outDir, 'events/index.html'), 'utf8');
  titlePage = readFileSync(join(outDir, 'events/2027/markup-title/index.html'), 'utf8');
  ruEvents = readFileSync(join(outDir, 'ru/events/index.html'), 'utf8');
  ruProjects = readFileSync(join(outDir, 'ru/projects/index.html'), 'utf8');
}, 180_000);

describe('a Markdown body with unsafe HTML', () => {
  const body = () => page.slice(page.indexOf('class="body"'), page.indexOf('id="add-to-calendar"'));

  it('keeps the safe HTML', () => {
    expect(body()).toContain('<strong>мәтін</strong>');
    expect(body()).toContain('сілтеме</a>');
  });

  it('loses scripts, frames, event handlers and javascript: links', () => {
    expect(body()).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
  });
});

describe('markup in a title', () => {
  it('is text in the events list', () => {
    const item = /<li class="card" data-event="2027\/markup-title"[\s\S]*?<\/li><\/ul>[\s\S]*?<\/li>/.exec(list)?.[0] ?? '';
    expect(item).toContain('>&lt;b onclick=&quot;x()&quot;&gt;Q&amp;A&lt;/b&gt; кеші</a>');
    expect(item).not.toMatch(/<b[\s>]|onclick="/);
  });

  it("is text in its own page's head and heading, and the frame around it is intact", () => {
    const title = '&lt;b onclick=&quot;x()&quot;&gt;Q&amp;A&lt;/b&gt; кеші';
    expect(titlePage).toContain(`<title>${title} — `);
    expect(titlePage).toContain('<meta property="og:title" content="<b onclick=&quot;x()&quot;>Q&amp;A</b> кеші">');
    expect(titlePage).toContain(`>${title}</h1>`);
    expect(markupOf(titlePage)).not.toMatch(/<b[\s>]/);
    // The header and footer (src/layouts/site-frame.ts) around it: the switch to this page in Russian, the menu with Events current.
    expect(titlePage).toContain('href="/ru/events/2027/markup-title/" hreflang="ru" lang="ru"');
    expect(titlePage).toContain('<li><a href="/events/" aria-current="page">');
    expect(titlePage).toMatch(/<footer class="site-footer"><div class="wrap"><p>[^<]+<\/p><ul aria-label="[^"]+"><li><a href="\/events\.ics">/);
  });
});

describe("markup in a topic's name", () => {
  it('is text in the events filters: the links, the select, and a filter page marking it current', () => {
    const filters = ruEvents.slice(ruEvents.indexOf('<details class="filters"'), ruEvents.indexOf('</details>'));
    expect(filters).toContain(`data-filter-link="topic=reading">${HOSTILE_TOPIC_TEXT}</a>`);
    expect(filters).toContain(`data-filter-value="topic=reading">${HOSTILE_TOPIC_TEXT}</option>`);
    expect(markupOf(filters)).not.toMatch(/<img[\s>]/);
    const filterPage = readFileSync(join(outDir, 'ru/events/topic/reading/index.html'), 'utf8');
    expect(filterPage).toContain(`data-filter-value="topic=reading" selected>${HOSTILE_TOPIC_TEXT}</option>`);
    expect(filterPage).toContain(`data-filter-link="topic=reading" aria-current="page">${HOSTILE_TOPIC_TEXT}</a>`);
    expect(markupOf(filterPage)).not.toMatch(/<img[\s>]/);
  });

  it('is text in the projects filters', () => {
    const filters = ruProjects.slice(ruProjects.indexOf('<details class="filters"'), ruProjects.indexOf('</details>'));
    expect(filters).toContain(`data-project-filter="topic=reading">${HOSTILE_TOPIC_TEXT} <span data-filter-count>(`);
    expect(markupOf(ruProjects)).not.toMatch(/<img[\s>]/);
  });
});
