/**
 * The placeholder printed for a `hidden` member in reports and exports (PR comments, the
 * Ministry's list). Which name a member gets is decided in one place, src/site/members.ts.
 */
import type { Member } from '../content/schema.ts';
import { nameOrPlaceholder } from '../site/members.ts';

export const HIDDEN_NAME = { kk: '(аты жасырылған)', ru: '(имя скрыто)', en: '(name hidden)' } as const;
/** Both languages at once, for documents read in either (the Ministry's list). */
export const HIDDEN_NAME_BILINGUAL = `${HIDDEN_NAME.kk.slice(0, -1)} / ${HIDDEN_NAME.ru.slice(1)}`;

/** The name to print for `member` in `locale`: its public name, or the placeholder when consent hides it. */
export function reportName(member: Pick<Member, 'name' | 'consent'>, locale: keyof typeof HIDDEN_NAME): string {
  return nameOrPlaceholder(member, HIDDEN_NAME[locale]);
}
