/** Rule family `deadlines` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'deadlines', rules: [], check: () => [] };
