/**
 * The content model in code — the one source of truth for every file under `content/`
 * (see CONTENT-MODEL.md). The validator, the Astro collections, the docs tables and the
 * scaffolding are all derived from these schemas, so a field is added here and nowhere else.
 *
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 * Values arrive as js-yaml 4 produces them (the parser Astro uses): unquoted dates are
 * `Date` objects, so date fields accept both forms and normalise them.
 */
import { z } from 'zod';

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** The two languages the site is published in; `en` is optional everywhere. */
export const SITE_LOCALES = ['kk', 'ru'] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG);

/** A human-readable text in several languages; a missing kk or ru is a warning (rule `locale-missing`). */
export const localeMap = z
  .strictObject({ kk: z.string().trim().min(1).optional(), ru: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .refine((m) => Boolean(m.kk ?? m.ru ?? m.en), { params: { code: 'locale-empty' } });
export type LocaleMap = z.infer<typeof localeMap>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `YYYY-MM-DD` names a day of the calendar (no 30 February, no month 13). */
export function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** `YYYY-MM-DD`, normalised to that string whether YAML gave a Date or a quoted string. */
export const isoDate = z
  .union([z.date(), z.string().regex(ISO_DATE).refine(isCalendarDate, { params: { code: 'bad-date' } })], {
    error: () => ({ message: 'date', params: { code: 'expected-date' } }),
  })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/**
 * An ISO 8601 date-time with an explicit offset, normalised to a `Date`. An unquoted value
 * without an offset is read by YAML as UTC; the rule `datetime-offset` catches it in the source.
 */
export const isoDateTime = z
  .union([z.date(), z.string().regex(ISO_DATE_TIME_WITH_OFFSET)], {
    error: () => ({ message: 'date-time', params: { code: 'expected-datetime' } }),
  })
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), { params: { code: 'bad-date' } });

export const httpsUrl = z.url({ protocol: /^https$/, error: () => ({ message: 'https', params: { code: 'expected-https' } }) });

const gradeRange = z
  .tuple([z.int().min(1).max(11), z.int().min(1).max(11)])
  .refine(([from, to]) => from <= to, { params: { code: 'range-order' } });

// ── movement.yaml ────────────────────────────────────────────────────────────

export const movementSchema = z.strictObject({
  season: z.int().min(2020).max(2100),
  default_locale: z.enum(LOCALES),
  deadlines: z.strictObject({ composition_approved: isoDate, ministry_list: isoDate }),
  summer: z.strictObject({ from: isoDate, to: isoDate }),
  rules: z.strictObject({
    event_lead_days: z.int().min(0),
    results_due_days: z.int().min(0),
    member_grades: gradeRange,
    region_members_per_unit: z.int().min(1),
  }),
  topics: z.record(slug, localeMap),
  /** The movement's official pages on social networks (shown on the home page). */
  social: z.array(z.lazy(() => socialAccount)).optional(),
  /** Extension: the site's public address (https), printed on cards and certificates; env SITE_URL overrides it (src/site/deployment.ts). */
  site_url: httpsUrl.optional(),
});
export type Movement = z.infer<typeof movementSchema>;

// ── geography/<region>.yaml ──────────────────────────────────────────────────

const kato = z.string().regex(/^\d{9}$/);

export const RURAL_KINDS = ['okrug', 'village', 'settlement'] as const;
export const ruralPlaceSchema = z.strictObject({ id: slug, kato, kind: z.enum(RURAL_KINDS), name: localeMap });
export const townSchema = z.strictObject({ id: slug, kato, name: localeMap });

export const UNIT_KINDS = ['district', 'city', 'city-district'] as const;
export const geoUnitSchema = z.strictObject({
  id: slug,
  kato,
  kind: z.enum(UNIT_KINDS),
  name: localeMap,
  rural: z.array(ruralPlaceSchema).optional(),
  towns: z.array(townSchema).optional(),
});

export const REGION_KINDS = ['oblast', 'city'] as const;
export const geoRegionSchema = z.strictObject({
  id: slug,
  kato,
  kind: z.enum(REGION_KINDS),
  name: localeMap,
  center: slug.optional(),
  units: z.array(geoUnitSchema).min(1),
});
export type GeoRegion = z.infer<typeof geoRegionSchema>;
export type GeoUnit = z.infer<typeof geoUnitSchema>;
export type RuralPlace = z.infer<typeof ruralPlaceSchema>;

// ── representations ──────────────────────────────────────────────────────────

export const CONSENT_NAME_FORMS = ['full', 'initial', 'hidden'] as const;
export const consentSchema = z.strictObject({ name: z.enum(CONSENT_NAME_FORMS), photo: z.boolean() });

export const ROLES = ['leader', 'member'] as const;
const memberFields = {
  id: slug,
  /** Exactly the public form `consent.name` allows (rule `member-name-consent`). */
  name: z.string().trim().min(1),
  grade: z.int().min(1).max(11),
  role: z.enum(ROLES),
  consent: consentSchema,
  since: isoDate.optional(),
};
export const ruralMemberSchema = z.strictObject(memberFields);
/** A member of a city/district representation: coordinates rural representations of that unit. */
export const unitMemberSchema = z.strictObject({ ...memberFields, coordinates: z.array(slug).optional() });
/** A member of a regional representation: heads cities/districts of the region. */
export const regionMemberSchema = z.strictObject({ ...memberFields, heads: z.array(slug).optional() });
export type Member = z.infer<typeof ruralMemberSchema>;
export type UnitMember = z.infer<typeof unitMemberSchema>;
export type RegionMember = z.infer<typeof regionMemberSchema>;

