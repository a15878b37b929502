/**
 * Which body an event's page shows: the one in the page's language when the event has it (its own
 * body, in `lang:`, or its translation `<slug>.ru.mdx`), else its own body with a plain note that
 * the description exists only in the other language.
 */
import type { SiteLocale } from '../content/schema.ts';

export interface EventBodies<Own, Translation> {
  data: { lang: SiteLocale };
  entry: Own;
  translation?: Translation | undefined;
}

export interface PickedBody<Own, Translation> {
  entry: Own | Translation;
  /** The language the shown body is written in. */
  lang: SiteLocale;
  /** True when the page's language has no body: the page says so. */
  onlyInOther: boolean;
}

/** The body to render on a page in `locale`. */
export function eventBodyFor<Own, Translation>(event: EventBodies<Own, Translation>, locale: SiteLocale): PickedBody<Own, Translation> {
  if (event.data.lang === locale) return { entry: event.entry, lang: locale, onlyInOther: false };
  // The only translation file is Russian (`<slug>.ru.mdx`); an event whose own body is Russian has none (rule event-translation-same-language).
  if (locale === 'ru' && event.translation) return { entry: event.translation, lang: 'ru', onlyInOther: false };
  return { entry: event.entry, lang: event.data.lang, onlyInOther: true };
}
