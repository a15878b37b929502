/**
 * Every HTML page leaves the renderer with its Content-Security-Policy naming the hashes of its
 * own inline scripts and styles (src/published/csp.ts). Stamping here, as each page is rendered,
 * rather than rereading every written file after the build: at national scale that pass read and
 * rewrote 20,000 pages on every build, and pages the incremental build restores were stamped when
 * they were first rendered. Under `astro dev` pages carry no policy, so nothing changes there.
 */
import { defineMiddleware } from 'astro:middleware';
import { ADMIN_PAGE_PATH } from './cms/admin-page.ts';
import { stampCsp } from './published/csp.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The web editor's page keeps its own policy (src/cms/admin-page.ts).
  if (context.url.pathname.endsWith(ADMIN_PAGE_PATH)) return response;
  const html = await response.text();
  return new Response(stampCsp(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
