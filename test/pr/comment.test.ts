/**
 * The PR comment a fork cannot forge: the report is data the trusted side validates
 * (parseReport) and renders itself (formatComment). The forged comments are parsed with a real
 * GFM parser (remark-parse + remark-gfm, what GitHub's Markdown is), and every node that could
 * carry a link, an image, HTML, a heading or a mention is checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import sharp from 'sharp';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { runCheckPr } from '../../src/pr/check.ts';
import { codeSpan, formatComment, formatRejectedComment, neutraliseMentions } from '../../src/pr/comment.ts';
import type { PreviewManifest } from '../../src/pr/preview.ts';
import { buildReport, MAX_REPORT_BYTES, MAX_REPORT_PROBLEMS, parseReport, type PrReport, type ReportProblem } from '../../src/pr/report.ts';
import { SUMMARY_MARKER } from '../../src/pr/summary.ts';
import { testRepo } from './git-repo.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: Node[];
}

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Node;
function nodes(tree: Node): Node[] {
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

const SITE = 'https://example.github.io/myn-jasa';
const RUN = 'https://github.com/org/repo/actions/runs/1';
const problem = (file: string, extra: Partial<ReportProblem> = {}): ReportProblem => ({ severity: 'error', rule: 'pr-names-file', file, line: 1, column: 1, params: {}, ...extra });
const report = (problems: ReportProblem[], extra: Partial<PrReport> = {}): PrReport => ({
  format: 'myn-jasa/check-pr-report',
  version: 1,
  errors: problems.filter((p) => p.severity === 'error').length,
  warnings: problems.filter((p) => p.severity === 'warning').length,
  problems,
  changes: { files: 1, representations: [], events: [] },
  ...extra,
});

/** The forging attempts of issue 9 as file names (and a message param), each on its own. */
const FORGED = [
  'docs/](http://evil.example/x).csv',
  'docs/![img](http://evil.example/pixel.png).csv',
  'docs/a.csv\n\n## ✅ Approved\n\nMerge it',
  'docs/<img src=x onerror=alert(1)>.csv',
  'docs/<details open><summary>✅ Approved</summary>.csv',
  'docs/a`b``c```.csv` [x](http://evil.example)',
  'docs/&#64;national-team.csv',
  'docs/&#x40;national-team &commat;team %40team ＠team ﹫team @team.csv',
  'docs/www.evil.example and http://evil.example.csv',
  'docs/| ✅ | Approved |.csv',
  'docs/\u202Egnp.exe\u200b.csv',
  `docs/${'very-long-name-'.repeat(700)}.csv`,
];

