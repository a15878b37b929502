/** /admin/modules/<package>@<version>/<file>: the modules Sveltia imports on first use, from node_modules instead of a CDN (src/cms/bundle.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cdnModules } from '../../../cms/bundle.ts';

export const getStaticPaths: GetStaticPaths = () => Object.entries(cdnModules()).map(([path, source]) => ({ params: { path }, props: { source } }));

export const GET: APIRoute = ({ props }) => new Response(readFileSync(String(props['source']), 'utf8'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
