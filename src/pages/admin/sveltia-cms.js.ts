/** /admin/sveltia-cms.js: Sveltia CMS from node_modules, reading its UI languages from the site (src/cms/bundle.ts). */
import type { APIRoute } from 'astro';
import { sveltiaBundle } from '../../cms/bundle.ts';

export const GET: APIRoute = () => new Response(sveltiaBundle(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
