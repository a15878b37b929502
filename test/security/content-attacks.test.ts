/**
 * A hostile content pull request, tried as a fork would (issue: "a content pull request can never
 * run code"). Each attack is a real file on disk: it must fail `validate` with a located error,
 * fail `check:pr` on a real git repository, and — with the validator skipped — still be refused
 * by the build's own reader and renderer, so nothing executes and nothing reaches dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContent } from '../../src/content/load.ts';
import { runCheckPr } from '../../src/pr/check.ts';
import { fileEditor, fixtureTree, type FixtureTree } from '../helpers/fixture-tree.ts';
import { testRepo } from '../pr/git-repo.ts';
import { buildSite } from '../site/built-site.ts';

const EVENT = 'events/2027/test-reading.mdx';
const NOW = '2027-03-01T12:00:00+05:00';

/** Where a marker would be written by code that ran during a build; it must never exist. */
const marker = join(mkdtempSync(join(tmpdir(), 'myn-jasa-marker-')), 'ran.txt');

/** The fixture event's frontmatter lines (without delimiters) and its body. */
function eventParts(tree: FixtureTree): { yaml: string; body: string } {
  const [, yaml, body] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(tree.read(EVENT))!;
  return { yaml: yaml!, body: body! };
}

interface Attack {
  name: string;
  /** Changes a content tree (paths relative to the content root). */
  apply(root: string, tree: FixtureTree): void;
  /** The rule validate must report, and the file it names (relative to content/). */
  rule: string;
  file: string;
  /** The line reported, or a text whose (first) line it is. */
  line: number | string;
}

const ATTACKS: Attack[] = [
  {
    name: 'frontmatter opened with --- and closed with +++ (the whole file would compile as MDX)',
    rule: 'frontmatter-delimiter',
    file: EVENT,
    line: 1,
    apply: (_, tree) => {
      const { yaml, body } = eventParts(tree);
      tree.write(
        EVENT,
        `---\n${yaml}# <script>alert(document.domain)</script>\nnote: "one\nimport fs from 'node:fs'; fs.writeFileSync(${JSON.stringify(marker)}, 'ran')\nexport const x = 1\n"\n+++\n${body}`,
      );
    },
  },
  {
    name: 'frontmatter closed with +++ on both sides',
    rule: 'frontmatter-delimiter',
    file: EVENT,
    line: 1,
    apply: (_, tree) => {
      const { yaml, body } = eventParts(tree);
      tree.write(EVENT, `+++\n${yaml}+++\n${body}`);
    },
  },
  {
    name: 'ESM in an MDX body',
    rule: 'mdx-esm',
    file: EVENT,
    line: 'import fs',
    apply: (_, tree) => {
      tree.write(EVENT, `${tree.read(EVENT)}\nimport fs from 'node:fs'\nexport const run = fs.writeFileSync(${JSON.stringify(marker)}, 'ran')\n`);
    },
  },
  {
    name: 'a JavaScript expression in an MDX body',
    rule: 'mdx-expression',
    file: EVENT,
    line: '{process',
    apply: (_, tree) => {
      tree.write(EVENT, `${tree.read(EVENT)}\n{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}\n`);
    },
  },
  {
    name: 'a symbolic link to an event file outside the tree',
    rule: 'file-symlink',
    file: 'events/2027/linked-event.mdx',
    line: 1,
    apply: (root, tree) => {
      const outside = join(dirname(root), 'outside.mdx');
      writeFileSync(outside, `${tree.read(EVENT)}\n<script>alert(1)</script>\nimport fs from 'node:fs'\n`);
      symlinkSync(outside, join(root, 'events/2027/linked-event.mdx'));
    },
  },
  {
    name: 'a symbolic link to a folder of events',
    rule: 'file-symlink',
    file: 'events/2028',
    line: 1,
    apply: (root, tree) => {
      const outside = join(dirname(root), 'outside-events');
      execFileSync('mkdir', ['-p', outside]);
      writeFileSync(join(outside, 'evil.mdx'), tree.read(EVENT).replace('Біз бірге', 'ЖСН 120305600100. Біз бірге'));
      symlinkSync(outside, join(root, 'events/2028'));
    },
  },
  {
    name: 'a style overlay and other attributes outside the allowlist in MDX',
    rule: 'html-attribute',
    file: EVENT,
    line: '<div style',
    apply: (_, tree) => {
      tree.write(EVENT, `${tree.read(EVENT)}\n<div style="position:fixed;inset:0;background:white">Сайт жабылды</div>\n`);
    },
  },
  {
    name: 'a 10,000-level nesting of <div>',
    rule: 'body-too-deep',
    file: EVENT,
    line: '<div><div>',
    apply: (_, tree) => {
      tree.write(EVENT, `${tree.read(EVENT)}\n${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}\n`);
    },
  },
  {
    name: 'a 10,000-level blockquote',
    rule: 'body-too-deep',
    file: EVENT,
    line: '>>>>',
    apply: (_, tree) => {
      tree.write(EVENT, `${tree.read(EVENT)}\n${'>'.repeat(10_000)} x\n`);
    },
  },
  {
    name: 'a 2,000-level list',
    rule: 'body-too-deep',
    file: EVENT,
    // Reported where the nesting first goes past the limit: the 65th level.
    line: `${' '.repeat(128)}- x`,
    apply: (_, tree) => {
      const list = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
      tree.write(EVENT, `${tree.read(EVENT)}\n${list}\n`);
    },
  },
];

