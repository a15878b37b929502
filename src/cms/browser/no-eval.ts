/**
 * zod compiles its parsers with `new Function` when it may; the editor's CSP allows no eval, so zod
 * is told not to try. Imported first by editor.ts: zod decides while the schemas are being built.
 */
import { z } from 'zod';

z.config({ jitless: true });
