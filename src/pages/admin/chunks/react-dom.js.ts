/** /admin/chunks/react-dom.js: the chunk Sveltia loads beside its bundle for React-based extensions (otherwise it would try a CDN). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync('node_modules/@sveltia/cms/dist/chunks/react-dom.js', 'utf8'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
