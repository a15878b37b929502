/** Argument parsing shared by the content commands (`validate`, `check:pr`, `status`). */
import type { ParseArgsConfig } from 'node:util';
import { LOCALES, type Locale } from '../content/schema.ts';
import { FORMATS, type OutputFormat } from './format.ts';

export const COMMON_OPTIONS = {
  now: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string' },
  content: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export class UsageError extends Error {}

export interface CommonArgs {
  now: Date;
  format: OutputFormat;
  locale: Locale | undefined;
  contentDir: string;
}

/** `--now` (ISO date-time, default the real time), `--format`, `--lang`, `--content` (default `CONTENT_DIR` or `content`). */
export function commonArgs(values: { now?: string | undefined; format?: string | undefined; lang?: string | undefined; content?: string | undefined }): CommonArgs {
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: not an ISO date-time: ${values.now}`);
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: one of ${FORMATS.join(', ')}`);
  if (values.lang && !LOCALES.includes(values.lang as Locale)) throw new UsageError(`--lang: one of ${LOCALES.join(', ')}`);
  return { now, format, locale: values.lang as Locale | undefined, contentDir: values.content ?? process.env['CONTENT_DIR'] ?? 'content' };
}
