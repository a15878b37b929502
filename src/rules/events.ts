/** Rule family `events` — being written. */
import type { RuleFamily } from './types.ts';

export const family: RuleFamily = { name: 'events', rules: [], check: () => [] };
