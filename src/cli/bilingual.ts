/**
 * Errors a coordinator reads, in Kazakh and Russian. No imports: the validator and the reports
 * throw these without loading the command-line helpers.
 */

/** A text a coordinator reads, in both of the site's languages. */
export interface Bilingual {
  kk: string;
  ru: string;
}

/**
 * An error the person who ran the command can act on. Its message is the Kazakh text, then the
 * Russian one, so any `catch` that prints `error.message` prints both.
 */
export class BilingualError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(`${text.kk}\n${text.ru}`);
    this.text = text;
  }
}

/** "Content folder not found", named, with what to do. */
export function contentFolderMissing(dir: string): BilingualError {
  return new BilingualError({
    kk: `Мазмұн папкасы табылмады: ${dir}. Репозиторийдің түбірінен іске қосыңыз немесе --content DIR арқылы папканы көрсетіңіз.`,
    ru: `Папка содержимого не найдена: ${dir}. Запустите команду из корня репозитория или укажите папку через --content DIR.`,
  });
}

/** A required option that was left out. */
export function missingOption(option: string, what: Bilingual): BilingualError {
  return new BilingualError({ kk: `${option} міндетті: ${what.kk}.`, ru: `${option} обязателен: ${what.ru}.` });
}
