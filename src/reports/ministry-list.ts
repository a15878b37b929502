/**
 * The list of online regional representations for the Ministry of Education, as data: one
 * row per region (the summary) and one per regional member. Only public forms of names
 * leave the repository: a member whose consent hides the name is listed without it.
 */
import type { Content } from '../content/model.ts';
import type { RegionRepresentation } from '../content/schema.ts';
import { pick } from '../i18n/locales.ts';
import { unheadedUnits } from '../content/coverage.ts';
import { nameOrPlaceholder } from '../site/members.ts';
import type { Movement } from '../content/schema.ts';
import { approvalIsThisSeason } from '../rules/deadlines.ts';
import { OUTDATED_APPROVAL } from './ministry-headers.ts';
import { HIDDEN_NAME_BILINGUAL } from './public-name.ts';

export interface MinistryMember {
  number: number;
  name: string;
  grade: number;
  role: { ru: string; kk: string };
  /** The cities/districts the member heads, by their Russian and Kazakh names. */
  heads: { ru: string; kk: string };
}

export interface MinistryRegion {
  region: string;
  name: { ru: string; kk: string };
  /** Undefined when the region has no regional representation file yet. */
  representation?: {
    /** `outdated`: the order approved an earlier season's composition (approvalIsThisSeason). */
    approved?: { order: string; date: string; by: { ru: string; kk: string }; outdated: boolean };
    resubmissions: { date: string; letter: string }[];
    curator?: { name: string; position: string; email: string; phone: string };
    social: { network: string; url: string; followers?: number }[];
    members: MinistryMember[];
  };
  units: number;
  unitsHeaded: number;
}

export interface MinistryList {
  season: number;
  regions: MinistryRegion[];
}

const ROLES = { leader: { ru: 'лидер', kk: 'көшбасшы' }, member: { ru: 'член', kk: 'мүше' } } as const;

/** The list for every region of the geography, in the geography's order of ids. */
export function ministryList(content: Content): MinistryList {
  const ids = [...new Set([...content.geography.keys(), ...content.regions.keys()])].sort();
  return { season: content.movement?.data.season ?? 0, regions: ids.map((id) => ministryRegion(content, id)) };
}

function ministryRegion(content: Content, region: string): MinistryRegion {
  const geo = content.geography.get(region)?.data;
  const representation = content.regions.get(region)?.data;
  const unitName = new Map(geo?.units.map((u) => [u.id, { ru: pick(u.name, 'ru'), kk: pick(u.name, 'kk') }]) ?? []);
  // Headed as content/coverage.ts defines it (by `region_members_per_unit` heads), like status and the rules.
  const perUnit = content.movement?.data.rules.region_members_per_unit ?? 1;
  const headed = representation && geo ? geo.units.length - unheadedUnits(representation, geo, perUnit).length : 0;
  return {
    region,
    name: geo ? { ru: pick(geo.name, 'ru'), kk: pick(geo.name, 'kk') } : { ru: region, kk: region },
    ...(representation && { representation: representationRows(representation, unitName, content.movement?.data) }),
    units: unitName.size,
    unitsHeaded: headed,
  };
}

function representationRows(r: RegionRepresentation, unitName: Map<string, { ru: string; kk: string }>, movement: Movement | undefined): NonNullable<MinistryRegion['representation']> {
  const members = r.members.map((m, i) => {
    const heads = (m.heads ?? []).map((id) => unitName.get(id) ?? { ru: id, kk: id });
    return {
      number: i + 1,
      name: nameOrPlaceholder(m, HIDDEN_NAME_BILINGUAL),
      grade: m.grade,
      role: ROLES[m.role],
      heads: { ru: heads.map((h) => h.ru).join(', '), kk: heads.map((h) => h.kk).join(', ') },
    };
  });
  return {
    ...(r.approved && {
      approved: {
        order: r.approved.order,
        date: r.approved.date,
        by: { ru: pick(r.approved.by, 'ru'), kk: pick(r.approved.by, 'kk') },
        outdated: movement !== undefined && !approvalIsThisSeason(r.approved.date, movement),
      },
    }),
    resubmissions: (r.resubmissions ?? []).map(({ date, letter }) => ({ date, letter })),
    ...(r.curator && {
      curator: { name: pick(r.curator.name, 'ru'), position: r.curator.position ? pick(r.curator.position, 'ru') : '', email: r.curator.email ?? '', phone: r.curator.phone ?? '' },
    }),
    social: (r.social ?? []).map((s) => ({ network: s.network, url: s.url, ...(s.followers !== undefined && { followers: s.followers }) })),
    members,
  };
}

/** The approval's date as the list prints it: marked when the order approved an earlier season. */
export function approvalDate(approved: { date: string; outdated: boolean } | undefined): string {
  if (!approved) return '';
  return approved.outdated ? `${approved.date} (${OUTDATED_APPROVAL})` : approved.date;
}
