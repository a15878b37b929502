/** Rule family `hierarchy` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'hierarchy', rules: [], check: () => [] };
