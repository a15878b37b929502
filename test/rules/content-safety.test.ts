import { describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/content/components.ts';
import { checkBody } from '../../src/rules/content-safety/body.ts';
import { fixtureTree, type FixtureTree } from '../helpers/fixture-tree.ts';

const MDX = 'events/2027/test-reading.mdx';
const MD = 'events/2027/test-reading.md';
const SAFETY_RULES = new Set(['mdx-syntax', 'mdx-esm', 'mdx-expression', 'mdx-component', 'html-tag', 'html-handler', 'html-url']);

const safety = (tree: FixtureTree) => tree.validate().filter((p) => SAFETY_RULES.has(p.rule));

/** The fixture event with `body` appended after its own body, as .mdx or (renamed) .md. */
function withBody(body: string, kind: 'mdx' | 'md' = 'mdx'): FixtureTree & { path: string } {
  const tree = fixtureTree();
  const text = `${tree.read(MDX)}\n${body}\n`;
  if (kind === 'md') tree.remove(MDX);
  const path = kind === 'md' ? MD : MDX;
  tree.write(path, text);
  return Object.assign(tree, { path });
}

/** 1-based line and column of the first occurrence of `needle` in a fixture file. */
function where(tree: FixtureTree, path: string, needle: string) {
  const lines = tree.read(path).split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line === -1) throw new Error(`${needle} not in ${path}`);
  return { file: `content/${path}`, line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

const SAFE_MARKUP = [
  '## Бағдарлама',
  '',
  '<details><summary>Толығырақ</summary>Кездесу <strong>онлайн</strong> өтеді.</details>',
  '',
  '<img src="https://example.kz/poster.png" alt="Афиша" />',
  '',
  'Тіркелу: [форма](https://forms.example.kz/reading), [іс-шаралар](/events/) және <a href="#plan">жоспар</a>.',
  '',
  '{/* Ескерту: бұл түсініктеме сайтта көрсетілмейді */}',
].join('\n');

describe('content safety: passing bodies', () => {
  it('the valid fixture has no problems', () => {
    expect(safety(fixtureTree())).toEqual([]);
  });

  it('allows safe HTML, Markdown links and MDX comments in .mdx and .md', () => {
    expect(safety(withBody(SAFE_MARKUP))).toEqual([]);
    expect(safety(withBody(SAFE_MARKUP.replace(/\{\/\*.*\*\/\}/, '<!-- ескерту -->'), 'md'))).toEqual([]);
  });
});

describe('mdx-esm', () => {
  it('rejects import and export in an MDX body', () => {
    const tree = withBody("import Secret from '../../../src/secret.ts';\n\nexport const x = 1;");
    expect(safety(tree)).toMatchObject([
      { rule: 'mdx-esm', severity: 'error', ...where(tree, MDX, 'import Secret') },
      { rule: 'mdx-esm', severity: 'error', ...where(tree, MDX, 'export const') },
    ]);
  });
});

describe('mdx-expression', () => {
  it('rejects expressions in text, in flow and in JSX attributes', () => {
    const tree = withBody('Бүгін {new Date().getFullYear()} жыл.\n\n{process.env.SECRET}\n\n<span title={x} {...rest}>мәтін</span>');
    expect(safety(tree)).toMatchObject([
      { rule: 'mdx-expression', ...where(tree, MDX, '{new Date') },
      { rule: 'mdx-expression', ...where(tree, MDX, '{process') },
      { rule: 'mdx-expression', ...where(tree, MDX, 'title={x}') },
      { rule: 'mdx-expression', ...where(tree, MDX, '{...rest}') },
    ]);
  });

  it('does not treat braces in a .md body as code', () => {
    expect(safety(withBody('Жиын {1+1} және {x}', 'md'))).toEqual([]);
  });
});

describe('mdx-component', () => {
  it('rejects a component that is not documented, naming it', () => {
    const tree = withBody('<Widget kind="map" />\n\nМәтін <ui.Button>басу</ui.Button>');
    expect(safety(tree)).toMatchObject([
      { rule: 'mdx-component', ...where(tree, MDX, '<Widget'), params: { name: 'Widget' } },
      { rule: 'mdx-component', ...where(tree, MDX, '<ui.Button'), params: { name: 'ui.Button' } },
    ]);
  });

  it('allows the documented components (none yet in CONTENT_COMPONENTS)', () => {
    expect(CONTENT_COMPONENTS).toEqual([]);
    const body = '<Callout kind="note">Маңызды</Callout>';
    expect(checkBody(body, { mdx: true, components: ['Callout'] })).toEqual([]);
    expect(checkBody(body, { mdx: true })).toMatchObject([{ rule: 'mdx-component', offset: 0 }]);
  });
});

describe('mdx-syntax', () => {
  it('reports an HTML comment in MDX as a located error, not a crash', () => {
    const tree = withBody('Мәтін\n\n<!-- ескерту -->');
    expect(safety(tree)).toMatchObject([{ rule: 'mdx-syntax', file: `content/${MDX}`, line: where(tree, MDX, '<!--').line, column: 2 }]);
  });

  it('reports an unclosed component at the place it stops', () => {
    const tree = withBody('<Callout>\nМәтін');
    const [problem] = safety(tree);
    expect(problem).toMatchObject({ rule: 'mdx-syntax', file: `content/${MDX}` });
    expect(problem!.line).toBeGreaterThanOrEqual(where(tree, MDX, '<Callout>').line);
  });
});

describe('html-tag', () => {
  it('rejects script, iframe, style, object and form in a .md body', () => {
    const tree = withBody('<script>alert(1)</script>\n\nМәтін <iframe src="https://example.kz"></iframe>\n\n<style>p{}</style>\n\n<object data="x"></object> <form><input></form>', 'md');
    expect(safety(tree).map((p) => [p.rule, p.params['tag'], p.line, p.column])).toEqual([
      ['html-tag', 'script', ...Object.values(where(tree, MD, '<script>')).slice(1)],
      ['html-tag', 'iframe', ...Object.values(where(tree, MD, '<iframe')).slice(1)],
      ['html-tag', 'style', ...Object.values(where(tree, MD, '<style>')).slice(1)],
      ['html-tag', 'object', ...Object.values(where(tree, MD, '<object')).slice(1)],
      ['html-tag', 'form', ...Object.values(where(tree, MD, '<form>')).slice(1)],
      ['html-tag', 'input', ...Object.values(where(tree, MD, '<input>')).slice(1)],
    ]);
  });

  it('rejects them in an .mdx body too, and ignores tags inside code', () => {
    const tree = withBody('<script>{"alert(1)"}</script>\n\n`<iframe>` деп жазуға болмайды.\n\n```html\n<iframe></iframe>\n```');
    expect(safety(tree)).toMatchObject([
      { rule: 'html-tag', params: { tag: 'script' }, ...where(tree, MDX, '<script>') },
      { rule: 'mdx-expression', ...where(tree, MDX, '{"alert') },
    ]);
  });
});

describe('html-handler', () => {
  it('rejects on* attributes in .md and .mdx', () => {
    const md = withBody('<p onclick="steal()">мәтін</p>', 'md');
    expect(safety(md)).toMatchObject([{ rule: 'html-handler', params: { attribute: 'onclick' }, ...where(md, MD, 'onclick') }]);
    const mdx = withBody('<img src="https://example.kz/a.png" alt="" onError="steal()" />');
    expect(safety(mdx)).toMatchObject([{ rule: 'html-handler', params: { attribute: 'onerror' }, ...where(mdx, MDX, 'onError') }]);
  });
});

describe('html-url', () => {
  it('rejects javascript:, data: and vbscript: URLs in HTML, including disguised ones', () => {
    const tree = withBody('<a href="javascript:alert(1)">а</a> <a href="jav&#x61;script:alert(1)">ә</a> <img src="data:image/svg+xml;base64,PHN2Zz4=" alt=""> <a href=" VBScript:x">б</a>', 'md');
    expect(safety(tree).map((p) => [p.rule, p.params['scheme'], p.column])).toEqual([
      ['html-url', 'javascript', where(tree, MD, 'href="javascript').column],
      ['html-url', 'javascript', where(tree, MD, 'href="jav&').column],
      ['html-url', 'data', where(tree, MD, 'src="data').column],
      ['html-url', 'vbscript', where(tree, MD, 'href=" VBS').column],
    ]);
  });

  it('rejects them in Markdown links, images and definitions, and in MDX attributes', () => {
    const tree = withBody('[басу](javascript:alert(1)) ![сурет](data:image/png;base64,AAAA)\n\n[сілтеме]: vbscript:x\n\n<a href="javascript:void(0)">а</a>');
    expect(safety(tree)).toMatchObject([
      { rule: 'html-url', params: { attribute: 'href', scheme: 'javascript' }, ...where(tree, MDX, '[басу]') },
      { rule: 'html-url', params: { attribute: 'src', scheme: 'data' }, ...where(tree, MDX, '![сурет]') },
      { rule: 'html-url', params: { scheme: 'vbscript' }, ...where(tree, MDX, '[сілтеме]:') },
      { rule: 'html-url', params: { scheme: 'javascript' }, ...where(tree, MDX, 'href="javascript') },
    ]);
  });
});

describe('checkBody fast path', () => {
  it('still parses bodies whose only risk is a link scheme, however it is written', () => {
    for (const link of ['[а](javascript:alert(1))', '[а](JavaScript:alert(1))', '[а](javascript\\:alert(1))', '[а](javascript&#58;alert(1))', '[а](javascript&colon;alert(1))', '[а]: data:text/html,x']) {
      for (const mdx of [true, false]) expect(checkBody(`Мәтін\n\n${link}\n\nсоңы`, { mdx }).map((i) => i.rule), link).toEqual(['html-url']);
    }
  });

  it('passes plain bodies with https and relative links', () => {
    expect(checkBody('Тіркелу: [форма](https://forms.example.kz/x?a=1&b=2), [бет](/events/). Note: **маңызды**', { mdx: true })).toEqual([]);
  });
});
