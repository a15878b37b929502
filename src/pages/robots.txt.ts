/** `/robots.txt` (under the base path): crawl everything, and where the sitemap is (src/site/robots.ts). */
import type { APIRoute } from 'astro';
import { textResponse } from '../site/responses.ts';
import { robotsTxt } from '../site/robots.ts';

export const GET: APIRoute = ({ site }) => textResponse(robotsTxt(new URL(import.meta.env.BASE_URL, site!)));
