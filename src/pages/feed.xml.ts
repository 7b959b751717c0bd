import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { publishedBriefings } from '../data/briefings.ts';
import CitationSources from '../components/CitationSources.astro';
import { briefingComponents } from '../components/briefing-components.ts';
import { renderEntry } from '../data/rendered.ts';
import { routes } from '../lib/routes.ts';
import { absolutizeHtml, chartsAsLinks, renderAtomFeed } from '../lib/publishing/atom-feed.ts';
import { escapeXml } from '../lib/publishing/xml.ts';
import { warnOnConsole } from '../lib/problems.ts';
import { SITE, absoluteUrl } from '../config.ts';

/** How many briefings the feed carries, newest first. */
const FEED_SIZE = 20;

/**
 * An Atom feed of the published briefings with their full text: each body rendered through the
 * same MDX components as the page, charts replaced by links to them, links made absolute.
 */
export const GET: APIRoute = async () => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const briefings = (await publishedBriefings()).slice(0, FEED_SIZE);
  const entries = [];
  for (const briefing of briefings) {
    const url = absoluteUrl(routes.briefing(briefing.id));
    const { Content, citations, takeaways: rendered } = await renderEntry(briefing);
    const body = await container.renderToString(Content, { props: { components: briefingComponents } });
    // The numbered Sources list, so the citation markers mean something in a feed reader too.
    const sourcesList = await container.renderToString(CitationSources, { props: { citations } });
    // Origins given so that a character XML cannot hold is reported once, by the field it was typed in.
    const field = (name: string) => ({ file: briefing.filePath ?? briefing.id, field: name, output: 'feed.xml', warn: warnOnConsole });
    // As plain text: a feed reader shows no preview cards, and the Sources list below names the sources.
    const takeaways = `<h2>Key takeaways</h2><ul>${rendered.map((item) => `<li>${escapeXml(item.text, field('keyTakeaways'))}</li>`).join('')}</ul>`;
    entries.push({
      url,
      source: briefing.filePath,
      title: briefing.data.title,
      summary: briefing.data.dek,
      contentHtml: absolutizeHtml(chartsAsLinks(`<p><em>${escapeXml(briefing.data.dek, field('dek'))}</em></p>${takeaways}${body}${sourcesList}`, url), url),
      published: briefing.data.published,
      updated: briefing.data.updated,
      authors: briefing.data.authors,
      categories: [...briefing.data.topics, ...briefing.data.regions],
    });
  }
  const feed = renderAtomFeed({
    title: SITE.name,
    subtitle: SITE.tagline,
    feedUrl: absoluteUrl(routes.feed()),
    siteUrl: absoluteUrl('/'),
    icon: absoluteUrl(routes.icon(192)),
    language: SITE.language,
    entries,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
