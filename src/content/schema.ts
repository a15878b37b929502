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
import { LOCALES, SITE_LOCALES } from './locales.ts';

/** The same words in the two site languages: a field's label or hint, an option's name. */
export interface Words {
  kk: string;
  ru: string;
}

/**
 * How a person enters a value. The editor's config (src/cms/) picks its widget from this, and the
 * docs (src/docs/) word the type from it, instead of guessing either back from a regex.
 */
export type Widget = 'id' | 'kato' | 'text' | 'locale-text' | 'date' | 'datetime' | 'https' | 'email' | 'phone' | 'maintainer' | 'grades';

/**
 * Where a value's choices come from, read from the content when the editor's config is generated
 * (`npm run cms`): a coordinator picks «Сайрам ауданы», never types `sayram`. `projects` are
 * entries of the editor itself, picked by their kk/ru title from the projects collection (a
 * relation: the editor reads them, the config does not list them).
 */
export type OptionSource = 'topics' | 'regions' | 'units' | 'organizers' | 'events' | 'projects';

/** The meaning zod 4 `.meta()` carries on the content schemas (zod's global registry). */
export type FieldMeta = {
  /** The field's name for people (the editor's label; the docs' column). */
  label?: Words;
  /** One sentence of help shown under the field. */
  hint?: Words;
  widget?: Widget;
  /** The choices of a value picked from the content (see OptionSource). */
  options?: OptionSource;
  /** The kk/ru names of an enum's values, in the enum's order. */
  choices?: Record<string, Words>;
};

declare module 'zod/v4/core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalMeta extends FieldMeta {}
}

/** `{ kk, ru }` in one call: the labels below stay one line each. */
const words = (kk: string, ru: string): Words => ({ kk, ru });
/** A field's label (and hint): `.meta(field('Атауы', 'Название'))`. */
const field = (kk: string, ru: string, more: Omit<FieldMeta, 'label'> = {}): FieldMeta => ({ label: words(kk, ru), ...more });

export { LOCALES, SITE_LOCALES, type Locale, type SiteLocale } from './locales.ts';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG).meta({ widget: 'id' });

/** A human-readable text in several languages; a missing kk or ru is a warning (rule `locale-missing`). */
export const localeMap = z
  .strictObject({ kk: z.string().trim().min(1).optional(), ru: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .refine((m) => Boolean(m.kk ?? m.ru ?? m.en), { params: { code: 'locale-empty' } })
  .meta({ widget: 'locale-text' });
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
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .meta({ widget: 'date' });

/**
 * An ISO 8601 date-time with an explicit offset, normalised to a `Date`. An unquoted value
 * without an offset is read by YAML as UTC; the rule `datetime-offset` catches it in the source.
 */
export const isoDateTime = z
  .union([z.date(), z.string().regex(ISO_DATE_TIME_WITH_OFFSET)], {
    error: () => ({ message: 'date-time', params: { code: 'expected-datetime' } }),
  })
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), { params: { code: 'bad-date' } })
  .meta({ widget: 'datetime' });

export const httpsUrl = z.url({ protocol: /^https$/, error: () => ({ message: 'https', params: { code: 'expected-https' } }) }).meta({ widget: 'https' });

const gradeRange = z
  .tuple([z.int().min(1).max(11), z.int().min(1).max(11)])
  .refine(([from, to]) => from <= to, { params: { code: 'range-order' } })
  .meta({ widget: 'grades' });

// ── movement.yaml ────────────────────────────────────────────────────────────

const LOCALE_CHOICES = { kk: words('Қазақша', 'Казахский'), ru: words('Орысша', 'Русский'), en: words('Ағылшынша', 'Английский') };

