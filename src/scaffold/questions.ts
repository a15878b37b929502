/**
 * Flags or questions: each answer comes from its `--flag`, else (on a terminal) from a question
 * asked in Kazakh and Russian, else from its default. Without a terminal (CI, scripts) a missing
 * required answer is an error naming the flags to pass.
 */
import { createInterface } from 'node:readline/promises';
import { BilingualError } from '../cli/bilingual.ts';

export type Answers = Record<string, string | undefined>;

export interface Question {
  flag: string;
  label: { kk: string; ru: string };
  /** Required unless this says otherwise for the answers so far. */
  required?: boolean | ((answers: Answers) => boolean);
  /** Asked only when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  default?: (answers: Answers) => string | undefined;
  /** A message (kk / ru) when the answer is not acceptable. */
  check?: (value: string) => string | undefined;
}

/** Answers left out (no terminal to ask on) or not acceptable; the message is in kk and ru. */
export class MissingAnswersError extends BilingualError {}

/** Completes `given` (parsed flags) by defaults and, when `interactive`, by questions. */
export async function answer(questions: readonly Question[], given: Answers, interactive: boolean): Promise<Answers> {
  const answers: Answers = { ...given };
  const missing: Question[] = [];
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    for (const q of questions) {
      if (q.when && !q.when(answers)) continue;
      const fallback = q.default?.(answers);
      const required = typeof q.required === 'function' ? q.required(answers) : (q.required ?? false);
      let value = answers[q.flag];
      while (value === undefined && rl) {
        const typed = (await rl.question(`${q.label.kk} / ${q.label.ru}${fallback ? ` [${fallback}]` : required ? '' : ' [—]'}: `)).trim();
        value = typed || fallback;
        if (value === undefined && !required) break;
        const problem = value === undefined ? undefined : q.check?.(value);
        if (problem) {
          process.stdout.write(`  ${problem}\n`);
          value = undefined;
        }
      }
      value ??= fallback;
      if (value !== undefined) {
        const problem = q.check?.(value);
        if (problem) {
          throw new MissingAnswersError({
            kk: `--${q.flag} (${q.label.kk}): «${value}» жарамайды; керегі: ${problem}.`,
            ru: `--${q.flag} (${q.label.ru}): «${value}» не подходит; нужно: ${problem}.`,
          });
        }
        answers[q.flag] = value;
      } else if (required) missing.push(q);
    }
  } finally {
    rl?.close();
  }
  if (missing.length) {
    throw new MissingAnswersError({
      kk: `Жауап жетіспейді; мына параметрлерді беріңіз:\n  ${missing.map((q) => `--${q.flag} (${q.label.kk})`).join('\n  ')}`,
      ru: `Не хватает ответов; передайте параметры:\n  ${missing.map((q) => `--${q.flag} (${q.label.ru})`).join('\n  ')}`,
    });
  }
  return answers;
}

/** Answers are asked only on a terminal: piped input and CI take flags alone. */
export function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/** `a, b ,c` → `['a', 'b', 'c']`. */
export function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The flags of a scaffolder's questions as help lines, one language each. */
export function flagsHelp(questions: readonly Question[]): { kk: string; ru: string } {
  const width = Math.max(...questions.map((q) => q.flag.length)) + 2;
  const lines = (lang: 'kk' | 'ru') => questions.map((q) => `  --${q.flag.padEnd(width)}  ${q.label[lang]}`).join('\n');
  return { kk: `\nСұрақтардың параметрлері:\n${lines('kk')}`, ru: `\nПараметры вопросов:\n${lines('ru')}` };
}
