/** `excessiveNesting`'s fast path (most bodies cannot nest too deep) gives the full scan's answer. */
import { describe, expect, it } from 'vitest';
import { excessiveNesting, MAX_NESTING, scanNesting } from '../../src/content/nesting.ts';

/** A small deterministic generator (mulberry32): the same bodies on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that move the scan's counts: tags, container markers, indentation, inline runs, text. */
const PIECES = ['<div>', '</div>', '<br>', '<p>', '<a href="x">', '</a>', '<Note/>', '> ', '>', '- ', '* ', '+ ', '1. ', '12) ', ' ', '  ', '\t', '**', '__', '~~', '[', '![', '---', '\n', '\r\n', 'Мәтін ', 'text ', '.', ')'];

function body(next: () => number): string {
  // Long repeats of one piece reach the limits; mixes test the edges around them.
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 12);
  for (let i = 0; i < count; i++) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    parts.push(piece.repeat(next() < 0.3 ? MAX_NESTING - 4 + Math.floor(next() * 40) : 1 + Math.floor(next() * 3)));
  }
  return parts.join('');
}

describe('excessiveNesting', () => {
  it('answers as the full scan on random bodies, deep and shallow', () => {
    const next = random(15);
    let deep = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = body(next);
      const full = scanNesting(text);
      expect(excessiveNesting(text), JSON.stringify(text)).toBe(full);
      if (full !== undefined) deep++;
    }
    // Both kinds occur, so the comparison means something either way.
    expect(deep).toBeGreaterThan(500);
    expect(deep).toBeLessThan(19_500);
  });

  it('finds each kind of depth just past the limit, and none at it', () => {
    const over = MAX_NESTING + 1;
    expect(excessiveNesting('<div>'.repeat(over))).toBe(MAX_NESTING * 5);
    expect(excessiveNesting('<div>'.repeat(MAX_NESTING))).toBeUndefined();
    expect(excessiveNesting(`text\n${'\t'.repeat(over)}x`)).toBe(5);
    expect(excessiveNesting(`text\n${'\t'.repeat(MAX_NESTING)}x`)).toBeUndefined();
    expect(excessiveNesting(`a ${'*'.repeat(over)} b`)).toBe(2);
    expect(excessiveNesting('*'.repeat(over))).toBeUndefined();
  });
});
