import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/load.ts';
import { renderBody, UnsafeBodyError } from '../../src/content/render-body.ts';

const refusal = (text: string, mdx = true) => {
  try {
    renderBody(text, { mdx });
  } catch (error) {
    if (error instanceof UnsafeBodyError) return { rule: error.rule, offset: error.offset };
    throw error;
  }
  return undefined;
};

describe('renderBody', () => {
  it('renders Markdown and MDX to the same HTML', () => {
    const text = '## Бағдарлама\n\n- **бір**\n- [екі](https://example.kz)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    const html = renderBody(text, { mdx: false });
    expect(html).toContain('<h2>Бағдарлама</h2>');
    expect(html).toContain('<li><strong>бір</strong></li>');
    expect(html).toContain('<td>1</td>');
    expect(renderBody(text, { mdx: true })).toBe(html);
  });

  it('turns MDX elements into plain HTML and drops comments', () => {
    const html = renderBody('Мәтін {/* ескерту */} осында.\n\n<details open><summary>Толығырақ</summary>Ішінде</details>\n', { mdx: true });
    expect(html).toContain('<p>Мәтін  осында.</p>');
    expect(html).toContain('<details open><summary>Толығырақ</summary>Ішінде</details>');
    expect(html).not.toContain('ескерту');
  });

  it('refuses ESM, expressions, components and expression attributes, at their offset', () => {
    expect(refusal('Мәтін\n\nimport x from "y"\n')).toEqual({ rule: 'mdx-esm', offset: 7 });
    expect(refusal('Мәтін {1 + 1}\n')).toEqual({ rule: 'mdx-expression', offset: 6 });
    expect(refusal('<Widget />\n')).toEqual({ rule: 'mdx-component', offset: 0 });
    expect(refusal('<a href={evil}>x</a>\n')).toEqual({ rule: 'mdx-expression', offset: 0 });
    expect(refusal('<a {...props}>x</a>\n')).toEqual({ rule: 'mdx-expression', offset: 0 });
  });

  it('sanitises MDX and Markdown with one allowlist', () => {
    const unsafe = '<div style="position:fixed" class="x"><a href="javascript:alert(1)" target="_blank" ping="https://t.example">x</a><img src="https://e.kz/a.png" alt="" /></div>\n';
    for (const mdx of [true, false]) {
      const html = renderBody(unsafe, { mdx });
      expect(html).toContain('<img src="https://e.kz/a.png" alt="">');
      expect(html).not.toMatch(/style=|class=|javascript:|target=|ping=/);
    }
    expect(renderBody('<script>alert(1)</script>\n\n<iframe src="https://e.kz"></iframe>\n', { mdx: false })).not.toMatch(/script|iframe|alert/);
  });

  it('refuses deep nesting before any parser runs', () => {
    expect(refusal('<div>'.repeat(40))?.rule).toBe('body-too-deep');
    expect(refusal(`${'> '.repeat(70)}x`, false)?.rule).toBe('body-too-deep');
    expect(refusal(`${'*'.repeat(40)}x${'*'.repeat(40)}`, false)?.rule).toBe('body-too-deep');
    expect(refusal(`${'<li>'.repeat(100)}\n`, false)).toBeUndefined();
    expect(refusal(`${'*'.repeat(60)}\n`, false)).toBeUndefined();
  });
});

describe('splitFrontmatter', () => {
  it('takes the first --- line as the opening and the next as the closing', () => {
    const parts = splitFrontmatter('---\na: 1\nb: "---"\n---\nМәтін\n---\n');
    expect(parts).toMatchObject({ yaml: { text: 'a: 1\nb: "---"\n', offset: 4, line: 2 }, body: { text: 'Мәтін\n---\n' } });
  });

  it('accepts a BOM, CRLF and trailing spaces on the delimiter lines', () => {
    expect(splitFrontmatter('\uFEFF--- \r\na: 1\r\n---\t\r\nМәтін')).toMatchObject({ yaml: { text: 'a: 1\r\n' }, body: { text: 'Мәтін' } });
  });

  it('refuses any other delimiter, and says which problem it is', () => {
    expect(splitFrontmatter('---\na: 1\n+++\nМәтін')).toBe('frontmatter-delimiter');
    expect(splitFrontmatter('+++\na: 1\n+++\nМәтін')).toBe('frontmatter-delimiter');
    expect(splitFrontmatter('\n---\na: 1\n---\nМәтін')).toBe('frontmatter-delimiter');
    expect(splitFrontmatter('---\na: 1\n')).toBe('frontmatter-delimiter');
    expect(splitFrontmatter('Мәтін ғана')).toBe('frontmatter-missing');
  });
});
