/**
 * The last gate's messages, in Kazakh and Russian. They name the built file and the content file
 * to change, never the value found (build logs are public).
 */
import type { SiteLocale } from '../content/schema.ts';

export type OutputFindingKind = 'iin' | 'phone' | 'email' | 'hidden-name' | 'csp-missing';

const WHAT: Record<OutputFindingKind, Record<SiteLocale, string>> = {
  iin: { kk: 'ЖСН (жеке сәйкестендіру нөмірі)', ru: 'ИИН (индивидуальный идентификационный номер)' },
  phone: { kk: 'телефон нөмірі (куратордың ресми нөмірі емес)', ru: 'номер телефона (не официальный номер куратора)' },
  email: { kk: 'электрондық пошта мекенжайы (куратордың ресми поштасы емес)', ru: 'адрес электронной почты (не официальная почта куратора)' },
  'hidden-name': {
    kk: 'аты жасырылған қатысушының (consent.name: hidden) аты',
    ru: 'имя участника, чьё имя скрыто (consent.name: hidden)',
  },
  'csp-missing': { kk: 'Content-Security-Policy мета-тегі жоқ', ru: 'нет мета-тега Content-Security-Policy' },
};

export interface OutputMessageParams {
  kind: OutputFindingKind;
  /** The built file, relative to the output folder. */
  output: string;
  /** The content files the value comes from (relative to the working directory), when known. */
  sources: string[];
  /** The page a pagefind fragment belongs to, when it is one. */
  page?: string;
}

/** One finding as a kk and a ru line. */
export function outputFindingMessage({ kind, output, sources, page }: OutputMessageParams): Record<SiteLocale, string> {
  const onPage = page ? { kk: ` (${page} бетінің іздеу индексі)`, ru: ` (поисковый индекс страницы ${page})` } : { kk: '', ru: '' };
  if (kind === 'csp-missing') {
    return {
      kk: `${output}: ${WHAT[kind].kk}. Бет src/layouts/Base.astro арқылы жасалуы керек.`,
      ru: `${output}: ${WHAT[kind].ru}. Страница должна строиться через src/layouts/Base.astro.`,
    };
  }
  const list = sources.join(', ');
  return sources.length > 0
    ? {
        kk: `${output}${onPage.kk}: жарияланатын файлда мынасы табылды: ${WHAT[kind].kk}; мәні көрсетілмейді. Ол мына файлдан келеді: ${list} — сол жерден өшіріңіз.`,
        ru: `${output}${onPage.ru}: в публикуемом файле обнаружено: ${WHAT[kind].ru}; значение не показывается. Источник: ${list} — удалите его там.`,
      }
    : {
        kk: `${output}${onPage.kk}: жарияланатын файлда мынасы табылды: ${WHAT[kind].kk}; мәні көрсетілмейді. Бұл бетті жасайтын мазмұн файлдарын тексеріп, оны өшіріңіз.`,
        ru: `${output}${onPage.ru}: в публикуемом файле обнаружено: ${WHAT[kind].ru}; значение не показывается. Проверьте файлы содержимого, из которых строится эта страница, и удалите его.`,
      };
}

/** The verdict printed under the findings: nothing was published. */
export const GATE_FAILED: Record<SiteLocale, string> = {
  kk: 'Соңғы тексеру: жиналған сайтта жеке деректер табылды, сондықтан ол жарияланбады; алдыңғы нұсқасы өзгеріссіз қалды.',
  ru: 'Последняя проверка: в собранном сайте найдены персональные данные, поэтому он не опубликован; прежняя версия осталась без изменений.',
};

/** How many more findings were left out of the list. */
export const MORE_FINDINGS = (count: number): Record<SiteLocale, string> => ({
  kk: `…және тағы ${count} табылым.`,
  ru: `…и ещё ${count} находок.`,
});