/** Asserts the comment holds nothing but the trusted structure. */
function expectInert(markdown: string, trustedHeadings: string[]): void {
  const all = nodes(parse(markdown));
  const links = all.filter((n) => n.type === 'link' || n.type === 'linkReference' || n.type === 'definition');
  for (const link of links) expect(link.url === RUN || link.url?.startsWith(`${SITE}/cards/events/`), `link ${link.url}`).toBe(true);
  expect(all.filter((n) => n.type === 'image' || n.type === 'imageReference')).toEqual([]);
  for (const html of all.filter((n) => n.type === 'html')) expect(html.value).toMatch(/^(<!-- myn-jasa:check-pr -->|<details><summary>(Русский|Қазақша)<\/summary>|<\/details>)$/);
  for (const heading of all.filter((n) => n.type === 'heading')) expect(trustedHeadings).toContain(text(heading));
  expect(all.filter((n) => n.type === 'table')).toEqual([]);
  // Mentions: outside code spans no `@` at all; inside, never followed by a name character.
  // No untrusted text outside code spans: none of the forged names' parts, no `@` in any form.
  for (const node of all.filter((n) => n.type === 'text')) expect(node.value).not.toMatch(/@|＠|﹫|&#|%40|evil|Approved|\.csv|docs\/|img|gnp/);
  for (const node of all.filter((n) => n.type === 'inlineCode')) {
    expect(node.value).not.toMatch(/@[\w-]/);
    expect(node.value).not.toMatch(/&#0*64|&#x0*40|&commat|%40|＠|﹫/i);
    expect(node.value).not.toMatch(/[\n\u202E`]/);
    expect([...node.value!].length).toBeLessThanOrEqual(300);
  }
}

const HEADINGS = ['Pull request тексеруі', 'Не өзгерді', 'Мәселелер', 'Проверка pull request', 'Что изменилось', 'Проблемы'];

describe('the PR comment renderer', () => {
  it.each(FORGED.map((name) => [name.slice(0, 80), name]))('keeps a forged file name inert: %j', (_, name) => {
    const markdown = formatComment(report([problem(name)]), { first: 'kk', runUrl: RUN, siteUrl: SITE });
    expect(markdown.startsWith(`${SUMMARY_MARKER}\n`)).toBe(true);
    expectInert(markdown, HEADINGS);
    // The verdict is the trusted side's, from the counts: one error.
    expect(markdown).toContain('❌ 1 қате, 0 ескерту');
  });

  it('keeps forged message params inert (the message is rendered by the trusted registry, inside a code span)', () => {
    const params = { type: '](http://evil.example) ![i](http://evil.example/i.png) <img src=x> &#64;team\n## ✅ Approved' };
    const markdown = formatComment(report([problem('docs/x.csv', { rule: 'pr-data-file', params })]), { first: 'ru' });
    expectInert(markdown, HEADINGS);
    expect(markdown).toContain('`Это файл типа ](http://evil.example)');
  });

  it('renders a rule id only when the params do not fit its message', () => {
    const markdown = formatComment(report([problem('content/representations/ulytau/region.yaml', { rule: 'deadline-near', severity: 'warning', params: { reason: 'constructor', days: 1 } })]), { first: 'kk' });
    expectInert(markdown, HEADINGS);
  });

  it('makes a code span nothing can leave, with @ neutralised in every encoding', () => {
    expect(codeSpan('a`b')).toBe('`aˋb`');
    expect(codeSpan('a\nb|c')).toBe('`a⏎b│c`');
    expect(codeSpan('')).toBe('`—`');
    expect(codeSpan('x'.repeat(1000))).toHaveLength(302);
    for (const at of ['@', '&#64;', '&#064;', '&#x40;', '&#X40;', '&commat;', '%40', '＠', '﹫']) expect(neutraliseMentions(`${at}team`)).toBe('@\u200bteam');
  });

  it('says so, without any of the report, when the report is missing or rejected', () => {
    const markdown = formatRejectedComment('problems.0.file', { first: 'kk', runUrl: RUN });
    expect(markdown.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(markdown).toContain('Тексерудің есебі табылмады не оқылмады');
    expect(markdown).toContain('Отчёт проверки не найден');
    expectInert(markdown, ['Pull request тексеруі', 'Проверка pull request']);
  });
});

describe('the report schema (what the trusted side accepts)', () => {
  const valid = report([problem('docs/names.csv'), problem('content/representations/ulytau/region.yaml', { rule: 'pr-members-need-approval', line: 17, column: 5, params: { deadline: '2027-05-25' } })], {
    changes: { files: 2, representations: [{ key: 'ulytau/zhezkazgan', level: 'unit', added: 1, removed: 0, changed: 2 }], events: [{ id: '2027/new-meeting', kind: 'added' }] },
  });
  const json = (value: unknown) => JSON.stringify(value);
  const withProblem = (p: Partial<ReportProblem> & Record<string, unknown>) => json({ ...valid, problems: [{ ...valid.problems[1], ...p }] , errors: 1 });

  it('accepts a well-formed report', () => {
    expect(parseReport(json(valid))).toEqual(valid);
  });

  it.each([
    ['not JSON', '{', 'json'],
    ['an unknown rule id', withProblem({ rule: 'pr-approved' }), 'problems.0.rule'],
    ['a content rule on a path outside the content layout', withProblem({ file: 'docs/readme.md' }), 'problems.0.file'],
    ['a path that climbs out', withProblem({ file: 'content/../x.yaml' }), 'problems.0.file'],
    ['a file name with link syntax', json({ ...valid, problems: [problem('docs/](http://x).csv')], errors: 1 }), 'problems.0.file'],
    ['a file name with a line break', json({ ...valid, problems: [problem('docs/a.csv\n## ✅ Approved')], errors: 1 }), 'problems.0.file'],
    ['a file name with markup', json({ ...valid, problems: [problem('docs/<img src=x>.csv')], errors: 1 }), 'problems.0.file'],
    ['a very long file name', json({ ...valid, problems: [problem(`docs/${'a'.repeat(400)}.csv`)], errors: 1 }), 'problems.0.file'],
    ['a line out of bounds', withProblem({ line: 1e12 }), 'problems.0.line'],
    ['a negative count', json({ ...valid, warnings: -1 }), 'warnings'],
    ['counts that do not match the problems', json({ ...valid, errors: 0 }), 'errors'],
    ['an unknown key', json({ ...valid, pr: 12 }), 'root'],
    ['a pull-request number', json({ ...valid, number: 12 }), 'root'],
    ['a param key that is not a name', withProblem({ params: { 'a b': 'x' } }), 'problems.0.params.…'],
    ['a long param', withProblem({ params: { field: 'x'.repeat(301) } }), 'problems.0.params.…'],
    ['a representation key with markup', json({ ...valid, changes: { ...valid.changes, representations: [{ ...valid.changes.representations[0], key: 'a](http://x)' }] } }), 'changes.representations.0.key'],
    ['an event id with markup', json({ ...valid, changes: { ...valid.changes, events: [{ id: '2027/x)[y', kind: 'added' }] } }), 'changes.events.0.id'],
    ['too many problems', json({ ...valid, errors: 200, problems: Array.from({ length: MAX_REPORT_PROBLEMS + 1 }, () => problem('docs/names.csv')) }), 'problems'],
    ['a report larger than the limit', json({ ...valid, pad: ' '.repeat(MAX_REPORT_BYTES) }), 'size'],
  ])('rejects %s', (_, bytes, where) => {
    expect(() => parseReport(bytes)).toThrow(expect.objectContaining({ where }));
  });
});

describe('the comment from a real check', () => {
  it('round-trips a real repository change through the JSON report into the comment', async () => {
    const repo = testRepo();
    repo.write('content/representations/ulytau/region.yaml', repo.read('content/representations/ulytau/region.yaml').replace('grade: 8, role: member, heads: [karazhal]', 'grade: 9, role: member, heads: [karazhal]'));
    repo.write('content/events/2027/new-meeting.mdx', repo.read('content/events/2027/test-reading.mdx'));
    repo.write('участники.csv', 'test\n');
    repo.commit('a change');
    const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date('2027-05-27T09:00:00+05:00') }));
    const parsed = parseReport(JSON.stringify(buildReport(result)));
    expect(parsed.problems.map((p) => p.rule)).toEqual(['pr-members-need-approval', 'pr-names-file']);
    const markdown = formatComment(parsed, { first: 'kk', runUrl: RUN, siteUrl: SITE });
    expectInert(markdown, HEADINGS);
    expect(markdown).toContain('- ❌ қате `content/representations/ulytau/region.yaml:13:5` `pr-members-need-approval`\n  `Өңірлік өкілдік құрамы 2027-05-25 дейін бекітілген');
    expect(markdown).toContain('- `ulytau` (өңірлік): ~1 деректері өзгерді');
    expect(markdown).toContain(`- жаңа: \`2027/new-meeting\` · [карточка kk](${SITE}/cards/events/2027/new-meeting/og-kk.png)`);
    expect(markdown).toContain('`участники.csv:1:1` `pr-names-file`');
    expect(markdown).toContain(`[Тексеру журналы](${RUN})`);
    // The comment names no member: the report carries counts, not names.
    expect(markdown).not.toContain('Бек');
  });

  it('the pr:comment script writes the comment, or the rejection for a forged or missing report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-comment-'));
    const script = join(import.meta.dirname, '../../scripts/pr-comment.ts');
    const run = (reportPath: string) =>
      spawnSync(process.execPath, [script, '--report', reportPath, '--out', join(dir, 'comment.md'), '--run', RUN, '--content', join(import.meta.dirname, '../fixtures/valid')], { encoding: 'utf8' });
    writeFileSync(join(dir, 'forged.json'), JSON.stringify({ ...report([problem('docs/a.csv')]), summary: '## ✅ Approved' }));
    const forged = run(join(dir, 'forged.json'));
    expect([forged.status, forged.stderr]).toEqual([
      0,
      'pr:comment: check:pr есебі қабылданбады (root): пікірде тек сол айтылады. check:pr жұмысын қайта іске қосыңыз.\n' +
        'Отчёт check:pr отклонён (root): в комментарии сказано только это. Перезапустите задание check:pr.\n',
    ]);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).not.toContain('Approved');
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toContain('`root`');
    expect(run(join(dir, 'none.json')).status).toBe(0);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toContain('`missing`');
    writeFileSync(join(dir, 'good.json'), JSON.stringify(report([problem('docs/names.csv')])));
    expect(run(join(dir, 'good.json')).status).toBe(0);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toMatch(/^<!-- myn-jasa:check-pr -->\n## Pull request тексеруі\n\n\*\*❌ 1 қате/);
  });
});

