import { joinBase } from '../routes.ts';

/**
 * A link an author wrote root-relative, as the site serves it under its base path:
 * ("/briefings/x/", "/briefings-site/") → "/briefings-site/briefings/x/". Anything else is returned
 * as written: absolute and protocol-relative URLs, relative paths, fragments, `mailto:`. Applying
 * it twice changes nothing: a path that already starts with the base path (the citation and
 * glossary links, which carry it from the start) is left alone.
 */
export function linkUnderBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmedBase === '' || href === trimmedBase || href.startsWith(`${trimmedBase}/`) || href.startsWith(`${trimmedBase}#`) || href.startsWith(`${trimmedBase}?`)) {
    return href;
  }
  return joinBase(base, href);
}
