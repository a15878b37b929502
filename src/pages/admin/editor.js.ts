/** /admin/editor.js: the project's editor script with the validator's per-file rules (src/cms/browser/editor.ts). */
import type { APIRoute } from 'astro';
import { editorBundle } from '../../cms/bundle.ts';

export const GET: APIRoute = async () => {
  return new Response(await editorBundle(process.env.CONTENT_DIR || 'content'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
