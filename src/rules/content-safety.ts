/**
 * Content safety family: an event body must never run code — in CI (were MDX compiled, an
 * import or an expression would execute there) or in a visitor's browser (script, frames,
 * handlers, javascript: links, style overlays). Everything unsafe is a located error; nothing is
 * stripped, so what the author sees in the pull request is what the site publishes. The build's
 * renderer (`src/content/render-body.ts`) is the second line of defence: it never compiles a
 * body, refuses what these rules call code, and sanitises with the same allowlists.
 */
import { CONTENT_COMPONENTS } from '../content/components.ts';
import { checkBody } from './content-safety/body.ts';
import type { SourceFile } from '../content/load.ts';
import type { Finding, Rule, RuleFamily } from './types.ts';

const TAGS_HELP = 'p, br, strong, em, a, ul, ol, li, blockquote, h2–h6, table, img, figure, details, span, div…';
const none = { kk: 'әзірге жоқ', ru: 'пока нет', en: 'none yet' };

export const rules: Rule[] = [
  {
    id: 'mdx-syntax',
    severity: 'error',
    messages: {
      kk: (x) => `MDX мәтінін оқу мүмкін емес (${x['detail']}). Осы жердегі <, > және { } таңбаларын тексеріңіз: мәтінде оларды \\<, \\{ деп жазыңыз, ал түсініктемені {/* ... */} түрінде.`,
      ru: (x) => `MDX-текст не читается (${x['detail']}). Проверьте здесь символы <, > и { }: в тексте пишите их как \\<, \\{, а комментарий — как {/* ... */}.`,
      en: (x) => `The MDX text cannot be read (${x['detail']}). Check the <, > and { } here: write them as \\<, \\{ in text, and a comment as {/* ... */}.`,
    },
  },
  {
    id: 'mdx-esm',
    severity: 'error',
    messages: {
      kk: () => 'Іс-шара мәтінінде import/export жазуға болмайды: мазмұн файлдары код іске қоспайды. Бұл жолды өшіріңіз.',
      ru: () => 'В тексте мероприятия нельзя писать import/export: файлы содержимого не выполняют код. Удалите эту строку.',
      en: () => 'An event text may not use import/export: content files never run code. Remove this line.',
    },
  },
  {
    id: 'mdx-expression',
    severity: 'error',
    messages: {
      kk: () => 'Фигуралық жақшадағы {…} JavaScript өрнегіне болмайды. Оны кәдімгі мәтінмен алмастырыңыз; жақшаның өзі керек болса, \\{ деп жазыңыз.',
      ru: () => 'Выражения JavaScript в фигурных скобках {…} запрещены. Замените их обычным текстом; если нужна сама скобка, напишите \\{.',
      en: () => 'JavaScript expressions in curly braces {…} are not allowed. Replace them with plain text; for a literal brace write \\{.',
    },
  },
  {
    id: 'mdx-component',
    severity: 'error',
    messages: {
      kk: (x) => `<${x['name']}> компоненті құжатталмаған, оны қолдануға болмайды. Рұқсат етілген компоненттер: ${x['allowed'] || none.kk}. Оны өшіріңіз немесе Markdown-пен жазыңыз.`,
      ru: (x) => `Компонент <${x['name']}> не задокументирован, использовать его нельзя. Разрешённые компоненты: ${x['allowed'] || none.ru}. Удалите его или оформите текст средствами Markdown.`,
      en: (x) => `The component <${x['name']}> is not documented and may not be used. Allowed components: ${x['allowed'] || none.en}. Remove it or use Markdown instead.`,
    },
  },
  {
    id: 'html-tag',
    severity: 'error',
    messages: {
      kk: (x) => `<${x['tag']}> тегіне болмайды: ол код іске қосуы немесе бөгде бетті ендіруі мүмкін. Оны өшіріңіз; рұқсат етілген тегтер: ${TAGS_HELP}`,
      ru: (x) => `Тег <${x['tag']}> запрещён: он может выполнять код или встраивать чужую страницу. Удалите его; разрешённые теги: ${TAGS_HELP}`,
      en: (x) => `The <${x['tag']}> tag is not allowed: it can run code or embed another page. Remove it; allowed tags: ${TAGS_HELP}`,
    },
  },
  {
    id: 'html-handler',
    severity: 'error',
    messages: {
      kk: (x) => `${x['attribute']}= атрибутына болмайды: on… атрибуттары JavaScript іске қосады. Атрибутты өшіріңіз.`,
      ru: (x) => `Атрибут ${x['attribute']}= запрещён: атрибуты on… выполняют JavaScript. Удалите атрибут.`,
      en: (x) => `The ${x['attribute']}= attribute is not allowed: on… attributes run JavaScript. Remove it.`,
    },
  },
  {
    id: 'html-url',
    severity: 'error',
    messages: {
      kk: (x) => `${x['scheme'] ? `${x['scheme']}: сілтемесіне` : 'Бұл сілтемеге'} болмайды (${x['attribute']}). Тек https:// сілтемелерін немесе сайт ішіндегі сілтемелерді қолданыңыз.`,
      ru: (x) => `Ссылка ${x['scheme'] ? `${x['scheme']}:` : 'такого вида'} запрещена (${x['attribute']}). Используйте только ссылки https:// или ссылки внутри сайта.`,
      en: (x) => `A ${x['scheme'] ? `${x['scheme']}:` : 'link of this kind'} link is not allowed (${x['attribute']}). Use only https:// links or links within the site.`,
    },
  },
  {
    id: 'html-attribute',
    severity: 'error',
    messages: {
      kk: (x) => `<${x['tag']}> тегінде ${x['attribute']}= атрибутына болмайды: сайт оны жариялмайды (мысалы, style бетті түгел жасыра алады). Оны өшіріңіз; бұл тегте рұқсат етілгені: ${x['allowed']}.`,
      ru: (x) => `Атрибут ${x['attribute']}= в теге <${x['tag']}> запрещён: сайт его не публикует (например, style может подменить всю страницу). Удалите его; в этом теге разрешены: ${x['allowed']}.`,
      en: (x) => `The ${x['attribute']}= attribute is not allowed on <${x['tag']}>: the site does not publish it (style, for one, can fake the whole page). Remove it; this tag allows: ${x['allowed']}.`,
    },
  },
  {
    id: 'body-too-deep',
    severity: 'error',
    messages: {
      kk: () => 'Мәтін тым терең салынған (тегтер, дәйексөздер немесе тізімдер бір-біріне 32 деңгейден артық кірген). Құрылымын жеңілдетіңіз: әдетте екі-үш деңгей жеткілікті.',
      ru: () => 'Текст вложен слишком глубоко (теги, цитаты или списки вложены друг в друга больше чем на 32 уровня). Упростите структуру: обычно хватает двух-трёх уровней.',
      en: () => 'The text nests too deep (tags, quotes or lists inside one another more than 32 levels). Simplify it: two or three levels are usually enough.',
    },
  },
];

export const family: RuleFamily = { name: 'content-safety', rules, checkFile };

/** An event body's MDX and raw HTML (runs where the file is parsed). */
function checkFile(file: SourceFile): Finding[] {
  if (!file.body) return [];
  const issues = checkBody(file.body.text, { mdx: file.relative.endsWith('.mdx'), components: CONTENT_COMPONENTS });
  return issues.map((issue) => ({ rule: issue.rule, file, offset: file.body!.offset + issue.offset, params: issue.params }));
}