export const movementSchema = z.strictObject({
  season: z.int().min(2020).max(2100).meta(field('Маусым (жыл)', 'Сезон (год)')),
  default_locale: z.enum(LOCALES).meta(field('Хабарламалардың негізгі тілі', 'Основной язык сообщений', { choices: LOCALE_CHOICES })),
  deadlines: z
    .strictObject({
      composition_approved: isoDate.meta(field('Құрамды бекіту мерзімі', 'Срок утверждения составов')),
      ministry_list: isoDate.meta(field('Министрлікке тізім жіберу мерзімі', 'Срок отправки списка в министерство')),
    })
    .meta(field('Мерзімдер', 'Сроки')),
  summer: z
    .strictObject({ from: isoDate.meta(field('Басы', 'Начало')), to: isoDate.meta(field('Соңы', 'Конец')) })
    .meta(field('Жазғы демалыс', 'Летние каникулы')),
  rules: z
    .strictObject({
      event_lead_days: z.int().min(0).meta(field('Іс-шараны қанша күн бұрын тіркеу керек', 'За сколько дней регистрировать мероприятие')),
      results_due_days: z.int().min(0).meta(field('Нәтижені қанша күн ішінде жазу керек', 'За сколько дней внести итоги')),
      member_grades: gradeRange.meta(field('Мүшелердің сыныптары', 'Классы участников')),
      region_members_per_unit: z.int().min(1).meta(field('Бір ауданды басқаратын өңір мүшелері', 'Участников региона на один район')),
    })
    .meta(field('Ережелер', 'Правила')),
  topics: z.record(slug, localeMap).meta(field('Тақырыптар', 'Темы')),
  /** The movement's official pages on social networks (shown on the home page). */
  social: z.array(z.lazy(() => socialAccount)).optional().meta(field('Әлеуметтік желілер', 'Социальные сети')),
  /** Extension: the site's public address (https), printed on cards and certificates; env SITE_URL overrides it (src/site/deployment.ts). */
  site_url: httpsUrl.optional().meta(field('Сайттың жария мекенжайы', 'Публичный адрес сайта')),
});
export type Movement = z.infer<typeof movementSchema>;

// ── geography/<region>.yaml ──────────────────────────────────────────────────

const kato = z.string().regex(/^\d{9}$/).meta(field('ӘАОЖ (КАТО) коды', 'Код КАТО', { widget: 'kato' }));
const geoId = slug.meta(field('Идентификатор', 'Идентификатор'));
const geoName = localeMap.meta(field('Атауы', 'Название'));

export const RURAL_KINDS = ['okrug', 'village', 'settlement'] as const;
const RURAL_KIND_CHOICES = { okrug: words('ауылдық округ', 'сельский округ'), village: words('ауыл', 'село'), settlement: words('кент', 'посёлок') };
export const ruralPlaceSchema = z.strictObject({ id: geoId, kato, kind: z.enum(RURAL_KINDS).meta(field('Түрі', 'Вид', { choices: RURAL_KIND_CHOICES })), name: geoName });
export const townSchema = z.strictObject({ id: geoId, kato, name: geoName });

export const UNIT_KINDS = ['district', 'city', 'city-district'] as const;
const UNIT_KIND_CHOICES = { district: words('аудан', 'район'), city: words('қала', 'город'), 'city-district': words('қаладағы аудан', 'район города') };
export const geoUnitSchema = z.strictObject({
  id: geoId,
  kato,
  kind: z.enum(UNIT_KINDS).meta(field('Түрі', 'Вид', { choices: UNIT_KIND_CHOICES })),
  name: geoName,
  rural: z.array(ruralPlaceSchema).optional().meta(field('Ауылдық округтер мен ауылдар', 'Сельские округа и сёла')),
  towns: z.array(townSchema).optional().meta(field('Аудандық маңызы бар қалалар', 'Города районного значения')),
});

export const REGION_KINDS = ['oblast', 'city'] as const;
export const geoRegionSchema = z.strictObject({
  id: geoId,
  kato,
  kind: z.enum(REGION_KINDS).meta(field('Түрі', 'Вид', { choices: { oblast: words('облыс', 'область'), city: words('республикалық маңызы бар қала', 'город республиканского значения') } })),
  name: geoName,
  center: slug.optional().meta(field('Әкімшілік орталығы', 'Административный центр')),
  units: z.array(geoUnitSchema).min(1).meta(field('Қалалар мен аудандар', 'Города и районы')),
});
export type GeoRegion = z.infer<typeof geoRegionSchema>;
export type GeoUnit = z.infer<typeof geoUnitSchema>;
export type RuralPlace = z.infer<typeof ruralPlaceSchema>;

// ── representations ──────────────────────────────────────────────────────────

export const CONSENT_NAME_FORMS = ['full', 'initial', 'hidden'] as const;
export const consentSchema = z
  .strictObject({
    name: z.enum(CONSENT_NAME_FORMS).meta(
      field('Атын көрсету (ата-ананың келісімі)', 'Как показывать имя (согласие родителей)', {
        choices: {
          full: words('толық: Айгерім Сапарова', 'полностью: Айгерим Сапарова'),
          initial: words('тегінің бас әрпі: Айгерім С.', 'инициал фамилии: Айгерим С.'),
          hidden: words('жасырын: сайтта көрсетілмейді', 'скрыто: на сайте не показывается'),
        },
      }),
    ),
    photo: z.boolean().meta(field('Суретке келісім бар', 'Есть согласие на фото')),
  })
  .meta(field('Келісім', 'Согласие'));

