/**
 * Defence in depth, end to end: a Markdown event body with unsafe HTML that got past the
 * validator is still published without it (src/content/render-body.ts sanitises every body with src/content/sanitize.ts),
 * and markup in a title is written as text wherever the title appears (the events list's items are
 * strings made outside Astro's templates, src/components/event-item.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { buildSite } from './built-site.ts';

const outDir = resolve('.cache/test-site/sanitize-dist');
let page: string;
let list: string;

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
  buildSite({ outDir, contentDir: tree.root, base: '/', complete: false });
  page = readFileSync(join(outDir, 'events/2027/unsafe-body/index.html'), 'utf8');
  list = readFileSync(join(outDir, 'events/index.html'), 'utf8');
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
});
