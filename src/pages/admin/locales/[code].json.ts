/** /admin/locales/<code>.json: the editor's UI strings, Sveltia's own and the project's Kazakh (src/cms/bundle.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { uiLocale, uiLocaleCodes } from '../../../cms/bundle.ts';

export const getStaticPaths: GetStaticPaths = () => uiLocaleCodes().map((code) => ({ params: { code } }));

export const GET: APIRoute = ({ params }) => new Response(uiLocale(String(params.code)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
