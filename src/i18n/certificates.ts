/** Every word on a certificate and every message of `npm run certificates`, in Kazakh and Russian. */
import { BilingualError } from '../cli/bilingual.ts';
import type { Award, SiteLocale } from '../content/schema.ts';

export type AwardKind = Award['kind'];

export const CERTIFICATE_TEXT = {
  kk: {
    kind: { diploma: 'Диплом', certificate: 'Сертификат', thanks: 'Алғыс хат' } satisfies Record<AwardKind, string>,
    /** The words before the recipient's name. */
    lead: { diploma: 'марапатталады', certificate: 'беріледі', thanks: 'алғыс білдіріледі' } satisfies Record<AwardKind, string>,
    movement: '«Мың жаса!» балалар еріктілер қозғалысы',
    number: 'Тіркеу нөмірі',
    date: 'Берілген күні',
    verify: 'Түпнұсқалығын тексеру',
    /** Мөр орны: where the seal goes. */
    seal: 'М.О.',
    /** Before the title of the project the award rewards. */
    project: 'Жоба',
  },
  ru: {
    kind: { diploma: 'Диплом', certificate: 'Сертификат', thanks: 'Благодарственное письмо' } satisfies Record<AwardKind, string>,
    lead: { diploma: 'награждается', certificate: 'выдан', thanks: 'выражается благодарность' } satisfies Record<AwardKind, string>,
    movement: 'Детское волонтёрское движение «Мың жаса!»',
    number: 'Регистрационный номер',
    date: 'Дата выдачи',
    verify: 'Проверка подлинности',
    /** Место печати. */
    seal: 'М.П.',
    project: 'Проект',
  },
} as const;

