/** zod's locales as the validator loads them (fast-start.mjs): English, zod's own default, only. */
export { default as en } from 'zod/v4/locales/en.js';
