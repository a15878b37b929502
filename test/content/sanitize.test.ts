import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from '../../src/content/sanitize.ts';

/** The Markdown render path the site plugs the schema into: raw HTML parsed, then sanitised. */
const render = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).processSync(markdown));

describe('sanitizeSchema (defence in depth at render)', () => {
  const unsafe = [
    '<script>alert("x")</script>',
    '<iframe src="https://example.kz/embed"></iframe>',
    '<p onclick="steal()">басу</p>',
    '<img src="https://example.kz/a.png" onerror="steal()" alt="a">',
    '<a href="javascript:alert(1)">js</a>',
    '<a href="jav&#x61;script:alert(1)">js2</a>',
    '[md](javascript:alert(1))',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="d">',
    '<object data="x.swf"></object><embed src="x.swf"><style>body{display:none}</style>',
    '<form action="https://evil.example"><input name="q"></form>',
  ].join('\n\n');

  it('removes scripts, frames, handlers and unsafe URLs', () => {
    const html = render(unsafe);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<style|<form|onclick|onerror|javascript:|data:image|alert/i);
    expect(html).toContain('басу'); // the text of an unwrapped element stays
  });

  it('keeps the allowed markup and ordinary Markdown', () => {
    const html = render(
      [
        '# Тақырып',
        '',
        'Мәтін **қалың**, *көлбеу*, ~~сызылған~~ және [сілтеме](https://example.kz/a).',
        '',
        '<details><summary>Толығырақ</summary><p title="t">Ішінде <mark>белгі</mark></p></details>',
        '',
        '<table><tr><td colspan="2">ұяшық</td></tr></table>',
        '',
        '<img src="https://example.kz/a.png" alt="сурет" width="320">',
        '',
        '```js',
        'const a = 1;',
        '```',
      ].join('\n'),
    );
    expect(html).toContain('<h1>Тақырып</h1>');
    expect(html).toContain('<strong>қалың</strong>');
    expect(html).toContain('<a href="https://example.kz/a">сілтеме</a>');
    expect(html).toContain('<details><summary>Толығырақ</summary><p title="t">Ішінде <mark>белгі</mark></p></details>');
    expect(html).toContain('<td colspan="2">ұяшық</td>');
    expect(html).toContain('<img src="https://example.kz/a.png" alt="сурет" width="320">');
    expect(html).toContain('<code class="language-js">');
  });
});
