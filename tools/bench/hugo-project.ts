/**
 * The floor the bench measures against: a one-template Hugo site over the same Markdown as the
 * plain Astro sites (content/sources/*.md, content/briefings/*.md with the MDX components taken
 * out), where Debian's `hugo` is installed. One page per entry plus home and the two section
 * lists, so the page count matches the plain Astro sites; no taxonomies, feeds or sitemap.
 */
import { execFileSync } from 'node:child_process';

export const HUGO_BINARY = process.env.HUGO ?? 'hugo';

/** `hugo v0.111.3+extended …`, or undefined where Hugo is not installed. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync(HUGO_BINARY, ['version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');
  } catch {
    return undefined;
  }
}

const LIST = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><meta charset="utf-8"><title>{{ .Title }}</title></head>',
  '<body><main>',
  '<h1>{{ .Title }}</h1>',
  '{{ $pages := cond .IsHome (first 8 .Site.RegularPages) .Pages }}',
  '<ul>{{ range $pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>',
  '</main></body>',
  '</html>',
  '',
].join('\n');

const SINGLE = [
  '<!doctype html>',
  '<html lang="en">',
  '<head><meta charset="utf-8"><title>{{ .Title }}</title></head>',
  '<body><main>',
  '<h1>{{ .Title }}</h1>',
  '{{ .Content }}',
  '</main></body>',
  '</html>',
  '',
].join('\n');

/** The site's files besides its content: its configuration and its templates (one for entries, one for lists). */
export function hugoProject(): Record<string, string> {
  return {
    'hugo.toml': [
      "baseURL = 'https://bench.example.org/'",
      "languageCode = 'en'",
      "title = 'Bench'",
      "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', '404', 'robotsTXT']",
      // The Markdown keeps its raw HTML (the synthetic sources' :::furniture blocks and spans), as Astro does.
      '[markup.goldmark.renderer]',
      'unsafe = true',
      '',
    ].join('\n'),
    'layouts/_default/single.html': SINGLE,
    'layouts/_default/list.html': LIST,
    'layouts/index.html': LIST,
  };
}
