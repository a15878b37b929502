/**
 * The check's report as data: what the untrusted pull-request job uploads for the comment
 * workflow (`check:pr --report FILE`), and the strict schema the trusted side reads it with.
 * A fork controls the pull-request job entirely, so the file may hold anything: `parseReport`
 * accepts only known rule ids, repository paths of a safe shape (content files under
 * `content/`; any path only for the rules about committed files), bounded numbers, bounded sizes
 * and no unknown keys. Problems come in two groups: those the change introduces and, under
 * `alreadyPresent` (optional), those its base already had. It carries no pull-request number
 * and no Markdown: the trusted side finds the pull request by the run's head SHA and renders
 * every word itself (`comment.ts`).
 */
import { z } from 'zod';
import { classify } from '../content/layout.ts';
import { RULES } from '../rules/index.ts';
import type { CheckPrResult } from './check.ts';
import { PR_RULES } from './rules.ts';

export const REPORT_FORMAT = 'myn-jasa/check-pr-report';
/** The most problems a report carries (the rest are counted, and shown in the run's annotations). */
export const MAX_REPORT_PROBLEMS = 100;
/** The largest report file the trusted side reads. */
export const MAX_REPORT_BYTES = 256 * 1024;
const MAX_ENTRIES = 200;
const MAX_COUNT = 10_000_000;
const MAX_PATH = 300;

/** The rules whose findings point at any file of the repository (committed data), not only content. */
const REPOSITORY_FILE_RULES = new Set(['pr-private-file', 'pr-names-file', 'pr-data-file', 'pr-file-type']);
const CONTENT_ROOT = 'content/';

/** One path segment: letters, digits, marks, spaces and `._~+-`; never `.` or `..` alone. */
const SEGMENT = /^(?!\.{1,2}$)[\p{L}\p{N}\p{M} ._~+-]+$/u;
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const REPRESENTATION_KEY = new RegExp(`^${ID}(?:/${ID}){0,2}$`);
const EVENT_ID = new RegExp(`^\\d{4}/${ID}$`);
const PARAM_KEY = /^[a-z][a-z0-9_]{0,39}$/;

const count = z.number().int().min(0).max(MAX_COUNT);
const position = z.number().int().min(1).max(MAX_COUNT);

/** A repository path of a safe shape: relative, forward slashes, safe segments, bounded. */
export function isSafeRepositoryPath(path: string): boolean {
  return path.length > 0 && path.length <= MAX_PATH && path.split('/').every((segment) => SEGMENT.test(segment));
}

/** A path under `content/` whose place the content layout knows (`content/events/2027/x.mdx`). */
export function isContentPath(path: string): boolean {
  return path.startsWith(CONTENT_ROOT) && isSafeRepositoryPath(path) && classify(path.slice(CONTENT_ROOT.length)) !== undefined;
}

const problemSchema = z
  .strictObject({
    severity: z.enum(['error', 'warning']),
    rule: z.string().max(60).refine((id) => RULES.has(id), 'unknown rule'),
    file: z.string().max(MAX_PATH),
    line: position,
    column: position,
    params: z
      .record(z.string().regex(PARAM_KEY), z.union([z.string().max(300), z.number()]))
      .refine((params) => Object.keys(params).length <= 16, 'too many params'),
  })
  .refine(
    (p) =>
      REPOSITORY_FILE_RULES.has(p.rule)
        ? isSafeRepositoryPath(p.file)
        : // the other PR rules speak of content files; validate's rules of files under content/ (a misplaced one too).
          PR_RULES.has(p.rule)
          ? isContentPath(p.file)
          : p.file.startsWith(CONTENT_ROOT) && isSafeRepositoryPath(p.file),
    { message: 'file outside the rule\'s paths', path: ['file'] },
  );

/** The counts of a problem list match it: a full list may be cut, a shorter one must be the whole count. */
function countsMatch(r: { errors: number; warnings: number; problems: { severity: string }[] }): boolean {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  const warnings = r.problems.length - errors;
  return r.problems.length === MAX_REPORT_PROBLEMS ? errors <= r.errors && warnings <= r.warnings : errors === r.errors && warnings === r.warnings;
}

const reportSchema = z
  .strictObject({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(1),
    errors: count,
    warnings: count,
    problems: z.array(problemSchema).max(MAX_REPORT_PROBLEMS),
    /** Problems the base already had: listed, never failing (optional: reports of older checks lack it). */
    alreadyPresent: z
      .strictObject({ errors: count, warnings: count, problems: z.array(problemSchema).max(MAX_REPORT_PROBLEMS) })
      .refine(countsMatch, { message: 'counts do not match the problems', path: ['errors'] })
      .optional(),
    changes: z.strictObject({
      files: count,
      representations: z
        .array(
          z.strictObject({
            key: z.string().max(200).regex(REPRESENTATION_KEY),
            level: z.enum(['region', 'unit', 'rural']),
            added: count,
            removed: count,
            changed: count,
          }),
        )
        .max(MAX_ENTRIES),
      events: z.array(z.strictObject({ id: z.string().max(120).regex(EVENT_ID), kind: z.enum(['added', 'changed', 'deleted']) })).max(MAX_ENTRIES),
    }),
  })
  .refine(countsMatch, { message: 'counts do not match the problems', path: ['errors'] });

export type PrReport = z.infer<typeof reportSchema>;
export type ReportProblem = PrReport['problems'][number];

/** The report of a check:pr run (the untrusted side writes it as JSON). */
export function buildReport(result: CheckPrResult): PrReport {
  return {
    format: REPORT_FORMAT,
    version: 1,
    ...problemList(result.located),
    alreadyPresent: problemList(result.alreadyPresent),
    changes: {
      files: result.changes.files.length,
      representations: result.changes.representations
        .slice(0, MAX_ENTRIES)
        .map((c) => ({ key: c.key, level: c.level, added: c.added.length, removed: c.removed.length, changed: c.changed.length })),
      events: result.changes.events.slice(0, MAX_ENTRIES).map((e) => ({ id: e.id, kind: e.kind })),
    },
  };
}

/** Counts and the first `MAX_REPORT_PROBLEMS` problems of a list. */
function problemList(located: CheckPrResult['located']): Pick<PrReport, 'errors' | 'warnings' | 'problems'> {
  const errors = located.filter((p) => p.severity === 'error').length;
  return {
    errors,
    warnings: located.length - errors,
    problems: located.slice(0, MAX_REPORT_PROBLEMS).map(({ severity, rule, file, line, column, params }) => ({ severity, rule, file, line, column, params })),
  };
}

export class ReportError extends Error {
  /** Where in the report the first fault is, named only by schema keys and indexes (never by the file's own text). */
  readonly where: string;
  constructor(where: string) {
    super(`report rejected at ${where}`);
    this.where = where;
  }
}

const SCHEMA_KEYS = new Set(['format', 'version', 'errors', 'warnings', 'problems', 'alreadyPresent', 'changes', 'files', 'representations', 'events', 'severity', 'rule', 'file', 'line', 'column', 'params', 'key', 'level', 'added', 'removed', 'changed', 'id', 'kind']);

/** Reads a report strictly; throws `ReportError` for anything the schema does not allow. */
export function parseReport(bytes: Buffer | string): PrReport {
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_REPORT_BYTES) throw new ReportError('size');
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString());
  } catch {
    throw new ReportError('json');
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    throw new ReportError(path.map((part) => (typeof part === 'number' || SCHEMA_KEYS.has(String(part)) ? String(part) : '…')).join('.') || 'root');
  }
  return parsed.data;
}
