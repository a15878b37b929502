/**
 * The worker of `validate`'s cold run (`cold.ts`): checks its half of the files and posts their
 * records back as one v8-serialised buffer, transferred (a structured clone of the records would
 * cost the main thread as much as the parse it saves). Plain JavaScript, as `scripts/validate.mjs`:
 * a `.ts` entry would load Node's type stripper before the compile cache is on.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { fastStart } from './fast-start.mjs';

// As the CLI does (hooks are a thread's own): cached bytecode, zod without its locales.
fastStart();
const [{ coldRecords }, { checkSourceFile }, { locateEach }] = await Promise.all([import('./cold.ts'), import('./check-files.ts'), import('./locate.ts')]);
const bytes = serialize(coldRecords(workerData, checkSourceFile, locateEach));
// Transferred when the buffer owns its memory whole (v8's serializer gives it its own), else copied.
const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
parentPort.postMessage(bytes, own ? [bytes.buffer] : []);
