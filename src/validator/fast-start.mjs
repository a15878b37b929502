/**
 * What a validator thread does before it loads any of its modules (the CLI, scripts/validate.mjs,
 * and the cold run's worker): plain JavaScript, so it runs before Node meets any TypeScript.
 *
 * - Node's compile cache: the modules' bytecode is reused from run to run (a `.ts` entry would load
 *   the type stripper first, ~70 ms).
 * - zod's locales: zod 4 loads all of its ≈ 60 message locales on import (about half the modules a
 *   pull request's re-validation loads), though the validator never shows zod's messages (every
 *   problem is rendered from our own kk/ru texts, src/i18n) and never switches zod's locale. Its
 *   locales index resolves here to `zod-locales-en.mjs`, English only, the default zod sets itself
 *   (`z.locales` then has `en` alone). Measured: importing zod 0.69× the CPU (≈ 30 ms less).
 */
import { enableCompileCache, registerHooks } from 'node:module';

const ZOD_LOCALES = /\/node_modules\/zod\/v4\/locales\/index\.js$/;
const ENGLISH_ONLY = new URL('./zod-locales-en.mjs', import.meta.url).href;

export function fastStart() {
  enableCompileCache();
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return ZOD_LOCALES.test(resolved.url) ? { ...resolved, url: ENGLISH_ONLY } : resolved;
    },
  });
}
