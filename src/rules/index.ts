/**
 * The registry of rule families. The schema family parses the content; every other family
 * checks the parsed content. Add a family here and its rules are validated, documented and tested.
 */
import { family as contentSafety } from './content-safety.ts';
import { family as deadlines } from './deadlines.ts';
import { family as events } from './events.ts';
import { family as hierarchy } from './hierarchy.ts';
import { family as personalData } from './personal-data.ts';
import { family as references } from './references.ts';
import { rules as schemaRules } from './schema.ts';
import { family as translations } from './translations.ts';
import type { Rule, RuleFamily } from './types.ts';

export const FAMILIES: RuleFamily[] = [references, hierarchy, personalData, contentSafety, events, deadlines, translations];

export const RULES: ReadonlyMap<string, Rule> = new Map([...schemaRules, ...FAMILIES.flatMap((f) => f.rules)].map((rule) => [rule.id, rule]));
