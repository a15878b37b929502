import { describe, expect, it } from 'vitest';
import { renderedText } from '../../src/privacy/rendered-text.ts';

const text = (body: string, mdx = true) => renderedText(body, mdx).text;

describe('renderedText', () => {
  it('is the body itself when the body has no markup (no parse)', () => {
    const body = 'Біз бірге кітап оқимыз.\n\n- Танысу\n- Қорытынды\n';
    expect(renderedText(body, true)).toEqual({ text: body });
  });

  it('decodes references, drops MDX comments, HTML tags and comments, and joins inline markup', () => {
    expect(text('a 8704{/* x */}12 b')).toBe('a 870412 b\n\n');
    expect(text('a 8704&#49;&#x32; &amp; b')).toBe('a 870412 & b\n\n');
    expect(text('1203**05**6*0*0~~1~~00 snake_case_word', false)).toBe('120305600100 snake_case_word\n\n');
    expect(text('8704<span>12</span><!-- c -->30', false)).toBe('87041230\n\n');
  });

  it('keeps blocks apart and adds what a link or an element publishes besides its text', () => {
    expect(text('8704\n\n*12300129*')).toBe('8704\n\n12300129\n\n');
    expect(text('[call](tel:+77010000000 "title")')).toBe('call\n\ntel:+77010000000\n\ntitle\n\n');
    expect(text('![alt text](https://x.example/a.png)')).toBe('https://x.example/a.png\n\nalt text\n\n');
  });

  it('maps rendered text back to the body: exactly where the source spells it, else at the node', () => {
    const body = 'Жетекші: 8704**12**300129.';
    const rendered = renderedText(body, false);
    const at = rendered.text.indexOf('870412300129');
    expect(rendered.origin![at]).toBe(body.indexOf('8704'));
    expect(rendered.origin![at + 4]).toBe(body.indexOf('12**'));
    const entity = renderedText('x &#49;23', false);
    expect(entity.origin![entity.text.indexOf('1')]).toBe(2);
  });

  it('an MDX body that does not parse is scanned as written (mdx-syntax reports it)', () => {
    expect(renderedText('bad { here', true)).toEqual({ text: 'bad { here' });
  });
});
