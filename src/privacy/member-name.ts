/**
 * The public form of a member's name that the guardian's consent allows (CONTENT-MODEL.md):
 * `full` — given name and surname; `initial` and `hidden` — given name and the surname's
 * initial with a dot («Айгерім С.»). The rule `member-name-consent` compares `name` with it.
 */
import type { CONSENT_NAME_FORMS } from '../content/schema.ts';

type Consent = (typeof CONSENT_NAME_FORMS)[number];

/** A name word: a capital letter, then letters (hyphens and apostrophes inside: «Әли-Хан», «O'Neil»). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’ʼ-]*\p{L}$/u;
/** A surname's initial: one capital (two for Latin digraphs such as Zh., Sh.), then a dot. */
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/** Whether `name` is written in the form that `consent` allows. */
export function nameMatchesConsent(name: string, consent: Consent): boolean {
  const words = name.trim().split(/\s+/);
  if (consent === 'full') return words.length >= 2 && words.every((word) => NAME_WORD.test(word));
  return words.length === 2 && NAME_WORD.test(words[0]!) && INITIAL.test(words[1]!);
}
