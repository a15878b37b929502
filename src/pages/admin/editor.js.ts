/** /admin/editor.js: the project's editor script with the validator's per-file rules (src/cms/browser/editor.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { editorBundle } from '../../cms/bundle.ts';

export const GET: APIRoute = async () => {
  const movement = readFileSync(`${process.env.CONTENT_DIR || 'content'}/movement.yaml`, 'utf8');
  return new Response(await editorBundle(movement), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
