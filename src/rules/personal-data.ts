/** Rule family `personal-data` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'personal-data', rules: [], check: () => [] };
