/** The typography checks the built-site test runs (typography.ts), on known-bad and known-good text. */
import { describe, expect, it } from 'vitest';
import { dateOrder, typographyFaults } from './typography.ts';

const page = (body: string, title = 'Бет') => `<html><head><title>${title}</title></head><body>${body}</body></html>`;
const kinds = (html: string) => typographyFaults(html).map((f) => f.kind);

describe('typography checks', () => {
  it('find a double full stop in text and the title, not an ellipsis or a URL in an attribute', () => {
    expect(kinds(page('<p>Тіркелу 25 мая 2027 г.. Форма</p>'))).toEqual(['double-stop']);
    expect(kinds(page('<p>ok</p>', 'до 1 мая 2027 г..'))).toEqual(['double-stop']);
    expect(kinds(page('<p>Жалғасы бар...</p><a href="../x/">x</a>'))).toEqual([]);
  });

  it('find a word glued to a dash before a space, in separate cells too, but not a range', () => {
    expect(kinds(page('<p>қамтылған— 17</p>'))).toEqual(['dash-glued']);
    expect(kinds(page('<p><span>районы</span>— руководители</p>'))).toEqual(['dash-glued']);
    expect(kinds(page('<p>три–пять слайдов, 5–11 классы, Абай — 12</p><td>Абай</td><td>— 3</td>'))).toEqual([]);
  });

  it('find a heading h1–h3 that starts lower-case, after quotes and inside links', () => {
    expect(kinds(page('<h1>район Есиль</h1>'))).toEqual(['heading-lower-case']);
    expect(kinds(page('<h3><a href="/">«жасыл» лагерь</a></h3>'))).toEqual(['heading-lower-case']);
    expect(kinds(page('<h2>Район Есиль</h2><h4>ескерту</h4><p>район Есиль</p>'))).toEqual([]);
  });

  it('find a list whose dates are written in two orders', () => {
    expect(dateOrder('5 декабря, суббота, 11:00–13:00')).toBe('NMW');
    expect(dateOrder('понедельник, 4 января 2027 г., 11:00–14:00')).toBe('WNMY');
    expect(dateOrder('2027 ж. 4 қаңтар, дүйсенбі')).toBe('YNMW');
    const list = (...dates: string[]) => page(`<ul>${dates.map((d) => `<li><time datetime="x">${d}</time></li>`).join('')}</ul>`);
    expect(kinds(list('5 декабря, суббота', 'понедельник, 4 января 2027 г.'))).toEqual(['mixed-date-formats']);
    expect(kinds(list('5 декабря, суббота', '4 января 2027 г., понедельник', '21–25 июня 2027 г.'))).toEqual([]);
    expect(kinds(list('5 желтоқсан, сенбі', '2027 ж. 4 қаңтар, дүйсенбі'))).toEqual([]);
  });
});
