/**
 * Argument parsing shared by the content commands: `validate` and `check:pr` take all of
 * COMMON_OPTIONS; `status`, `export:ministry` and the scaffolders read `--now` with parseNow.
 */
import type { ParseArgsConfig } from 'node:util';
import { BilingualError } from '../cli/bilingual.ts';
import { LOCALES, type Locale } from '../content/locales.ts';
import { FORMATS, type OutputFormat } from './format.ts';

export const COMMON_OPTIONS = {
  now: { type: 'string' },
  format: { type: 'string', default: 'text' },
  lang: { type: 'string' },
  content: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** A wrong argument: the message (kk and ru) names it and what it may be. */
export class UsageError extends BilingualError {}

export interface CommonArgs {
  now: Date;
  format: OutputFormat;
  locale: Locale | undefined;
  contentDir: string;
}

/** `--now` (ISO date-time, default `BUILD_NOW`, else the real time), `--format`, `--lang`, `--content` (default `CONTENT_DIR` or `content`). */
export function commonArgs(values: { now?: string | undefined; format?: string | undefined; lang?: string | undefined; content?: string | undefined }): CommonArgs {
  // The build passes "today" as BUILD_NOW; the commands it runs must agree with the pages it makes.
  const now = parseNow(values.now);
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw oneOfError('--format', format, FORMATS);
  return { now, format, locale: parseLang(values.lang), contentDir: values.content ?? defaultContentDir() };
}

/** The content folder when `--content` is not given: `CONTENT_DIR`, else `content`. */
export function defaultContentDir(): string {
  return process.env['CONTENT_DIR'] ?? 'content';
}

/** `--lang`: one of LOCALES, or undefined when not given. */
export function parseLang(given: string | undefined): Locale | undefined {
  if (given && !LOCALES.includes(given as Locale)) throw oneOfError('--lang', given, LOCALES);
  return given as Locale | undefined;
}

/**
 * "Today" for every command: `--now`, else `BUILD_NOW` (the build passes it, so the commands it
 * runs agree with the pages it makes), else the real time.
 */
export function parseNow(given: string | undefined): Date {
  const value = given ?? process.env['BUILD_NOW'];
  const now = value ? new Date(value) : new Date();
  if (Number.isNaN(now.getTime())) {
    const name = given ? '--now' : 'BUILD_NOW';
    throw new UsageError({
      kk: `${name}: «${value}» — ISO күн-уақыты емес. Мысалы: 2027-05-20T09:00+05:00.`,
      ru: `${name}: «${value}» — не дата-время ISO. Например: 2027-05-20T09:00+05:00.`,
    });
  }
  return now;
}

/** `--format x` / `--lang x` outside the allowed values: named, with the values it may take. */
export function oneOfError(option: string, given: string, allowed: readonly string[]): UsageError {
  return new UsageError({
    kk: `${option}: «${given}» жарамайды; мүмкін мәндері: ${allowed.join(', ')}.`,
    ru: `${option}: «${given}» не подходит; допустимые значения: ${allowed.join(', ')}.`,
  });
}
