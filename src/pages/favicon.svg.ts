import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../lib/publishing/favicon.ts';

export const GET: APIRoute = () => new Response(FAVICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
