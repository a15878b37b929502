/**
 * The registry of rule families. The schema family parses the content; every other family
 * checks the parsed content. Add a family here and its rules are validated, documented and tested.
 */
import { rules as schemaRules } from './schema.ts';
import type { Rule, RuleFamily } from './types.ts';

export const FAMILIES: RuleFamily[] = [];

export const RULES: ReadonlyMap<string, Rule> = new Map([...schemaRules, ...FAMILIES.flatMap((f) => f.rules)].map((rule) => [rule.id, rule]));
