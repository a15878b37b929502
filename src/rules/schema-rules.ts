/**
 * The schema family's rules: ids, severities and messages (kk, ru, en). Apart from the schemas
 * themselves (`schema.ts`), so that rendering a cached problem never loads zod.
 */
import { kindPaths } from '../content/kind-paths.ts';
import { YAML_ALIAS } from '../content/yaml.ts';
import type { Params, Rule } from './types.ts';

const TYPE_NAMES: Record<string, { kk: string; ru: string; en: string }> = {
  string: { kk: 'мәтін', ru: 'текст', en: 'text' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  int: { kk: 'бүтін сан', ru: 'целое число', en: 'a whole number' },
  boolean: { kk: 'true немесе false', ru: 'true или false', en: 'true or false' },
  array: { kk: 'тізім (- ...)', ru: 'список (- ...)', en: 'a list (- ...)' },
  object: { kk: 'өрістер жиыны (кілт: мән)', ru: 'набор полей (ключ: значение)', en: 'a set of fields (key: value)' },
  tuple: { kk: 'екі мәнді тізім [а, б]', ru: 'список из двух значений [а, б]', en: 'a two-value list [a, b]' },
  record: { kk: 'өрістер жиыны (кілт: мән)', ru: 'набор полей (ключ: значение)', en: 'a set of fields (key: value)' },
  date: { kk: 'ЖЖЖЖ-АА-КК күні', ru: 'дата ГГГГ-ММ-ДД', en: 'a date YYYY-MM-DD' },
  value: { kk: 'мән', ru: 'значение', en: 'a value' },
};
const FORMAT_NAMES: Record<string, { kk: string; ru: string; en: string }> = {
  slug: { kk: 'кіші латын әріптері, сандар және дефис (мысалы, reading-marathon)', ru: 'строчные латинские буквы, цифры и дефис (например, reading-marathon)', en: 'lowercase latin letters, digits and hyphens (e.g. reading-marathon)' },
  date: { kk: 'ЖЖЖЖ-АА-КК түріндегі нақты күн (мысалы, 2027-05-25)', ru: 'реальная дата в виде ГГГГ-ММ-ДД (например, 2027-05-25)', en: 'a real date YYYY-MM-DD (e.g. 2027-05-25)' },
  datetime: { kk: 'уақыт белдеуі көрсетілген күн мен уақыт (мысалы, 2027-06-12T15:00:00+05:00)', ru: 'дата и время с часовым поясом (например, 2027-06-12T15:00:00+05:00)', en: 'a date-time with its offset (e.g. 2027-06-12T15:00:00+05:00)' },
  https: { kk: 'https:// деп басталатын толық сілтеме', ru: 'полная ссылка, начинающаяся с https://', en: 'a full link starting with https://' },
  email: { kk: 'электрондық пошта мекенжайы', ru: 'адрес электронной почты', en: 'an e-mail address' },
  kato: { kk: '9 цифрлы ӘАОЖ (КАТО) коды тырнақшада', ru: '9-значный код КАТО в кавычках', en: 'a 9-digit KATO code in quotes' },
  organizer: { kk: 'national, <өңір> немесе <өңір>/<аудан>', ru: 'national, <регион> или <регион>/<район>', en: 'national, <region> or <region>/<unit>' },
  award: { kk: 'ЖЖЖЖ-NNNNNN түріндегі нөмір (мысалы, 2026-000123)', ru: 'номер вида ГГГГ-NNNNNN (например, 2026-000123)', en: 'a number YYYY-NNNNNN (e.g. 2026-000123)' },
  event: { kk: '<жыл>/<slug> (мысалы, 2026/reading-marathon)', ru: '<год>/<slug> (например, 2026/reading-marathon)', en: '<year>/<slug> (e.g. 2026/reading-marathon)' },
  maintainer: { kk: '@пайдаланушы немесе @ұйым/топ', ru: '@пользователь или @организация/команда', en: '@user or @org/team' },
  pattern: { kk: 'талап етілген пішім', ru: 'требуемый формат', en: 'the required format' },
};
const p = (params: Params) => String(params['path']);
const name = (table: typeof TYPE_NAMES, key: unknown, lang: 'kk' | 'ru' | 'en') => table[String(key)]?.[lang] ?? String(key);

export const rules: Rule[] = [
  {
    id: 'yaml-syntax',
    severity: 'error',
    messages: {
      kk: (x) => `Файлды оқу мүмкін емес: YAML жазылымында қате бар (${x['detail']}). Осы жолдағы шегіністі, қос нүктені және тырнақшаларды тексеріңіз.`,
      ru: (x) => `Файл не читается: ошибка в записи YAML (${x['detail']}). Проверьте отступы, двоеточия и кавычки в этой строке.`,
      en: (x) => `The file cannot be read: a YAML syntax error (${x['detail']}). Check the indentation, colons and quotes on this line.`,
    },
  },
  {
    id: YAML_ALIAS,
    severity: 'error',
    messages: {
      kk: () => 'YAML якорьдері мен сілтемелеріне (&атау, *атау, <<: *атау) болмайды: әр мәнді толық өз орнына жазыңыз.',
      ru: () => 'Якоря и ссылки YAML (&имя, *имя, <<: *имя) запрещены: запишите каждое значение полностью на своём месте.',
      en: () => 'YAML anchors and aliases (&name, *name, <<: *name) are not allowed: write each value out in full where it belongs.',
    },
  },
  {
    id: 'frontmatter-missing',
    severity: 'error',
    messages: {
      kk: () => 'Іс-шара файлы --- жолдарының арасындағы өрістерден (frontmatter) басталуы керек.',
      ru: () => 'Файл мероприятия должен начинаться с полей между строками --- (frontmatter).',
      en: () => 'An event file must start with its fields between two --- lines (frontmatter).',
    },
  },
  {
    id: 'frontmatter-delimiter',
    severity: 'error',
    messages: {
      kk: () => 'Өрістер (frontmatter) файлдың бірінші жолындағы --- жолымен ашылып, тағы бір --- жолымен жабылуы керек. Басқа белгілер (+++) мен бос жолдар жарамайды: екі жолды да дәл --- деп жазыңыз.',
      ru: () => 'Поля (frontmatter) должны открываться строкой --- в первой строке файла и закрываться ещё одной строкой ---. Другие знаки (+++) и пустые строки перед ними не подходят: напишите обе строки ровно как ---.',
      en: () => 'The fields (frontmatter) must open with a --- line as the file’s first line and close with another --- line. Other marks (+++) and blank lines before them do not work: write both lines exactly as ---.',
    },
  },
  {
    // The build never follows a link, and neither does the validator: whatever a link points at
    // (a file outside the tree, a folder of unchecked files) would be content nobody checked.
    id: 'file-symlink',
    severity: 'error',
    messages: {
      kk: () => 'Бұл символдық сілтеме (symlink) немесе арнайы файл: сайт мұндай файлдарды оқымайды, ал тексеру оның ішін көрмейді. Оны өшіріп, орнына кәдімгі файл қойыңыз.',
      ru: () => 'Это символическая ссылка (symlink) или специальный файл: сайт такие файлы не читает, а проверка не видит их содержимого. Удалите её и положите на это место обычный файл.',
      en: () => 'This is a symbolic link (symlink) or a special file: the site never reads such files and the check cannot see what they hold. Remove it and put a regular file in its place.',
    },
  },
  {
    id: 'file-unexpected',
    severity: 'error',
    messages: {
      kk: () => `Бұл файл content/ ішінде күтілмеген жерде тұр, сайт оны оқымайды. Файлдар мына жерлерде болады: ${kindPaths('kk')}. Атауында кіші латын әріптерін қолданыңыз.`,
      ru: () => `Этот файл лежит в content/ там, где его не ждут, и сайт его не прочтёт. Файлы должны лежать так: ${kindPaths('ru')}. Используйте строчные латинские буквы в названии.`,
      en: () => `This file is not where content files live, so the site would ignore it. Files go to: ${kindPaths('en')}, with lowercase latin names.`,
    },
  },
  {
    id: 'schema-unknown-key',
    severity: 'error',
    messages: {
      kk: (x) => `«${x['key']}» деген өріс жоқ (${p(x)}). Атауын тексеріңіз (қате жазылған болуы мүмкін) немесе өрісті алып тастаңыз.${x['hint'] ? ` Мүмкін, «${x['hint']}» болар?` : ''}`,
      ru: (x) => `Поля «${x['key']}» не существует (${p(x)}). Проверьте название (возможно, опечатка) или удалите поле.${x['hint'] ? ` Возможно, имелось в виду «${x['hint']}»?` : ''}`,
      en: (x) => `There is no field «${x['key']}» (${p(x)}). Check the name for a typo or remove the field.${x['hint'] ? ` Did you mean «${x['hint']}»?` : ''}`,
    },
  },
  {
    id: 'schema-required',
    severity: 'error',
    messages: {
      kk: (x) => `Міндетті «${x['field']}» өрісі жоқ (${p(x)}). Оны қосыңыз: ${name(TYPE_NAMES, x['expected'], 'kk')}.`,
      ru: (x) => `Нет обязательного поля «${x['field']}» (${p(x)}). Добавьте его: ${name(TYPE_NAMES, x['expected'], 'ru')}.`,
      en: (x) => `The required field «${x['field']}» is missing (${p(x)}). Add it: ${name(TYPE_NAMES, x['expected'], 'en')}.`,
    },
  },
  {
    id: 'schema-type',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мұнда ${name(TYPE_NAMES, x['expected'], 'kk')} болуы керек, ал басқа түрдегі мән жазылған.`,
      ru: (x) => `${p(x)}: здесь должно быть ${name(TYPE_NAMES, x['expected'], 'ru')}, а записано значение другого типа.`,
      en: (x) => `${p(x)}: expected ${name(TYPE_NAMES, x['expected'], 'en')}, but the value is of another type.`,
    },
  },
  {
    id: 'schema-enum',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: рұқсат етілген мәндердің бірін жазыңыз: ${x['values']}.`,
      ru: (x) => `${p(x)}: укажите одно из допустимых значений: ${x['values']}.`,
      en: (x) => `${p(x)}: use one of the allowed values: ${x['values']}.`,
    },
  },
  {
    id: 'schema-format',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мән пішімі дұрыс емес, керегі — ${name(FORMAT_NAMES, x['format'], 'kk')}.`,
      ru: (x) => `${p(x)}: неверный формат, нужно — ${name(FORMAT_NAMES, x['format'], 'ru')}.`,
      en: (x) => `${p(x)}: wrong format, expected ${name(FORMAT_NAMES, x['format'], 'en')}.`,
    },
  },
  {
    id: 'schema-range',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мән ${x['bound']} шегінен ${x['direction'] === 'min' ? 'кем' : 'артық'} болмауы керек${x['unit'] === 'items' ? ' (тізімдегі элементтер саны)' : x['unit'] === 'chars' ? ' (таңба саны)' : ''}.`,
      ru: (x) => `${p(x)}: значение должно быть не ${x['direction'] === 'min' ? 'меньше' : 'больше'} ${x['bound']}${x['unit'] === 'items' ? ' (число элементов списка)' : x['unit'] === 'chars' ? ' (число символов)' : ''}.`,
      en: (x) => `${p(x)}: must be ${x['direction'] === 'min' ? 'at least' : 'at most'} ${x['bound']}${x['unit'] === 'items' ? ' items' : x['unit'] === 'chars' ? ' characters' : ''}.`,
    },
  },
  {
    id: 'schema-range-order',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: [бастап, дейін] ретімен жазыңыз — бірінші сан екіншісінен үлкен болмауы керек.`,
      ru: (x) => `${p(x)}: укажите [от, до] — первое число не должно быть больше второго.`,
      en: (x) => `${p(x)}: write [from, to] — the first number must not exceed the second.`,
    },
  },
  {
    id: 'locale-empty',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: мәтін бос. Кемінде kk: және ru: жолдарын толтырыңыз.`,
      ru: (x) => `${p(x)}: текст пуст. Заполните хотя бы строки kk: и ru:.`,
      en: (x) => `${p(x)}: the text is empty. Fill in at least kk: and ru:.`,
    },
  },
  {
    id: 'locale-missing',
    severity: 'warning',
    messages: {
      kk: (x) => `${p(x)}: ${x['locale'] === 'kk' ? 'қазақша (kk:)' : 'орысша (ru:)'} мәтін жоқ. Сайт екі тілде жұмыс істейді — аудармасын қосыңыз.`,
      ru: (x) => `${p(x)}: нет текста на ${x['locale'] === 'kk' ? 'казахском (kk:)' : 'русском (ru:)'}. Сайт двуязычный — добавьте перевод.`,
      en: (x) => `${p(x)}: the ${x['locale'] === 'kk' ? 'Kazakh (kk:)' : 'Russian (ru:)'} text is missing. The site is bilingual — add the translation.`,
    },
  },
  {
    id: 'date-invalid',
    severity: 'error',
    messages: {
      kk: () => 'Күнтізбеде мұндай күн жоқ (мысалы, 30 ақпан немесе 13-ай). Күнді ЖЖЖЖ-АА-КК түрінде дұрыс жазыңыз.',
      ru: () => 'Такой даты нет в календаре (например, 30 февраля или 13-й месяц). Исправьте дату в виде ГГГГ-ММ-ДД.',
      en: () => 'This date does not exist in the calendar (e.g. 30 February or month 13). Write a real date as YYYY-MM-DD.',
    },
  },
  {
    id: 'datetime-offset',
    severity: 'error',
    messages: {
      kk: () => 'Уақыттың соңына уақыт белдеуін қосыңыз: Қазақстан уақыты үшін +05:00 (мысалы, 2027-06-12T15:00:00+05:00). Онсыз уақыт 5 сағатқа жылжиды.',
      ru: () => 'Добавьте в конце времени часовой пояс: для Казахстана +05:00 (например, 2027-06-12T15:00:00+05:00). Без него время сдвинется на 5 часов.',
      en: () => 'Add the offset after the time: +05:00 for Kazakhstan (e.g. 2027-06-12T15:00:00+05:00). Without it the time shifts by 5 hours.',
    },
  },
  {
    id: 'summary-too-long',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: қысқаша сипаттама ${x['max']} таңбадан аспауы керек (ол карточкаларда көрсетіледі). Қысқартыңыз.`,
      ru: (x) => `${p(x)}: краткое описание должно быть не длиннее ${x['max']} символов (оно печатается на карточках). Сократите его.`,
      en: (x) => `${p(x)}: the summary must be at most ${x['max']} characters (it is printed on cards). Shorten it.`,
    },
  },
];
