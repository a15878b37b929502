/**
 * The shared command line of `new:event`, `new:member` and `new:project`: flags from the questions, answers,
 * the new file validated with the rest of the content, then written, or its problems shown
 * in the content's language. Exit 0 written; 1 the file would not be valid; 2 could not run.
 */
import { existsSync } from 'node:fs';
import { asksForHelp, BilingualError, contentFolderMissing, failureText, helpIfAsked, parseCommandLine } from '../cli/command-line.ts';
import { loadContent } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import { parseContent } from '../rules/schema.ts';
import { defaultContentDir, parseNow } from '../validator/cli-args.ts';
import { messageLocale, renderProblem } from '../validator/validate.ts';
import { AnswerError, problemsOfNewFile, writeNewFile, type NewFile } from './new-file.ts';
import { answer, flagsHelp, isInteractive, type Answers, type Question } from './questions.ts';

export interface ScaffoldCommand {
  name: 'new:event' | 'new:member' | 'new:project';
  questions(content: Content): Question[];
  /** The file to write; may print notes (kk and ru) for the coordinator. */
  build(answers: Answers, context: { contentDir: string; content: Content; now: Date }): NewFile;
  /** True when the file may replace an existing one (a roster gains a member); false for a new file. */
  edits: boolean;
}

export async function runScaffold(command: ScaffoldCommand): Promise<void> {
  try {
    const contentDir = flagValue('content') ?? defaultContentDir();
    // The flags come from the questions, which read the content; help lists them even without it.
    if (asksForHelp(process.argv.slice(2))) {
      const content = existsSync(contentDir) ? parseContent(loadContent(contentDir)).content : parseContent({ root: contentDir, files: [] }).content;
      helpIfAsked(command.name, process.argv.slice(2), () => flagsHelp(command.questions(content)));
    }
    if (!existsSync(contentDir)) throw contentFolderMissing(contentDir);
    const tree = loadContent(contentDir);
    const { content } = parseContent(tree);
    const questions = command.questions(content);
    const { values } = parseCommandLine(command.name, {
      ...Object.fromEntries(questions.map((q) => [q.flag, { type: 'string' as const }])),
      content: { type: 'string' },
      now: { type: 'string' },
    });
    const now = parseNow(values.now);
    const flags = values as Record<string, string | undefined>;
    const given = Object.fromEntries(questions.map((q) => [q.flag, flags[q.flag]]).filter(([, v]) => v !== undefined)) as Answers;
    const answers = await answer(questions, given, isInteractive());
    const file = command.build(answers, { contentDir, content, now });
    if (!command.edits && existsSync(`${contentDir}/${file.relative}`)) {
      throw new AnswerError({
        kk: `${contentDir}/${file.relative}: бұл файл бар. Басқа атау беріңіз (--slug).`,
        ru: `${contentDir}/${file.relative}: такой файл уже есть. Задайте другое имя (--slug).`,
      });
    }
    const problems = problemsOfNewFile(tree, file, now);
    if (problems.length) {
      const locale = messageLocale(content);
      process.stderr.write('Файл жазылмады / Файл не записан:\n');
      for (const p of problems.map((x) => renderProblem(x, locale))) process.stderr.write(`  ${p.file}:${p.line}:${p.column}  ${p.message}  [${p.rule}]\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`Жазылды / Записано: ${writeNewFile(contentDir, file)}\n`);
  } catch (error) {
    if (!(error instanceof BilingualError)) throw error;
    process.stderr.write(failureText(command.name, error));
    process.exitCode = 2;
  }
}

/** A flag read before the full parse: the questions (and so the flags) depend on the content. */
function flagValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
