import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentReference } from '../../src/docs/content-reference.ts';
import { RULES } from '../../src/rules/index.ts';

describe('docs/content-reference.md', () => {
  const generated = contentReference();

  it('is up to date with the schemas and rules (run `npm run docs`)', () => {
    expect(readFileSync('docs/content-reference.md', 'utf8')).toBe(generated);
  });

  it('lists every rule id and the fields of every file kind', () => {
    for (const id of RULES.keys()) expect(generated).toContain(`| \`${id}\` |`);
    for (const field of ['`members[].consent.name`', '`online.url`', '`deadlines.composition_approved`', '`units[].rural[].kato`', '`signed_by.position`']) {
      expect(generated).toContain(field);
    }
  });
});
