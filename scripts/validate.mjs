/**
 * What `npm run validate` starts: plain JavaScript, so the validator's start-up (compile cache,
 * zod without its locales: src/validator/fast-start.mjs) is in place before Node meets any
 * TypeScript. Same arguments as scripts/validate.ts.
 */
import { fastStart } from '../src/validator/fast-start.mjs';

fastStart();
await import('./validate.ts');
