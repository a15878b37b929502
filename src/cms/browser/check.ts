/**
 * The validator's per-file rules, run in the web editor on the file a coordinator is about to save:
 * the same modules as `npm run validate` (read, schema, personal data, content safety; for an
 * event, the event rules on that event with the season's movement.yaml and the translation rules on it
 * and its Russian body; for a project, the project rules that need only its file), the same rule ids and the
 * same kk/ru messages, each pointing at its field. The rules that need the whole content (rosters
 * against geography, hierarchy, deadlines) run on the pull request.
 */
import type { FileKind } from '../../content/kinds.ts';
import { readSourceFile } from '../../content/load.ts';
import { movementSchema } from '../../content/schema.ts';
import { family as events } from '../../rules/events.ts';
import { family as projects } from '../../rules/projects.ts';
import { family as translations } from '../../rules/translations.ts';
import { RULES } from '../../rules/index.ts';
import { rules as schemaRules } from '../../rules/schema-rules.ts';
import { assembleContent } from '../../rules/schema.ts';
import { fieldPath, type Finding, type Severity } from '../../rules/types.ts';
import { checkSourceFile } from '../../validator/check-files.ts';
import { locateEach } from '../../validator/validate.ts';

export interface EditorProblem {
  rule: string;
  severity: Severity;
  /** The field the problem is in (`members[2].name`), or '' for the whole file. */
  field: string;
  line: number;
  column: number;
  message: { kk: string; ru: string };
}

/** The content root the editor's paths are relative to (as in the config's folders). */
const ROOT = 'content';

/**
 * The project rules that need nothing but the project's file (its folder, its team list, its
 * body); the others look up representations, rosters and events, which the editor does not hold.
 */
const PROJECT_FILE_RULES = new Set(['project-region-mismatch', 'project-member-duplicate', 'project-how-to-repeat']);

/** One file of an entry as it would be saved: its path under content/ and its bytes. */
export interface EditorFile {
  relative: string;
  text: string;
}

/**
 * The problems of an entry's files together (an event and its Russian body `<slug>.ru.mdx`): each
 * file's own rules, then the event rules and the translation rules on the files as one content.
 * Each problem names the file it is in (`file`, its path under content/).
 */
export function checkEntryInEditor(files: readonly EditorFile[], now: Date, movementText?: string): (EditorProblem & { file: string })[] {
  const sources = files.map(({ relative, text }) => readSourceFile(ROOT, relative, text));
  const results = sources.map((file) => checkSourceFile(file, { now }));
  const findings: Finding[] = results.flatMap((result) => result.findings);
  const parsed = sources.map((file, i) => ({ file, parsed: results[i]!.parsed }));
  const has = (kind: FileKind) => parsed.some(({ file, parsed }) => parsed !== undefined && file.place?.kind === kind);
  if (has('event') || has('project')) {
    const content = assembleContent({ root: ROOT, files: sources }, parsed);
    if (movementText) {
      const movement = readSourceFile(ROOT, 'movement.yaml', movementText);
      const season = movementSchema.safeParse(movement.data);
      if (season.success) content.movement = { file: movement, data: season.data };
    }
    if (has('event')) findings.push(...events.check!({ content, now }), ...translations.check!({ content, now }));
    if (has('project')) findings.push(...projects.check!({ content, now }).filter((finding) => PROJECT_FILE_RULES.has(finding.rule)));
  }
  const located = locateEach(findings);
  return findings.map((finding, i) => {
    const rule = RULES.get(finding.rule)!;
    const params = finding.params ?? {};
    return {
      rule: finding.rule,
      severity: located[i]!.severity,
      field: finding.path ? fieldPath(finding.path) : '',
      line: located[i]!.line,
      column: located[i]!.column,
      message: { kk: rule.messages.kk(params), ru: rule.messages.ru(params) },
      file: finding.file.relative,
    };
  });
}

const SCHEMA_RULES = new Set(schemaRules.map((rule) => rule.id));
/**
 * The problems worth showing while the coordinator is still typing: all but the schema's (a
 * required field not filled yet is no news halfway through a form; the save reports it). A phone
 * number, an IIN, an e-mail, a birth date or an unsafe link shows as soon as it is typed.
 */
export function whileTyping<P extends EditorProblem>(problems: readonly P[]): P[] {
  return problems.filter((problem) => !SCHEMA_RULES.has(problem.rule));
}
