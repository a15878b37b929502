import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { validateDirectory, validateTree } from '../../src/validator/validate.ts';
import { BEFORE_DEADLINES, fixtureTree } from '../helpers/fixture-tree.ts';

describe('validating on several threads', () => {
  it('finds exactly what one thread finds, with the same positions', async () => {
    const tree = fixtureTree();
    // Problems of both halves: per-file (schema, personal data) and cross-file (hierarchy).
    tree.replace('representations/ulytau/region.yaml', 'grade: 8, role: member, heads: [karazhal]', 'grade: 8, role: member, heads: [karazhal], phone: x');
    tree.replace('events/2027/test-reading.mdx', 'Біз бірге', 'Хабарласыңыз: +7 701 123 45 67. Біз бірге');
    tree.replace('representations/ulytau/zhezkazgan.yaml', 'coordinates: [talap]', 'coordinates: []');
    const cwd = process.cwd();
    process.chdir(`${tree.root}/..`);
    try {
      const sequential = validateTree(loadContent('content'), { now: BEFORE_DEADLINES }).problems;
      const parallel = (await validateDirectory('content', { now: BEFORE_DEADLINES, parallel: { threads: 2, minBytes: 0 } })).problems;
      expect(sequential.map((p) => p.rule)).toEqual(expect.arrayContaining(['schema-unknown-key', 'personal-phone', 'rural-not-coordinated']));
      expect(parallel).toEqual(sequential);
    } finally {
      process.chdir(cwd);
    }
  });
});
