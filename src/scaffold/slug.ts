/**
 * Ids from Kazakh and Russian text: Cyrillic transliterated to Latin (a simple, readable
 * scheme, not a standard), everything else to hyphens, so `Кітап оқу кеші` → `kitap-oku-keshi`.
 */

const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A slug of at most `maxWords` words; empty when the text has no letters or digits. */
export function slugify(text: string, maxWords = 6): string {
  const latin = [...text.toLowerCase()].map((c) => LATIN[c] ?? c).join('');
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** `base`, or `base-2`, `base-3`… — the first one `taken` does not have. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}
