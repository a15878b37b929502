/**
 * What every `npm run` command shares with the coordinators who run it: `--help` (`-h`) in Kazakh
 * and Russian (only one of them with `--lang kk|ru`), exit 0; and errors in both languages that
 * name the argument or file and say what to change, Node's own argument errors included.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BilingualError, type Bilingual } from './bilingual.ts';
import { COMMAND_HELP, type CommandName } from './help.ts';

export { BilingualError, contentFolderMissing, missingOption, type Bilingual } from './bilingual.ts';

/** `--lang` as written on the command line (`--lang ru`, `--lang=ru`), read before any other parsing. */
export function langArgument(args: readonly string[]): string | undefined {
  const i = args.indexOf('--lang');
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

/** The languages to print: one when `--lang kk|ru` asks for it, else both. */
function languages(args: readonly string[]): (keyof Bilingual)[] {
  const lang = langArgument(args);
  return lang === 'kk' || lang === 'ru' ? [lang] : ['kk', 'ru'];
}

/** A bilingual text as printed: each language's text in turn, a blank line between them. */
export function bilingualText(text: Bilingual, args: readonly string[] = process.argv.slice(2)): string {
  const texts = languages(args).map((lang) => text[lang].trimEnd());
  // Help texts of many lines get a blank line between the languages; one-line messages do not.
  return `${texts.join(texts.some((t) => t.includes('\n')) ? '\n\n' : '\n')}\n`;
}

/** Whether `--help` or `-h` is among the arguments (before a `--` that ends the options). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Prints the command's help and exits 0 when `--help` is given; otherwise returns. `more` adds
 * what only the command knows (the scaffolders' flags, from their questions).
 */
export function helpIfAsked(command: CommandName, args: readonly string[] = process.argv.slice(2), more?: () => Bilingual): void {
  if (!asksForHelp(args)) return;
  const help = COMMAND_HELP[command];
  const extra = more?.();
  process.stdout.write(bilingualText(extra ? { kk: `${help.kk}\n${extra.kk}`, ru: `${help.ru}\n${extra.ru}` } : help, args));
  process.exit(0);
}

/**
 * `node:util` parseArgs (strict) after the `--help` check, with Node's English argument errors
 * (unknown option, missing value, stray argument) turned into kk/ru ones naming the argument.
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(command: CommandName, options: O, args: string[] = process.argv.slice(2)) {
  helpIfAsked(command, args);
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw argumentError(command, error);
  }
}

/** Node's parseArgs error (English) as a kk/ru one; other errors pass through unchanged. */
export function argumentError(command: CommandName, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  const message = error instanceof Error ? error.message : '';
  const argument = /'([^']+)'/.exec(message)?.[1] ?? '';
  const help = `npm run ${command} -- --help`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new BilingualError({
        kk: `${argument}: мұндай параметр жоқ. Жазылуын тексеріңіз; барлық параметрлер: ${help}`,
        ru: `${argument}: такого параметра нет. Проверьте написание; все параметры: ${help}`,
      });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /(--[\w-]+)/.exec(message)?.[1] ?? argument;
      if (/does not take/.test(message)) {
        return new BilingualError({
          kk: `${option}: бұл параметрге мән берілмейді. «=…» бөлігін алып тастаңыз (${help})`,
          ru: `${option}: этот параметр не принимает значения. Уберите «=…» (${help})`,
        });
      }
      return new BilingualError({
        kk: `${option}: мәні жазылмаған немесе қате. Параметрден кейін мәнін жазыңыз (${help})`,
        ru: `${option}: значение не указано или неверно. Укажите значение после параметра (${help})`,
      });
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new BilingualError({
        kk: `«${argument}»: артық аргумент. Мәнді өз параметрінен кейін жазыңыз, мысалы --content DIR (${help})`,
        ru: `«${argument}»: лишний аргумент. Укажите значение после его параметра, например --content DIR (${help})`,
      });
    default:
      return new BilingualError({ kk: `Аргументтер қате. Анықтама: ${help}`, ru: `Неверные аргументы. Справка: ${help}` });
  }
}

/** A failure's text as the command prints it on stderr: `command:` then the message (kk and ru when bilingual). */
export function failureText(command: CommandName, error: unknown): string {
  if (error instanceof BilingualError) return `${command}: ${bilingualText(error.text)}`;
  return `${command}: ${error instanceof Error ? error.message : String(error)}\n`;
}