/** Messages of the certificates command: each a pair, printed in both languages. */
export const CERTIFICATE_MESSAGES = {
  namesInRepository: (path: string) => ({
    kk: `Толық аттар файлы репозиторийдің ішінде жатыр: ${path}. Оны репозиторийден тыс жерге көшіріңіз — балалардың толық аттары репозиторийге түспеуі керек.`,
    ru: `Файл полных имён лежит внутри репозитория: ${path}. Перенесите его за пределы репозитория — полные имена детей не должны попадать в репозиторий.`,
  }),
  namesInDist: (path: string) => ({
    kk: `Толық аттар файлы dist/ ішінде жатыр: ${path}. dist/ сайтқа жарияланады; файлды басқа жерге қойыңыз.`,
    ru: `Файл полных имён лежит в dist/: ${path}. dist/ публикуется на сайте; положите файл в другое место.`,
  }),
  outInRepository: (path: string) => ({
    kk: `--out репозиторийдің ішінде жатыр: ${path}. Сертификаттарда балалардың аттары бар (аты жасырылғандардың да), ал репозиторийдегі файл коммитке түсуі немесе сайтқа жариялануы мүмкін. Репозиторийден тыс папканы көрсетіңіз, мысалы --out ~/certificates-2027.`,
    ru: `--out указывает внутрь репозитория: ${path}. В сертификатах имена детей (и тех, чьё имя скрыто), а файл в репозитории может попасть в коммит или на сайт. Укажите папку вне репозитория, например --out ~/certificates-2027.`,
  }),
  outNotOurs: (path: string) => ({
    kk: `${path} бос емес және онда бұрын жасалған сертификаттар жоқ. Бос немесе жаңа папканы көрсетіңіз.`,
    ru: `${path} не пуста и не содержит ранее созданных сертификатов. Укажите пустую или новую папку.`,
  }),
  namesBadLine: (path: string, line: number) => ({
    kk: `${path}, ${line}-жол: «member_id,full_name» пішімі күтілді.`,
    ru: `${path}, строка ${line}: ожидался формат «member_id,full_name».`,
  }),
  noAwards: (year: number) => ({
    kk: `awards/${year}.yaml табылмады немесе онда қате бар (npm run validate іске қосыңыз).`,
    ru: `awards/${year}.yaml не найден или содержит ошибки (запустите npm run validate).`,
  }),
  unknownMember: (id: string, member: string) => ({
    kk: `${id} марапаты: «${member}» қатысушысы ешбір өкілдіктің құрамында жоқ.`,
    ru: `Награда ${id}: участник «${member}» не найден ни в одном представительстве.`,
  }),
  nameMissing: (member: string, award: string) => ({
    kk: `Толық аттар файлында «${member}» қатысушысы жоқ (${award} марапаты): сертификатта тізімдегі жария пішіні басылды. Файлға «${member},<толық аты>» жолын қосып, қайта іске қосыңыз.`,
    ru: `В файле полных имён нет участника «${member}» (награда ${award}): в сертификате напечатана публичная форма из состава. Добавьте в файл строку «${member},<полное имя>» и запустите снова.`,
  }),
  namesIncomplete: (count: number) => ({
    kk: `Толық аттар файлында ${count} алушы жоқ (жоғарыда аталған).`,
    ru: `В файле полных имён нет получателей: ${count} (перечислены выше).`,
  }),
  unknownProject: (id: string, project: string) => ({
    kk: `${id} марапаты: «${project}» жобасы жоқ (content/projects/${project}.mdx табылмады). awards файлындағы project өрісін түзетіңіз (npm run validate көрсетеді).`,
    ru: `Награда ${id}: проекта «${project}» нет (не найден content/projects/${project}.mdx). Исправьте поле project в файле наград (npm run validate покажет где).`,
  }),
  projectTooLong: (award: string, project: string, lang: string) => ({
    kk: `${award} марапаты: «${project}» жобасының атауы (title.${lang}) сертификаттың бір жолына сыймайды. Жобаның атауын content/projects/${project}.mdx ішінде қысқартып, қайта іске қосыңыз.`,
    ru: `Награда ${award}: название проекта «${project}» (title.${lang}) не помещается в строку сертификата. Сократите название в content/projects/${project}.mdx и запустите снова.`,
  }),
  reasonTooLong: (award: string, lang: string) => ({
    kk: `${award} марапаты: себебі (reason.${lang}) сертификатқа сыймайды. Оны awards файлында бір-екі сөйлемге қысқартып, қайта іске қосыңыз.`,
    ru: `Награда ${award}: причина (reason.${lang}) не помещается на сертификат. Сократите её в файле наград до одного-двух предложений и запустите снова.`,
  }),
  siteNotHttps: (site: string) => ({
    kk: `Ескерту: QR кодтар мен сертификаттағы мекенжай ${site} сайтына апарады — бұл сайттың жария https:// мекенжайы емес, қағаздағы сілтеме ашылмайды. Басып шығармас бұрын content/movement.yaml ішіне site_url: https://… жазыңыз (немесе --site https://… беріңіз).`,
    ru: `Внимание: QR-коды и адрес на сертификатах ведут на ${site} — это не публичный адрес сайта https://, ссылка с бумаги не откроется. Перед печатью укажите site_url: https://… в content/movement.yaml (или передайте --site https://…).`,
  }),
  initialsPrinted: (count: number, awards: string) => ({
    kk: `Ескерту: ${count} сертификатта толық аты-жөннің орнына аты мен тегінің бас әрпі басылды (${awards}). Толық аттарды басу үшін --names FILE беріңіз (--help қараңыз).`,
    ru: `Внимание: на сертификатах (${count}) вместо полного имени напечатаны имя и первая буква фамилии (${awards}). Чтобы напечатать полные имена, передайте --names FILE (см. --help).`,
  }),
  help: () => ({
    kk: [
      'npm run certificates -- --year YYYY --out DIR [--names FILE] [--content DIR] [--site URL]',
      '',
      'Жылдың марапаттарына басып шығаруға арналған PDF сертификаттар жасайды: DIR/<нөмір>.pdf және әр өңірге бір жинақ DIR/regions/<өңір>.pdf.',
      '',
      '  --year YYYY     марапаттар жылы (content/awards/YYYY.yaml)',
      '  --out DIR       PDF папкасы; репозиторийден тыс болуы керек. Бұрынғы нәтиже толықтай ауыстырылады.',
      '  --names FILE    репозиторийден тыс жеке CSV «member_id,full_name»: қағазға толық аттар басылады.',
      '                  Бірінші жол «member_id,full_name» болуы мүмкін; аттағы үтір үшін тырнақша: 12,"Ли, Анна".',
      '                  Файлда жоқ әр алушы жеке аталады (stderr); оның сертификатында тізімдегі жария пішіні басылады.',
      '                  Онсыз тізімдегі жария пішіні басылады (аты жасырылған бала үшін — аты және тегінің бас әрпі).',
      '  --content DIR   мазмұн папкасы (әдепкі: CONTENT_DIR немесе content)',
      '  --site URL      QR кодтар апаратын сайт (әдепкі: SITE_URL + BASE_PATH, олар жоқ болса movement.yaml ішіндегі site_url);',
      '                  https:// емес мекенжай мен толық аттарсыз басылған сертификаттар туралы ескерту шығады.',
      '  --help, -h      осы анықтама (--lang kk немесе --lang ru: тек бір тілде)',
      '',
      'Шығу коды: 0 — дайын; 1 — бас тартылды немесе қате (бұрынғы нәтиже өзгермейді); 2 — аргументтер қате.',
    ].join('\n'),
    ru: [
      'npm run certificates -- --year YYYY --out DIR [--names FILE] [--content DIR] [--site URL]',
      '',
      'Создаёт PDF-сертификаты наград года для печати: DIR/<номер>.pdf и по одному сводному файлу на регион DIR/regions/<регион>.pdf.',
      '',
      '  --year YYYY     год наград (content/awards/YYYY.yaml)',
      '  --out DIR       папка для PDF; должна быть вне репозитория. Прежний результат заменяется целиком.',
      '  --names FILE    личный CSV «member_id,full_name» вне репозитория: на бумаге печатаются полные имена.',
      '                  Первая строка может быть «member_id,full_name»; имя с запятой — в кавычках: 12,"Ли, Анна".',
      '                  Каждый получатель, которого нет в файле, называется отдельно (stderr); в его сертификате — публичная форма из состава.',
      '                  Без него печатается публичная форма из состава (для ребёнка со скрытым именем — имя и первая буква фамилии).',
      '  --content DIR   папка содержимого (по умолчанию CONTENT_DIR или content)',
      '  --site URL      сайт, на который ведут QR-коды (по умолчанию SITE_URL + BASE_PATH, без них — site_url из movement.yaml);',
      '                  об адресе не на https:// и о сертификатах без полных имён выводится предупреждение.',
      '  --help, -h      эта справка (--lang kk или --lang ru: только на одном языке)',
      '',
      'Код выхода: 0 — готово; 1 — отказ или ошибка (прежний результат не тронут); 2 — неверные аргументы.',
    ].join('\n'),
  }),
  usage: () => ({
    kk: 'Қолданылуы: npm run certificates -- --year YYYY --out DIR [--names FILE] [--content DIR] [--site URL] (толығырақ: --help)',
    ru: 'Использование: npm run certificates -- --year YYYY --out DIR [--names FILE] [--content DIR] [--site URL] (подробнее: --help)',
  }),
  done: (count: number, regions: number, out: string) => ({
    kk: `${count} сертификат және ${regions} өңірлік жинақ жасалды: ${out}`,
    ru: `Создано сертификатов: ${count}, сводных файлов по регионам: ${regions}: ${out}`,
  }),
} satisfies Record<string, (...args: never[]) => Record<SiteLocale, string>>;

export type CertificateMessage = Record<SiteLocale, string>;

/** A refusal or failure the coordinator can act on, in both languages. */
export class CertificateError extends BilingualError {}
