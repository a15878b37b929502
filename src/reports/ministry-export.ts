/**
 * `export:ministry` as a library: validates the content, refuses to export while the files the
 * list comes from have errors (unless a draft is asked for, which is marked as such), and
 * writes the XLSX and the CSV atomically, so a failed export leaves the previous files intact.
 */
import type { Content } from '../content/model.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { validateDirectory } from '../validator/validate.ts';
import { writeFilesAtomically } from './atomic-write.ts';
import { writeMinistryCsv } from './ministry-csv.ts';
import { ministryList } from './ministry-list.ts';
import { writeMinistryXlsx } from './ministry-xlsx.ts';

export interface MinistryExportOptions {
  contentDir: string;
  outDir: string;
  now: Date;
  /** Export despite errors, with every file marked as a draft and named `…-draft`. */
  draft?: boolean;
}

/** The list cannot go out: errors in the files it is made from (`problems`). */
export class ExportRefusedError extends Error {
  readonly problems: LocatedProblem[];
  constructor(problems: LocatedProblem[]) {
    super(
      `Министрлікке тізім шығарылмайды: деректерде ${problems.length} қате бар. \`npm run validate\` арқылы түзетіңіз (немесе жоба үшін --draft).\n` +
        `Список для Министерства не выгружен: в данных ошибок: ${problems.length}. Исправьте их (\`npm run validate\`) или выгрузите черновик с --draft.`,
    );
    this.problems = problems;
  }
}

/** The kinds of files the list is made from; errors elsewhere (events, awards) do not block it. */
const LIST_SOURCES = new Set(['movement', 'geography', 'region', 'unit']);

/** Validates, builds and writes the list; returns the written paths. */
export async function exportMinistryList(options: MinistryExportOptions): Promise<string[]> {
  const { content, problems } = await validateDirectory(options.contentDir, { now: options.now });
  const blocking = blockingProblems(content, problems);
  if (blocking.length > 0 && !options.draft) throw new ExportRefusedError(blocking);
  const draft = blocking.length > 0;
  const list = ministryList(content);
  const stem = `ministry-list-${list.season}${draft ? '-draft' : ''}`;
  return writeFilesAtomically(options.outDir, [
    { name: `${stem}.xlsx`, write: (path) => writeMinistryXlsx(list, path, draft) },
    { name: `${stem}.csv`, write: (path) => writeMinistryCsv(list, path, draft) },
  ]);
}

function blockingProblems(content: Content, problems: LocatedProblem[]): LocatedProblem[] {
  const kinds = new Map(content.tree.files.map((f) => [f.path, f.place?.kind]));
  // A file in no known place may be a misplaced roster: it blocks like one.
  return problems.filter((p) => p.severity === 'error' && LIST_SOURCES.has(kinds.get(p.file) ?? 'movement'));
}