export const ROLES = ['leader', 'member'] as const;
const memberFields = {
  id: slug.meta(
    field('Мүшенің идентификаторы', 'Идентификатор участника', {
      hint: words('Бүкіл елде бірегей, латынша: aruzhan-t-sayram', 'Уникален по всей стране, латиницей: aruzhan-t-sayram'),
    }),
  ),
  /** Exactly the public form `consent.name` allows (rule `member-name-consent`). */
  name: z
    .string()
    .trim()
    .min(1)
    .meta(
      field('Аты (келісімдегі түрде)', 'Имя (в форме согласия)', {
        hint: words('Тек келісім рұқсат еткен түрі: «Аружан Т.». Телефон, пошта, ЖСН жазылмайды.', 'Только в форме согласия: «Аружан Т.». Телефон, почта, ИИН не пишутся.'),
      }),
    ),
  grade: z.int().min(1).max(11).meta(field('Сынып', 'Класс')),
  role: z.enum(ROLES).meta(field('Рөлі', 'Роль', { choices: { leader: words('көшбасшы', 'лидер'), member: words('мүше', 'участник') } })),
  consent: consentSchema,
  since: isoDate.optional().meta(field('Қашаннан бері мүше', 'Участник с')),
};
export const ruralMemberSchema = z.strictObject(memberFields);
/** A member of a city/district representation: coordinates rural representations of that unit. */
export const unitMemberSchema = z.strictObject({
  ...memberFields,
  coordinates: z.array(slug).optional().meta(field('Үйлестіретін ауылдық өкілдіктері', 'Координирует сельские представительства')),
});
/** A member of a regional representation: heads cities/districts of the region. */
export const regionMemberSchema = z.strictObject({
  ...memberFields,
  heads: z.array(slug).optional().meta(field('Басқаратын қалалары мен аудандары', 'Возглавляет города и районы', { options: 'units' })),
});
export type Member = z.infer<typeof ruralMemberSchema>;
export type UnitMember = z.infer<typeof unitMemberSchema>;
export type RegionMember = z.infer<typeof regionMemberSchema>;

export const SOCIAL_NETWORKS = ['instagram', 'telegram', 'tiktok', 'youtube', 'vk', 'facebook', 'threads', 'whatsapp', 'x'] as const;
export const socialAccount = z.strictObject({
  network: z.enum(SOCIAL_NETWORKS).meta(field('Желі', 'Сеть')),
  url: httpsUrl.meta(field('Сілтеме', 'Ссылка')),
  followers: z.int().min(0).optional().meta(field('Жазылушылар саны', 'Число подписчиков')),
  as_of: isoDate.optional().meta(field('Қай күнгі сан', 'На какую дату')),
  /**
   * Earlier counts of followers, each on its date, so /stats/ can draw a page's growth over time
   * (`followers`/`as_of` stay the latest count). Optional and additive.
   */
  history: z
    .array(z.strictObject({ as_of: isoDate.meta(field('Қай күнгі сан', 'На какую дату')), followers: z.int().min(0).meta(field('Жазылушылар саны', 'Число подписчиков')) }))
    .optional()
    .meta(field('Жазылушылар тарихы', 'История подписчиков')),
});
export type SocialAccount = z.infer<typeof socialAccount>;

export const approvalSchema = z
  .strictObject({
    date: isoDate.meta(field('Бұйрық күні', 'Дата приказа')),
    order: z.string().trim().min(1).meta(field('Бұйрық нөмірі', 'Номер приказа')),
    by: localeMap.meta(field('Кім бекітті', 'Кем утверждено')),
  })
  .meta(field('Құрамды бекіту', 'Утверждение состава'));
export type Approval = z.infer<typeof approvalSchema>;

/**
 * A corrected list of the regional representation re-sent to the Ministry after the season's
 * `ministry_list` deadline: the date it was sent, the outgoing letter's number and why. After
 * that deadline the regional level changes only in a pull request that adds one of these
 * (rule `pr-region-frozen` of `check:pr`).
 */
