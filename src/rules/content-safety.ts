/** Rule family `content-safety` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'content-safety', rules: [], check: () => [] };
