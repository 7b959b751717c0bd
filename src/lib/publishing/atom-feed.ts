import { escapeHtml } from '../text/escape-html.ts';
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  /** Absolute URL of the briefing: also its permanent Atom id. */
  url: string;
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

/** An Atom 1.0 feed (RFC 4287) with each entry's full content. */
export function renderAtomFeed(feed: Feed): string {
  const entries = feed.entries.map((entry) => {
    const lines = [
      '  <entry>',
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${entry.published.toISOString()}</published>`,
      `    <updated>${(entry.updated ?? entry.published).toISOString()}</updated>`,
      ...entry.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="html">${escapeXml(entry.contentHtml)}</content>`,
      '  </entry>',
    ];
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <icon>${escapeXml(feed.icon)}</icon>`,
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
