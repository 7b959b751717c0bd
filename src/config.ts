import { joinBase } from './lib/routes.ts';

/** The published site's identity. */
export const SITE = {
  name: 'After the Caliphate',
  tagline: 'Evidence-based briefings on the Islamic State and the coalition against it',
  description:
    'Plain-English briefings on why the Islamic State remains a threat after losing its territory, and what the coalition and NATO are deciding — every sentence cited to its source, every quotation checked.',
  language: 'en',
} as const;

/** Where each kind of content lives, relative to the project root: named here only. */
export const CONTENT = {
  sources: 'content/sources',
  briefings: 'content/briefings',
  glossary: 'content/glossary',
  people: 'content/people',
  data: 'content/data',
} as const;

/**
 * Where the site will be served: its origin (`SITE_URL`) and the path it lives under
 * (`BASE_PATH`, slashes at both ends). Read by astro.config.mjs; pages read them back from Astro.
 */
export const DEPLOYMENT = {
  siteUrl: process.env.SITE_URL ?? 'https://briefings.example.org',
  base: process.env.BASE_PATH ?? '/',
  /** `HSTS`: "on", "off", or unset for on when the site URL is https (lib/publishing/security-headers.ts). */
  hsts: process.env.HSTS,
} as const;

/** A site-absolute path with the configured base path in front. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL on the published site (SITE_URL plus the base path), for feeds, cards and canonical links. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
