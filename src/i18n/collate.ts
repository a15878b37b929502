/**
 * Alphabetical order in a language (Intl.Collator: Kazakh letters such as Ә, Ө, Ү, Ұ sort where a
 * Kazakh reader looks for them). The site's region lists and `npm run status` share it.
 */

const collators = new Map<string, Intl.Collator>();

/** `items` sorted by `nameOf` in `locale`'s alphabetical order (a new array; ties keep their order). */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, locale: string): T[] {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