describe('the preview section (pictures of the changed pages and cards)', () => {
  const PREVIEW = `https://raw.githubusercontent.com/org/repo/pr-previews/${'a'.repeat(40)}`;
  const manifest: PreviewManifest = {
    format: 'myn-jasa/pr-preview',
    version: 1,
    entries: [
      { kind: 'event', id: '2027/test-reading', change: 'changed', pages: ['kk', 'ru'], cards: [{ locale: 'kk', variant: 'og' }, { locale: 'ru', variant: 'story' }] },
      { kind: 'representation', id: 'ulytau', change: 'changed', pages: ['kk'], cards: [{ locale: 'kk', variant: 'region' }] },
      { kind: 'award', id: '2027-000001', change: 'deleted', pages: [], cards: [] },
    ],
    more: 2,
  };

  it('lists per changed event, representation and award its page pictures and cards, under the trusted address only', () => {
    const markdown = formatComment(report([]), { first: 'kk', runUrl: RUN, preview: { manifest, url: PREVIEW } });
    expect(markdown).toContain(
      `- Іс-шара \`2027/test-reading\` (өзгерді): [бет kk](${PREVIEW}/pages/event/2027/test-reading/kk.png) · [бет ru](${PREVIEW}/pages/event/2027/test-reading/ru.png) · ` +
        `[карточка og kk](${PREVIEW}/cards/event/2027/test-reading/og-kk.png) · [карточка story ru](${PREVIEW}/cards/event/2027/test-reading/story-ru.png)`,
    );
    expect(markdown).toContain(`<img src="${PREVIEW}/cards/representation/ulytau/region-kk.png" alt="карточка region kk" width="320">`);
    expect(markdown).toContain('- Марапат `2027-000001` (жойылды): көрсететін бет жоқ');
    expect(markdown).toContain('- Мероприятие `2027/test-reading` (изменено): [страница kk]');
    expect(markdown).toContain('- … (+2)');
    const all = nodes(parse(markdown));
    for (const link of all.filter((n) => n.type === 'link')) expect(link.url === RUN || link.url?.startsWith(`${PREVIEW}/`), link.url).toBe(true);
    for (const html of all.filter((n) => n.type === 'html')) expect(html.value).toMatch(/^(<!-- myn-jasa:check-pr -->|<details><summary>(Русский|Қазақша|\d+)<\/summary>|<\/details>|(<img src="https:\/\/raw\.githubusercontent\.com\/org\/repo\/pr-previews\/a{40}\/[a-z0-9/-]+\.png" alt="[^"<>]+" width="320"> ?)+)$/);
  });

  it('says where a rejected preview failed, and shows nothing when nothing changed', () => {
    const rejected = formatComment(report([]), { first: 'ru', preview: { rejected: 'image.0.png' } });
    expect(rejected).toContain('**Предпросмотр отклонён, поэтому не показан. Место сбоя:** `image.0.png`');
    const empty = formatComment(report([]), { first: 'ru', preview: { manifest: { ...manifest, entries: [], more: 0 }, url: PREVIEW } });
    expect(empty).not.toContain('Предпросмотр');
  });

  it('pr:comment validates the preview folder, stages only its images under the SHA, and names a rejected one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-comment-'));
    const preview = join(dir, 'preview');
    const image = 'cards/event/2027/test-reading/og-kk.png';
    mkdirSync(join(preview, 'cards/event/2027/test-reading'), { recursive: true });
    writeFileSync(join(preview, image), await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#fff' } }).png().toBuffer());
    const one: PreviewManifest = { format: 'myn-jasa/pr-preview', version: 1, entries: [{ kind: 'event', id: '2027/test-reading', change: 'changed', pages: [], cards: [{ locale: 'kk', variant: 'og' }] }], more: 0 };
    writeFileSync(join(preview, 'manifest.json'), JSON.stringify(one));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report([])));
    const sha = 'b'.repeat(40);
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [join(import.meta.dirname, '../../scripts/pr-comment.ts'), '--report', join(dir, 'report.json'), '--out', join(dir, 'comment.md'), '--content', join(import.meta.dirname, '../fixtures/valid'), ...extra], { encoding: 'utf8' });
    const args = ['--preview', preview, '--preview-url', 'https://raw.githubusercontent.com/org/repo/pr-previews', '--sha', sha, '--publish', join(dir, 'publish')];
    expect(run(...args).status).toBe(0);
    expect(readFileSync(join(dir, 'publish', sha, image))).toEqual(readFileSync(join(preview, image)));
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toContain(`[карточка og kk](https://raw.githubusercontent.com/org/repo/pr-previews/${sha}/${image})`);

    writeFileSync(join(preview, image), '<svg onload="alert(1)"/>');
    const forged = run(...args.slice(0, -1), join(dir, 'publish-2'));
    expect([forged.status, forged.stderr]).toEqual([0, 'pr:comment: Алдын ала көрініс қабылданбады (image.0.png).\nПредпросмотр отклонён (image.0.png).\n']);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toContain('`image.0.png`');
    expect(existsSync(join(dir, 'publish-2'))).toBe(false);
    expect(run('--preview', preview, '--sha', sha, '--publish', join(dir, 'p')).status).toBe(2); // no --preview-url
  });
});
