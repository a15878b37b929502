/** /admin/fonts/<file>: the editor UI's fonts from their npm packages, which Sveltia would fetch from a CDN (src/cms/bundle.ts). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fontFile, FONTS } from '../../../cms/bundle.ts';

export const getStaticPaths: GetStaticPaths = () => Object.entries(FONTS).map(([path, source]) => ({ params: { file: fontFile(path) }, props: { source } }));

export const GET: APIRoute = ({ props }) => new Response(readFileSync(String(props['source'])), { headers: { 'Content-Type': 'font/woff2' } });
