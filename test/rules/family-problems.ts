/**
 * The problems of one fixture tree that the cross-file families report (references, hierarchy,
 * events, deadlines) plus the schema family: the per-file families (personal data, content
 * safety) have their own tests, so a mutation here is judged only by the rules it is about.
 */
import { FAMILIES } from '../../src/rules/index.ts';
import type { FixtureTree } from '../helpers/fixture-tree.ts';

const PER_FILE = new Set(FAMILIES.filter((f) => f.name === 'personal-data' || f.name === 'content-safety').flatMap((f) => f.rules.map((r) => r.id)));

export function problemsOf(tree: FixtureTree, now?: Date) {
  return tree.validate(now).filter((problem) => !PER_FILE.has(problem.rule));
}

/** After both deadlines of the fixture's season 2027 and before its event. */
export const AFTER_DEADLINES = new Date('2027-06-10T12:00:00+05:00');