export const resubmissionSchema = z.strictObject({
  date: isoDate.meta(field('Жіберілген күні', 'Дата отправки')),
  letter: z.string().trim().min(1).meta(field('Хаттың нөмірі', 'Номер письма')),
  reason: localeMap.meta(field('Себебі', 'Причина')),
});
export type Resubmission = z.infer<typeof resubmissionSchema>;

/** GitHub user (`@name`) or team (`@org/team`). */
export const maintainer = z
  .string()
  .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/)
  .meta({ widget: 'maintainer' });

export const regionRepresentationSchema = z.strictObject({
  region: slug.meta(field('Өңір', 'Регион', { options: 'regions' })),
  maintainers: z.array(maintainer).optional().meta(field('Тексерушілер (GitHub)', 'Проверяющие (GitHub)')),
  approved: approvalSchema.optional(),
  resubmissions: z.array(resubmissionSchema).optional().meta(field('Министрлікке қайта жіберілген тізімдер', 'Повторно отправленные в министерство списки')),
  curator: z
    .strictObject({
      name: localeMap.meta(field('Аты-жөні', 'ФИО')),
      position: localeMap.optional().meta(field('Лауазымы', 'Должность')),
      email: z.email().optional().meta(field('Қызметтік пошта', 'Служебная почта', { widget: 'email' })),
      phone: z.string().trim().min(5).optional().meta(field('Қызметтік телефон', 'Служебный телефон', { widget: 'phone' })),
    })
    .optional()
    .meta(
      field('Куратор (ересек маман)', 'Куратор (взрослый специалист)', {
        hint: words('Байланыс деректері тек осында ғана болады.', 'Контакты допускаются только здесь.'),
      }),
    ),
  social: z.array(socialAccount).optional().meta(field('Әлеуметтік желілер', 'Социальные сети')),
  members: z.array(regionMemberSchema).meta(field('Өңірлік өкілдіктің мүшелері', 'Участники регионального представительства')),
});
export type RegionRepresentation = z.infer<typeof regionRepresentationSchema>;

export const ruralRepresentationSchema = z.strictObject({
  /** A rural id from geography, or a new one with its name. */
  id: slug.meta(
    field('Ауылдық өкілдік', 'Сельское представительство', {
      hint: words('Географиядағы ауылдық округтің идентификаторы немесе жаңасы (атауымен бірге)', 'Идентификатор сельского округа из географии или новый (вместе с названием)'),
    }),
  ),
  name: localeMap.optional().meta(field('Атауы', 'Название')),
  members: z.array(ruralMemberSchema).meta(field('Мүшелер', 'Участники')),
});
export type RuralRepresentation = z.infer<typeof ruralRepresentationSchema>;

