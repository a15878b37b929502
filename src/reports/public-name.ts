/**
 * The form of a member's name that may leave the repository (reports, exports, PR comments):
 * `full` and `initial` names are already in their consented public form; a `hidden` name is
 * never shown outside the repository, so it becomes a placeholder in both languages.
 */
import type { Member } from '../content/schema.ts';

export const HIDDEN_NAME = { kk: '(аты жасырылған)', ru: '(имя скрыто)', en: '(name hidden)' } as const;
/** Both languages at once, for documents read in either (the Ministry's list). */
export const HIDDEN_NAME_BILINGUAL = `${HIDDEN_NAME.kk.slice(0, -1)} / ${HIDDEN_NAME.ru.slice(1)}`;

/** The name to print for `member` in `locale`, or the placeholder when consent hides it. */
export function publicName(member: Pick<Member, 'name' | 'consent'>, locale: keyof typeof HIDDEN_NAME): string {
  return member.consent.name === 'hidden' ? HIDDEN_NAME[locale] : member.name;
}
