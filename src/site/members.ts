/**
 * How a member appears on the public site. This is the one place that decides it: every page,
 * feed and index goes through `publicName`, so a child whose guardian chose `hidden` is never
 * named anywhere, only counted.
 */
import type { Member } from '../content/schema.ts';

type Named = Pick<Member, 'name' | 'consent'>;

/**
 * The name to show, or undefined when the member must not be named. `initial` is rebuilt from the
 * file's name (given name + the surname's first letter and a dot), so even a full surname that
 * slipped past review into an `initial` entry is never published.
 */
export function publicName(member: Named): string | undefined {
  const words = member.name.trim().split(/\s+/);
  switch (member.consent.name) {
    case 'full':
      return words.join(' ');
    case 'initial': {
      const [given, surname] = words;
      const initial = surname ? Array.from(surname)[0] : undefined;
      return initial ? `${given} ${initial}.` : given;
    }
    case 'hidden':
      return undefined;
  }
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
