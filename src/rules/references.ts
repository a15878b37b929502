/** Rule family `references` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'references', rules: [], check: () => [] };
