/**
 * What one certificate prints, gathered from the content: the award, the recipient's name, the
 * project it rewards (if it names one), the region whose representation the recipient belongs to,
 * and the address of its check page.
 *
 * The name is the consented form (`consentedName`, the site's one name function) unless the
 * private names file gives a full name. For a member whose consent is `hidden`, that is the given
 * name and an initial: what the paper copy shows without a names file. The paper goes to the child, and the site's check
 * page for it never shows a hidden name (the site applies consent, not this module).
 */
import { pick } from '../i18n/locales.ts';
import { urlUnderRoot } from '../i18n/urls.ts';
import type { MemberPlace } from '../site/member-places.ts';
import { consentedName } from '../site/members.ts';
import { paths } from '../site/paths.ts';
import type { Content } from '../content/model.ts';
import type { Award, LocaleMap, SiteLocale } from '../content/schema.ts';
import { CERTIFICATE_MESSAGES, CertificateError, type AwardKind } from '../i18n/certificates.ts';

export type Bilingual = Record<SiteLocale, string>;

export interface Certificate {
  id: string;
  kind: AwardKind;
  recipient: string;
  /** Whether `recipient` is the full name (from the names file, or a member whose consent is `full`), not a given name and initial. */
  fullName: boolean;
  reason: Bilingual;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The signer's name once, as the movement's default language spells it (a person signs with one name); the position in both languages. */
  signer: { name: string; position: Bilingual };
  /** The project the award rewards (its id and title in both languages), when the award names one. */
  project?: { id: string; title: Bilingual } | undefined;
  /** The region whose representation the recipient is a member of. */
  region: string;
  regionName: Bilingual;
  verifyUrl: string;
}

/** The address of a certificate's check page: `<site>/verify/<id>/`. */
export function verifyUrl(site: string, id: string): string {
  return urlUnderRoot(site, paths.verify(id));
}

const both = (map: LocaleMap): Bilingual => ({ kk: pick(map, 'kk'), ru: pick(map, 'ru') });

/** The certificate of one award; throws (kk/ru) when its member is in no roster. */
export function certificateOf(award: Award, content: Content, roster: Map<string, MemberPlace>, names: Map<string, string>, site: string): Certificate {
  const place = roster.get(award.member);
  if (!place) throw new CertificateError(CERTIFICATE_MESSAGES.unknownMember(award.id, award.member));
  const region = content.geography.get(place.region)?.data;
  const fullName = names.get(award.member);
  const project = award.project ? content.projects.find((p) => p.id === award.project) : undefined;
  if (award.project && !project) throw new CertificateError(CERTIFICATE_MESSAGES.unknownProject(award.id, award.project));
  return {
    id: award.id,
    kind: award.kind,
    recipient: fullName ?? consentedName(place.member),
    fullName: fullName !== undefined || place.member.consent.name === 'full',
    reason: both(award.reason),
    ...(project ? { project: { id: project.id, title: both(project.data.title) } } : {}),
    date: award.date,
    signer: { name: pick(award.signed_by.name, content.movement?.data.default_locale === 'ru' ? 'ru' : 'kk'), position: both(award.signed_by.position) },
    region: place.region,
    regionName: region ? both(region.name) : { kk: place.region, ru: place.region },
    verifyUrl: verifyUrl(site, award.id),
  };
}
