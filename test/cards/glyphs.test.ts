import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardFonts, FONT_FAMILY, fontMetrics, type FontWeight } from '../../src/cards/fonts.ts';

/** The 42 letters of the Kazakh Cyrillic alphabet. */
const KAZAKH = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
const LETTERS = [...KAZAKH, ...KAZAKH.toLowerCase()];
const WEIGHTS: FontWeight[] = [400, 600, 800];
/** Unassigned code points: any font draws them as its missing-glyph box (.notdef). */
const UNASSIGNED = ['\u0378', '\u0379'];

/** One character drawn alone with the card fonts, as raw pixels. */
async function draw(char: string, weight: FontWeight): Promise<Buffer> {
  const element = {
    type: 'div',
    props: { style: { display: 'flex', width: 96, height: 96, backgroundColor: '#fff', color: '#000', fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: 64 }, children: char },
  };
  const svg = await satori(element as never, { width: 96, height: 96, fonts: cardFonts() });
  return sharp(Buffer.from(svg)).raw().toBuffer();
}

describe('the Kazakh alphabet in the card fonts', () => {
  it('has 42 letters in each case', () => {
    expect(new Set(KAZAKH).size).toBe(42);
    expect(new Set(LETTERS).size).toBe(84);
  });

  it.each(WEIGHTS)('weight %i: the font file maps every letter to a glyph (fontkit)', (weight) => {
    const font = fontMetrics(weight);
    expect(LETTERS.filter((letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0)!))).toEqual([]);
    // The check itself can say no: unassigned code points have no glyph.
    for (const char of UNASSIGNED) expect(font.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(false);
  });

  it.each(WEIGHTS)('weight %i: no letter renders as the missing-glyph box', async (weight) => {
    const [missing, otherMissing] = await Promise.all(UNASSIGNED.map((char) => draw(char, weight)));
    // Two different unassigned code points render identically: the comparison recognises the box.
    expect(missing!.equals(otherMissing!)).toBe(true);
    expect(missing!.some((value) => value < 128)).toBe(true);
    const drawn = await Promise.all(LETTERS.map((letter) => draw(letter, weight)));
    const asBox = LETTERS.filter((_, i) => drawn[i]!.equals(missing!));
    expect(asBox).toEqual([]);
    const blank = LETTERS.filter((_, i) => !drawn[i]!.some((value) => value < 128));
    expect(blank).toEqual([]);
  });
});