export const unitRepresentationSchema = z.strictObject({
  region: slug.meta(field('Өңір', 'Регион', { options: 'regions' })),
  unit: slug.meta(field('Қала немесе аудан', 'Город или район', { options: 'units' })),
  members: z.array(unitMemberSchema).meta(field('Мүшелер', 'Участники')),
  rural: z.array(ruralRepresentationSchema).optional().meta(field('Ауылдық өкілдіктер', 'Сельские представительства')),
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
  title: localeMap.meta(field('Атауы', 'Название')),
  summary: localeMap
    .refine((m) => Object.values(m).every((t) => !t || t.length <= SUMMARY_MAX), {
      params: { code: 'summary-too-long', max: SUMMARY_MAX },
    })
    .meta(field('Қысқаша сипаттама', 'Краткое описание', { hint: words(`${SUMMARY_MAX} таңбадан аспайды: карточкаларда басылады.`, `Не длиннее ${SUMMARY_MAX} символов: печатается на карточках.`) })),
  start: isoDateTime.meta(field('Басталуы', 'Начало', { hint: words('Қазақстан уақытымен (+05:00)', 'По времени Казахстана (+05:00)') })),
  end: isoDateTime.meta(field('Аяқталуы', 'Окончание')),
  format: z.enum(EVENT_FORMATS).meta(
    field('Өткізу түрі', 'Формат', {
      choices: { online: words('Онлайн', 'Онлайн'), offline: words('Бетпе-бет', 'Очно'), hybrid: words('Аралас: онлайн және бетпе-бет', 'Смешанный: онлайн и очно') },
    }),
  ),
  online: z
    .strictObject({ platform: z.string().trim().min(1).meta(field('Платформа', 'Платформа')), url: httpsUrl.meta(field('Қосылу сілтемесі', 'Ссылка для подключения')) })
    .optional()
    .meta(field('Онлайн қосылу', 'Онлайн-подключение', { hint: words('Онлайн және аралас іс-шараларға', 'Для онлайн и смешанных мероприятий') })),
  place: localeMap.optional().meta(field('Өтетін орны', 'Место проведения', { hint: words('Бетпе-бет және аралас іс-шараларға', 'Для очных и смешанных мероприятий') })),
  organizer: z.string().regex(ORGANIZER).meta(field('Ұйымдастырушы', 'Организатор', { options: 'organizers' })),
  audience: z.strictObject({ grades: gradeRange.meta(field('Сыныптар', 'Классы')) }).meta(field('Кімге арналған', 'Для кого')),
  topics: z.array(slug).min(1).meta(field('Тақырыптар', 'Темы', { options: 'topics' })),
  registration: z
    .strictObject({ url: httpsUrl.meta(field('Тіркелу сілтемесі', 'Ссылка на регистрацию')), deadline: isoDate.meta(field('Тіркелу мерзімі', 'Регистрация до')) })
    .optional()
    .meta(field('Тіркелу', 'Регистрация')),
  status: z.enum(EVENT_STATUSES).meta(
    field('Күйі', 'Статус', { choices: { planned: words('Жоспарланған', 'Запланировано'), cancelled: words('Өтпейді', 'Отменено'), held: words('Өтті', 'Состоялось') } }),
  ),
  results: z
    .strictObject({ participants: z.int().min(0).meta(field('Қатысушылар саны', 'Число участников')), reported: isoDate.meta(field('Есеп күні', 'Дата отчёта')) })
    .optional()
    .meta(field('Нәтижесі', 'Итоги')),
  /** Extension: the event (`<year>/<slug>`) this cancelled one moved to; its page links there. */
  rescheduled_to: z.string().regex(EVENT_ID).optional().meta(field('Қай іс-шараға ауыстырылды', 'Перенесено на мероприятие', { options: 'events' })),
  lang: z.enum(SITE_LOCALES).meta(field('Мәтіннің тілі', 'Язык текста', { choices: { kk: LOCALE_CHOICES.kk, ru: LOCALE_CHOICES.ru } })),
});
export type EventData = z.infer<typeof eventSchema>;

/**
 * Extension: `events/<year>/<slug>.ru.mdx`, the event's Russian body. Only a body: no frontmatter,
 * or an empty one. Any field is accepted here and reported by rule `event-translation-fields`
 * (the event's fields stay in `<slug>.mdx`), so the message can say so rather than "unknown key".
 */
export const eventTranslationSchema = z.preprocess((value) => value ?? {}, z.record(z.string(), z.unknown()));
export type EventTranslation = z.infer<typeof eventTranslationSchema>;
/** An event translation's entry in the site's collection: its language (the body is the entry's rendered HTML). */
export const eventTranslationEntrySchema = z.strictObject({ locale: z.enum(['ru']).meta(field('Мәтін тілі', 'Язык текста')) });

// ── awards/<year>.yaml ───────────────────────────────────────────────────────

export const AWARD_KINDS = ['diploma', 'certificate', 'thanks'] as const;
/** A project's id as awards write it: `<region>/<slug>`, its file's place under `projects/`. */
export const PROJECT_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
export const AWARD_ID = /^\d{4}-\d{6}$/;
export const awardSchema = z.strictObject({
  id: z.string().regex(AWARD_ID).meta(field('Нөмірі', 'Номер', { hint: words('ЖЖЖЖ-NNNNNN, мысалы 2026-000123', 'ГГГГ-NNNNNN, например 2026-000123') })),
  member: slug.meta(field('Мүше', 'Участник')),
  kind: z.enum(AWARD_KINDS).meta(
    field('Түрі', 'Вид', { choices: { diploma: words('Диплом', 'Диплом'), certificate: words('Сертификат', 'Сертификат'), thanks: words('Алғыс хат', 'Благодарственное письмо') } }),
  ),
  reason: localeMap.meta(field('Не үшін', 'За что')),
  /** `<year>/<slug>` of an event. */
  event: z
    .string()
    .regex(/^\d{4}\/[a-z0-9]+(-[a-z0-9]+)*$/)
    .optional()
    .meta(field('Іс-шара', 'Мероприятие', { options: 'events' })),
  /** `<region>/<slug>` of the project the award rewards (issue 14): the certificate and its check page name it. */
  project: z
    .string()
    .regex(PROJECT_ID)
    .optional()
    .meta(
      field('Жоба', 'Проект', {
        // No <slug> in the hint: the editor reads hints as Markdown and drops it as an HTML tag.
        hint: words('Марапат берілген жоба, атауы бойынша таңдалады; файлда өңір/жоба түрінде жазылады: turkistan/sayram-clean-river', 'Проект, за который награда, выбирается по названию; в файле пишется как регион/проект: turkistan/sayram-clean-river'),
        options: 'projects',
      }),
    ),
  date: isoDate.meta(field('Берілген күні', 'Дата вручения')),
  signed_by: z
    .strictObject({ name: localeMap.meta(field('Аты-жөні', 'ФИО')), position: localeMap.meta(field('Лауазымы', 'Должность')) })
    .meta(field('Қол қойған', 'Подписал')),
});
export const awardsFileSchema = z.array(awardSchema);
export type Award = z.infer<typeof awardSchema>;

