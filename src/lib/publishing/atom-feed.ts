import { warnOnConsole, type WarningSink } from '../problems.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { escapeXml, type XmlTextOrigin } from './xml.ts';

export interface FeedEntry {
  /** Absolute URL of the briefing: also its permanent Atom id. */
  url: string;
  /** The file the entry is written from ("content/briefings/x.mdx"), named in warnings. */
  source?: string | undefined;
  title: string;
  summary: string;
  /** Full content as HTML with absolute links (see absolutizeHtml). */
  contentHtml: string;
  published: Date;
  updated?: Date | undefined;
  authors: readonly string[];
  categories: readonly string[];
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself (its id and rel="self"). */
  feedUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the site icon. */
  icon: string;
  language: string;
  entries: readonly FeedEntry[];
}

/** The feed's `updated`: the newest entry's last change, so identical content gives an identical file. */
function feedUpdated(entries: readonly FeedEntry[]): Date {
  const times = entries.map((entry) => (entry.updated ?? entry.published).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

export interface RenderFeedOptions {
  /** Told about characters XML cannot hold, removed from the feed (see escapeXml); default: the console. */
  warn?: WarningSink;
}

/** An Atom 1.0 feed (RFC 4287) with each entry's full content. */
export function renderAtomFeed(feed: Feed, options: RenderFeedOptions = {}): string {
  const warn = options.warn ?? warnOnConsole;
  // Each text named by the field its author wrote it in.
  const from = (file: string, field: string): XmlTextOrigin => ({ file, field, output: 'feed.xml', warn });
  const entries = feed.entries.map((entry) => {
    const field = (name: string) => from(entry.source ?? entry.url, name);
    const lines = [
      '  <entry>',
      `    <id>${escapeXml(entry.url, field('address'))}</id>`,
      `    <title>${escapeXml(entry.title, field('title'))}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url, field('address'))}"/>`,
      `    <published>${entry.published.toISOString()}</published>`,
      `    <updated>${(entry.updated ?? entry.published).toISOString()}</updated>`,
      ...entry.authors.map((name) => `    <author><name>${escapeXml(name, field('authors'))}</name></author>`),
      ...entry.categories.map((term) => `    <category term="${escapeXml(term, field('topics or regions'))}"/>`),
      `    <summary>${escapeXml(entry.summary, field('dek'))}</summary>`,
      `    <content type="html">${escapeXml(entry.contentHtml, field('body'))}</content>`,
      '  </entry>',
    ];
    return lines.join('\n');
  });
  const site = (name: string) => from('the site settings (src/config.ts)', name);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language, site('language'))}">`,
    `  <id>${escapeXml(feed.feedUrl, site('feed address'))}</id>`,
    `  <title>${escapeXml(feed.title, site('name'))}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle, site('tagline'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl, site('feed address'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl, site('address'))}"/>`,
    `  <icon>${escapeXml(feed.icon, site('icon'))}</icon>`,
    `  <updated>${feedUpdated(feed.entries).toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

const decodeAttribute = (value: string) => value.replace(/&amp;/gu, '&');

/**
 * Prepares a page fragment for a feed reader, which shows it outside the site: every `href`
 * and `src` made absolute against the page's URL (`#p-3` → `https://…/briefings/x/#p-3`,
 * `/sources/y/` → `https://…/sources/y/`), and scripts and style elements removed.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/giu, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/giu, '')
    .replace(/\s+data-astro-[a-z0-9-]+(?:="[^"]*")?/gu, '')
    .replace(/\b(href|src)="([^"]*)"/gu, (whole, name: string, value: string) => {
      const raw = decodeAttribute(value);
      if (/^(?:[a-z][a-z0-9+.-]*:)/iu.test(raw)) return whole;
      try {
        return `${name}="${escapeHtml(new URL(raw, pageUrl).href)}"`;
      } catch {
        return whole;
      }
    });
}

/**
 * Replaces each chart (`<figure class="chart" id="chart-…">`) by a link to it on the page. A
 * chart's SVG is styled by the site's CSS and enhanced by its scripts, neither of which a feed
 * reader loads, and it would make up half of the feed's weight; its title and a link serve better.
 *
 * `<figure class="chart" id="chart-map">…<p class="chart-title">Where…</p>…</figure>`
 * → `<p class="chart-link">Chart: <a href="<page>#chart-map">Where…</a> (on the page, with its sources and data)</p>`
 */
export function chartsAsLinks(html: string, pageUrl: string): string {
  return html.replace(/<figure\b[^>]*\bclass="chart"[^>]*>[\s\S]*?<\/figure>/gu, (figure) => {
    const id = /\bid="([^"]+)"/u.exec(figure.slice(0, figure.indexOf('>')))?.[1];
    const title = /<p\b[^>]*\bclass="chart-title"[^>]*>([\s\S]*?)<\/p>/u.exec(figure)?.[1]?.replace(/<[^>]+>/gu, '').trim() || 'Chart';
    const href = id ? `${pageUrl}#${id}` : pageUrl;
    return `<p class="chart-link">Chart: <a href="${escapeHtml(href)}">${title}</a> (on the page, with its sources and data)</p>`;
  });
}
