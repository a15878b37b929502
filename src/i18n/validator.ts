/** The validator's own words (the rules carry theirs), one key set per language. */
import type { Locale } from '../content/schema.ts';

export interface ValidatorStrings {
  error: string;
  warning: string;
  summary: (errors: number, warnings: number, files: number) => string;
  clean: (files: number) => string;
  line: string;
  column: string;
}

export const VALIDATOR_STRINGS: Record<Locale, ValidatorStrings> = {
  kk: {
    error: 'қате',
    warning: 'ескерту',
    summary: (e, w, f) => `${f} файл тексерілді: ${e} қате, ${w} ескерту.${e ? ' Қателерді түзетпейінше өзгеріс қабылданбайды.' : ''}`,
    clean: (f) => `${f} файл тексерілді: бәрі дұрыс.`,
    line: 'жол',
    column: 'баған',
  },
  ru: {
    error: 'ошибка',
    warning: 'предупреждение',
    summary: (e, w, f) => `Проверено файлов: ${f}. Ошибок: ${e}, предупреждений: ${w}.${e ? ' Пока ошибки не исправлены, изменение не может быть принято.' : ''}`,
    clean: (f) => `Проверено файлов: ${f}. Всё в порядке.`,
    line: 'строка',
    column: 'столбец',
  },
  en: {
    error: 'error',
    warning: 'warning',
    summary: (e, w, f) => `${f} files checked: ${e} errors, ${w} warnings.${e ? ' The change cannot be accepted until the errors are fixed.' : ''}`,
    clean: (f) => `${f} files checked: all good.`,
    line: 'line',
    column: 'column',
  },
};