export const SOCIAL_NETWORKS = ['instagram', 'telegram', 'tiktok', 'youtube', 'vk', 'facebook', 'threads', 'whatsapp', 'x'] as const;
export const socialAccount = z.strictObject({
  network: z.enum(SOCIAL_NETWORKS),
  url: httpsUrl,
  followers: z.int().min(0).optional(),
  as_of: isoDate.optional(),
});
export type SocialAccount = z.infer<typeof socialAccount>;

export const approvalSchema = z.strictObject({ date: isoDate, order: z.string().trim().min(1), by: localeMap });
export type Approval = z.infer<typeof approvalSchema>;

/**
 * A corrected list of the regional representation re-sent to the Ministry after the season's
 * `ministry_list` deadline: the date it was sent, the outgoing letter's number and why. After
 * that deadline the regional level changes only in a pull request that adds one of these
 * (rule `pr-region-frozen` of `check:pr`).
 */
export const resubmissionSchema = z.strictObject({ date: isoDate, letter: z.string().trim().min(1), reason: localeMap });
export type Resubmission = z.infer<typeof resubmissionSchema>;

/** GitHub user (`@name`) or team (`@org/team`). */
export const maintainer = z.string().regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/);

export const regionRepresentationSchema = z.strictObject({
  region: slug,
  maintainers: z.array(maintainer).optional(),
  approved: approvalSchema.optional(),
  resubmissions: z.array(resubmissionSchema).optional(),
  curator: z
    .strictObject({ name: localeMap, position: localeMap.optional(), email: z.email().optional(), phone: z.string().trim().min(5).optional() })
    .optional(),
  social: z.array(socialAccount).optional(),
  members: z.array(regionMemberSchema),
});
export type RegionRepresentation = z.infer<typeof regionRepresentationSchema>;

export const ruralRepresentationSchema = z.strictObject({
  /** A rural id from geography, or a new one with its name. */
  id: slug,
  name: localeMap.optional(),
  members: z.array(ruralMemberSchema),
});
export type RuralRepresentation = z.infer<typeof ruralRepresentationSchema>;

export const unitRepresentationSchema = z.strictObject({
  region: slug,
  unit: slug,
  members: z.array(unitMemberSchema),
  rural: z.array(ruralRepresentationSchema).optional(),
});
export type UnitRepresentation = z.infer<typeof unitRepresentationSchema>;

// ── events/<year>/<slug>.mdx ─────────────────────────────────────────────────

export const EVENT_FORMATS = ['online', 'offline', 'hybrid'] as const;
export const EVENT_STATUSES = ['planned', 'cancelled', 'held'] as const;
/** `national`, `<region>` or `<region>/<unit>`. */
export const ORGANIZER = /^(national|[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?)$/;
export const SUMMARY_MAX = 200;
/** An event's id as awards and `rescheduled_to` write it: `<year>/<slug>`. */
export const EVENT_ID = /^\d{4}\/[a-z0-9]+(-[a-z0-9]+)*$/;

export const eventSchema = z.strictObject({
  title: localeMap,
  summary: localeMap.refine((m) => Object.values(m).every((t) => !t || t.length <= SUMMARY_MAX), {
    params: { code: 'summary-too-long', max: SUMMARY_MAX },
  }),
  start: isoDateTime,
  end: isoDateTime,
  format: z.enum(EVENT_FORMATS),
  online: z.strictObject({ platform: z.string().trim().min(1), url: httpsUrl }).optional(),
  place: localeMap.optional(),
  organizer: z.string().regex(ORGANIZER),
  audience: z.strictObject({ grades: gradeRange }),
  topics: z.array(slug).min(1),
  registration: z.strictObject({ url: httpsUrl, deadline: isoDate }).optional(),
  status: z.enum(EVENT_STATUSES),
  results: z.strictObject({ participants: z.int().min(0), reported: isoDate }).optional(),
  /** Extension: the event (`<year>/<slug>`) this cancelled one moved to; its page links there. */
  rescheduled_to: z.string().regex(EVENT_ID).optional(),
  lang: z.enum(SITE_LOCALES),
});
export type EventData = z.infer<typeof eventSchema>;

/**
 * Extension: `events/<year>/<slug>.ru.mdx`, the event's Russian body. Only a body: no frontmatter,
 * or an empty one. Any field is accepted here and reported by rule `event-translation-fields`
 * (the event's fields stay in `<slug>.mdx`), so the message can say so rather than "unknown key".
 */
export const eventTranslationSchema = z.preprocess((value) => value ?? {}, z.record(z.string(), z.unknown()));
export type EventTranslation = z.infer<typeof eventTranslationSchema>;

// ── awards/<year>.yaml ───────────────────────────────────────────────────────

export const AWARD_KINDS = ['diploma', 'certificate', 'thanks'] as const;
export const AWARD_ID = /^\d{4}-\d{6}$/;
export const awardSchema = z.strictObject({
  id: z.string().regex(AWARD_ID),
  member: slug,
  kind: z.enum(AWARD_KINDS),
  reason: localeMap,
  /** `<year>/<slug>` of an event. */
  event: z.string().regex(/^\d{4}\/[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  date: isoDate,
  signed_by: z.strictObject({ name: localeMap, position: localeMap }),
});
export const awardsFileSchema = z.array(awardSchema);
export type Award = z.infer<typeof awardSchema>;
