/**
 * The registry of rule families. The schema family parses the content; every other family
 * checks the parsed content. Add a family here and its rules are validated, documented and tested.
 */
import { family as contentSafety } from './content-safety.ts';
import { family as deadlines } from './deadlines.ts';
import { family as events } from './events.ts';
import { family as hierarchy } from './hierarchy.ts';
import { family as personalData } from './personal-data.ts';
import { family as projects } from './projects.ts';
import { family as references } from './references.ts';
import { family as pullRequest } from '../pr/rules.ts';
import { rules as schemaRules } from './schema-rules.ts';
import { family as translations } from './translations.ts';
import type { Rule, RuleFamily } from './types.ts';

/** `pullRequest` has no check here: `check:pr` runs it on the base, the head and their difference. */
export const FAMILIES: RuleFamily[] = [references, hierarchy, personalData, contentSafety, events, deadlines, translations, projects, pullRequest];

export const RULES: ReadonlyMap<string, Rule> = new Map([...schemaRules, ...FAMILIES.flatMap((f) => f.rules)].map((rule) => [rule.id, rule]));
