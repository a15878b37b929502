/** /admin/index.html: the web editor's page with its own CSP (src/cms/admin-page.ts). */
import type { APIRoute } from 'astro';
import { adminPage } from '../../cms/admin-page.ts';

export const GET: APIRoute = () => new Response(adminPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
