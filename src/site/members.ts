/**
 * How a member's name is shown. This is the one place that decides it: every page, feed and
 * index, `status`, the pull-request comment, the Ministry export (through `nameOrPlaceholder`)
 * and the certificates' default go through `consentedName`/`publicName`, so a child whose
 * guardian chose `hidden` is never named in public, only counted, and an `initial` name is the
 * same everywhere.
 */
import type { Member } from '../content/schema.ts';

type Named = Pick<Member, 'name' | 'consent'>;

/**
 * The name in the form its consent allows (CONTENT-MODEL.md): `full` — given name and surname;
 * `initial` and `hidden` — given name and the surname's initial with a dot, rebuilt from the
 * file's name, so even a full surname that slipped past review is never printed. For papers that
 * go to the child (a certificate without a names file); the public site uses `publicName`.
 */
export function consentedName(member: Named): string {
  const words = member.name.trim().split(/\s+/);
  if (member.consent.name === 'full') return words.join(' ');
  const [given = '', surname] = words;
  const initial = surname ? Array.from(surname)[0] : undefined;
  return initial ? `${given} ${initial}.` : given;
}

/** The name to show in public, or undefined when the member must not be named (`hidden`). */
export function publicName(member: Named): string | undefined {
  return member.consent.name === 'hidden' ? undefined : consentedName(member);
}

/** The public name, or `placeholder` for a hidden member: for lists that keep a row per member (PR comment, Ministry export). */
export function nameOrPlaceholder(member: Named, placeholder: string): string {
  return publicName(member) ?? placeholder;
}

/** A list split for display: who may be named, and how many may not. */
export interface PublicRoster<M extends Named> {
  named: { member: M; name: string }[];
  hiddenCount: number;
}

/** Splits members into those shown by name (leaders first, order of the file kept) and a count of the rest. */
export function publicRoster<M extends Named & { role: Member['role'] }>(members: readonly M[]): PublicRoster<M> {
  const named: { member: M; name: string }[] = [];
  let hiddenCount = 0;
  for (const member of members) {
    const name = publicName(member);
    if (name === undefined) hiddenCount += 1;
    else named.push({ member, name });
  }
  named.sort((a, b) => Number(b.member.role === 'leader') - Number(a.member.role === 'leader'));
  return { named, hiddenCount };
}