describe.each(ATTACKS)('attack: $name', (attack) => {
  it('fails validate with a located error', () => {
    const tree = fixtureTree();
    attack.apply(tree.root, tree);
    const problems = tree.validate();
    const line = typeof attack.line === 'number' ? attack.line : tree.read(attack.file).split('\n').findIndex((l) => l.includes(attack.line as string)) + 1;
    expect(problems).toContainEqual(expect.objectContaining({ rule: attack.rule, severity: 'error', file: `content/${attack.file}`, line }));
  });

  it('fails check:pr on a real git repository', async () => {
    const repo = testRepo();
    const root = join(repo.dir, 'content');
    attack.apply(root, { ...fileEditor(root, 'repo content'), root, validate: () => [] });
    repo.commit(attack.name);
    const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date(NOW) }));
    expect(result.located).toContainEqual(expect.objectContaining({ rule: attack.rule, severity: 'error', file: `content/${attack.file}` }));
  });
});

describe('the reader', () => {
  it('lists symbolic links without following them', () => {
    const tree = fixtureTree();
    symlinkSync('/etc', join(tree.root, 'events/etc'));
    symlinkSync('/etc/hostname', join(tree.root, 'events/2027/hostname.mdx'));
    const entries = listContent(tree.root).filter((e) => e.path.startsWith('events/'));
    expect(entries).toContainEqual({ path: 'events/etc', type: 'symlink' });
    expect(entries).toContainEqual({ path: 'events/2027/hostname.mdx', type: 'symlink' });
    expect(entries.some((e) => e.path.startsWith('events/etc/'))).toBe(false);
  });
});

/**
 * The build on its own (the validator skipped, as if it had a bug): the content reader and the
 * body renderer refuse every attack, nothing runs, nothing is published.
 */
describe('the build without the validator', () => {
  const outDir = resolve('.cache/test-site/attack-dist');

  it.each(ATTACKS.filter((a) => ['frontmatter-delimiter', 'mdx-esm', 'mdx-expression', 'file-symlink'].includes(a.rule)).map((a) => [a.name, a] as const))(
    'refuses %s: the build fails, no code runs, nothing is written',
    (_, attack) => {
      const tree = fixtureTree();
      attack.apply(tree.root, tree);
      rmSync(marker, { force: true });
      let failure = '';
      try {
        buildSite({ outDir, contentDir: tree.root, base: '/', complete: false });
      } catch (error) {
        failure = String((error as { stderr?: Buffer }).stderr ?? error);
      }
      expect(failure).toContain(attack.rule);
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    },
    180_000,
  );

  it('renders an MDX body with HTML through the same allowlist as Markdown', () => {
    const tree = fixtureTree();
    tree.write(
      EVENT,
      `${tree.read(EVENT)}\n<div style="position:fixed" class="overlay" id="x"><a href="https://example.kz" ping="https://track.example" target="_blank">сілтеме</a></div>\n\n<details open><summary>Толығырақ</summary>Мәтін</details>\n`,
    );
    buildSite({ outDir, contentDir: tree.root, base: '/', complete: false });
    const page = readFileSync(join(outDir, 'events/2027/test-reading/index.html'), 'utf8');
    const body = page.slice(page.indexOf('class="body"'));
    expect(body).toContain('<a href="https://example.kz">сілтеме</a>');
    expect(body).toContain('<details open><summary>Толығырақ</summary>Мәтін</details>');
    expect(body).not.toMatch(/style="position|class="overlay"|ping=|target=/);
    expect(readdirSync(outDir).length).toBeGreaterThan(0);
  }, 180_000);
});