// ── projects/<region>/<slug>.mdx ─────────────────────────────────────────────

export const PROJECT_STAGES = ['idea', 'running', 'done'] as const;
/** Who runs a project: `<region>`, `<region>/<unit>` or `<region>/<unit>/<rural>` (a representation's ids). */
export const REPRESENTATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*){0,2}$/;
const eventRef = z.string().regex(EVENT_ID).meta(field('Іс-шара', 'Мероприятие', { options: 'events' }));

/**
 * A children's social project: what a representation's children did, with whom and what came of
 * it; its body says how another representation can repeat it (rule `project-how-to-repeat`).
 */
export const projectSchema = z.strictObject({
  title: localeMap.meta(field('Атауы', 'Название')),
  summary: localeMap
    .refine((m) => Object.values(m).every((t) => !t || t.length <= SUMMARY_MAX), {
      params: { code: 'summary-too-long', max: SUMMARY_MAX },
    })
    .meta(field('Қысқаша сипаттама', 'Краткое описание', { hint: words(`${SUMMARY_MAX} таңбадан аспайды: карточкаларда басылады.`, `Не длиннее ${SUMMARY_MAX} символов: печатается на карточках.`) })),
  representation: z
    .string()
    .regex(REPRESENTATION_ID)
    .meta(
      field('Өкілдік', 'Представительство', {
        hint: words('<өңір>, <өңір>/<аудан> немесе <өңір>/<аудан>/<ауыл>', '<регион>, <регион>/<район> или <регион>/<район>/<село>'),
      }),
    ),
  topics: z.array(slug).min(1).meta(field('Тақырыптар', 'Темы', { options: 'topics' })),
  seasons: z.array(z.int().min(2020).max(2100)).min(1).meta(field('Маусымдар (жылдар)', 'Сезоны (годы)')),
  stage: z.enum(PROJECT_STAGES).meta(
    field('Кезеңі', 'Стадия', { choices: { idea: words('Идея', 'Идея'), running: words('Жүріп жатыр', 'Идёт'), done: words('Аяқталды', 'Завершён') } }),
  ),
  results: z
    .strictObject({
      children_involved: z.int().min(0).meta(field('Қатысқан балалар саны', 'Сколько детей участвовало')),
      people_helped: z.int().min(0).meta(field('Көмек алған адамдар саны', 'Скольким людям помогли')),
      events_held: z.int().min(0).meta(field('Өткізілген іс-шаралар саны', 'Сколько проведено мероприятий')),
      events: z.array(eventRef).optional().meta(field('Жобаның іс-шаралары', 'Мероприятия проекта', { options: 'events' })),
    })
    .meta(field('Нәтижелері', 'Результаты')),
  team: z
    .array(slug.meta(field('Мүше', 'Участник')))
    .min(1)
    .meta(
      field('Команда (мүшелердің id-лері)', 'Команда (id участников)', {
        hint: words('Сайтта тек келісім рұқсат еткен аттар көрсетіледі, жасырындары саналады.', 'На сайте показываются только имена с согласием, скрытые только считаются.'),
      }),
    ),
  promoted: z
    .strictObject({ event: eventRef })
    .optional()
    .meta(field('Таныстырылған іс-шара', 'Где представлен проект')),
  lang: z.enum(SITE_LOCALES).meta(field('Мәтіннің тілі', 'Язык текста', { choices: { kk: LOCALE_CHOICES.kk, ru: LOCALE_CHOICES.ru } })),
});
export type ProjectData = z.infer<typeof projectSchema>;
