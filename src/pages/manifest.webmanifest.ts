import type { APIRoute } from 'astro';
import { routes } from '../lib/routes.ts';
import { ICON_SIZES } from '../lib/publishing/favicon.ts';
import { webManifest } from '../lib/publishing/web-manifest.ts';
import { SITE, href } from '../config.ts';

export const GET: APIRoute = () => {
  const manifest = webManifest({
    name: SITE.name,
    shortName: 'Briefings',
    description: SITE.description,
    language: SITE.language,
    base: href(routes.home()),
    icons: ICON_SIZES.filter((size) => size >= 192).map((size) => ({ src: href(routes.icon(size)), size })),
    themeColor: '#0a58a8',
    backgroundColor: '#fdfcfa',
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
