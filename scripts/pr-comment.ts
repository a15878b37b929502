/**
 * `npm run pr:comment -- --report FILE --out FILE [--run URL] [--site URL] [--content DIR]
 *  [--preview DIR --preview-url URL --sha SHA --publish DIR]`
 * The trusted half of the pull-request comment (pr-comment.yml, on the base branch's code):
 * reads the report the untrusted check uploaded (`check:pr --report`), validates it strictly
 * (src/pr/report.ts) and renders the comment itself (src/pr/comment.ts), first in the base
 * content's `default_locale`. A missing or rejected report still gives a comment, saying so
 * without showing any of it, so a stale verdict is never left standing. With `--preview`, the
 * preview folder the check uploaded (`pr:preview`) is validated (src/pr/preview-publish.ts): its
 * PNG images are staged under `--publish DIR/<sha>/` for the publish job and shown in the comment
 * from `--preview-url/<sha>/`; a rejected preview is named in the comment, and nothing is staged.
 * Exit 0: a comment was written (also for a rejected report); 2: could not run. `--help`: kk/ru.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { formatComment, formatRejectedComment } = await import('../src/pr/comment.ts');
const { parseReport, ReportError, MAX_REPORT_BYTES } = await import('../src/pr/report.ts');
const { parseYaml } = await import('../src/content/yaml.ts');
const { BilingualError, failureText, missingOption, parseCommandLine } = await import('../src/cli/command-line.ts');
const { siteRoot } = await import('../src/site/deployment.ts');
const { validatePreview, stagePreview, HEAD_SHA } = await import('../src/pr/preview-publish.ts');
const { PreviewError } = await import('../src/pr/preview.ts');

/** A run or site address from the trusted event or variables: plain https, nothing Markdown could read otherwise. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~%/-]*)?$/;

try {
  const { values } = parseCommandLine('pr:comment', {
    report: { type: 'string' },
    out: { type: 'string' },
    run: { type: 'string' },
    site: { type: 'string' },
    content: { type: 'string', default: 'content' },
    preview: { type: 'string' },
    'preview-url': { type: 'string' },
    sha: { type: 'string' },
    publish: { type: 'string' },
  });
  if (!values.report) throw missingOption('--report FILE', { kk: 'check:pr --report жазған есеп файлын көрсетіңіз', ru: 'укажите файл отчёта, записанный check:pr --report' });
  if (!values.out) throw missingOption('--out FILE', { kk: 'пікір жазылатын файлды көрсетіңіз', ru: 'укажите файл, куда записать комментарий' });
  // The site's address with its base path, as the site and the cards read them (SITE_URL + BASE_PATH).
  const siteUrl = values.site ?? (process.env['SITE_URL'] ? siteRoot() : undefined);
  const options = {
    first: defaultLocale(values.content),
    ...(values.run && SAFE_URL.test(values.run) && { runUrl: values.run }),
    ...(siteUrl && SAFE_URL.test(siteUrl) && { siteUrl }),
    ...(values.preview && { preview: preview(values.preview, values['preview-url'], values.sha, values.publish) }),
  };
  let comment: string;
  try {
    if (!existsSync(values.report)) throw new ReportError('missing');
    const bytes = readFileSync(values.report);
    if (bytes.length > MAX_REPORT_BYTES) throw new ReportError('size');
    comment = formatComment(parseReport(bytes), options);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    const rejected = {
      kk: `check:pr есебі қабылданбады (${error.where}): пікірде тек сол айтылады. check:pr жұмысын қайта іске қосыңыз.`,
      ru: `Отчёт check:pr отклонён (${error.where}): в комментарии сказано только это. Перезапустите задание check:pr.`,
    };
    process.stderr.write(failureText('pr:comment', new BilingualError(rejected)));
    comment = formatRejectedComment(error.where, options);
  }
  writeFileSync(values.out, comment);
} catch (error) {
  process.stderr.write(failureText('pr:comment', error));
  process.exitCode = 2;
}

/**
 * The preview for the comment: validated and staged for publishing, or where it was rejected.
 * The address and the SHA come from the trusted event; both are checked before use.
 */
function preview(dir: string, url: string | undefined, sha: string | undefined, publish: string | undefined) {
  if (!url || !SAFE_URL.test(url)) throw missingOption('--preview-url URL', { kk: 'суреттер жарияланатын https мекенжайын көрсетіңіз', ru: 'укажите https-адрес, где публикуются изображения' });
  if (!sha || !HEAD_SHA.test(sha)) throw missingOption('--sha SHA', { kk: 'тексерілген коммиттің 40 таңбалы SHA-сын көрсетіңіз', ru: 'укажите 40-символьный SHA проверенного коммита' });
  if (!publish) throw missingOption('--publish DIR', { kk: 'жариялауға дайын суреттердің папкасын көрсетіңіз', ru: 'укажите папку для изображений к публикации' });
  try {
    const { manifest, images } = validatePreview(dir);
    stagePreview(dir, images, publish, sha);
    return { manifest, url: `${url.replace(/\/+$/, '')}/${sha}` };
  } catch (error) {
    if (!(error instanceof PreviewError)) throw error;
    process.stderr.write(failureText('pr:comment', new BilingualError({ kk: `Алдын ала көрініс қабылданбады (${error.where}).`, ru: `Предпросмотр отклонён (${error.where}).` })));
    return { rejected: error.where };
  }
}

/** The base content's `default_locale` (kk unless it says ru). */
function defaultLocale(contentDir: string): 'kk' | 'ru' {
  try {
    const movement = parseYaml(readFileSync(join(contentDir, 'movement.yaml'), 'utf8')) as { default_locale?: unknown } | undefined;
    return movement?.default_locale === 'ru' ? 'ru' : 'kk';
  } catch {
    return 'kk';
  }
}
