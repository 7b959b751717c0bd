/** One `<meta>` element: `name` for the standard and Twitter tags, `property` for Open Graph. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageMetaInput {
  siteName: string;
  /** Page title without the site name; the home page passes the site name itself. */
  title: string;
  description: string;
  /** Absolute URL of the page; omitted for pages that have no address of their own (404). */
  canonical?: string;
  /** Absolute URL of the social card (1200x630 PNG) and its text alternative. */
  image: { url: string; alt: string; width: number; height: number };
  type: 'website' | 'article';
  article?: { published: Date; modified?: Date | undefined; authors: readonly string[]; tags: readonly string[] };
  locale: string;
  noindex?: boolean;
}

export interface PageMeta {
  /** The `<title>`: "Page · Site", or the site name alone on the home page. */
  title: string;
  canonical?: string;
  tags: MetaTag[];
}

/**
 * Everything a page's `<head>` says about it to search engines and to the link previews
 * of social networks and chat apps: Open Graph, Twitter card, article dates.
 */
export function pageMeta(input: PageMetaInput): PageMeta {
  const title = input.title === input.siteName ? input.siteName : `${input.title} · ${input.siteName}`;
  const tags: MetaTag[] = [{ name: 'description', content: input.description }];
  if (input.noindex) tags.push({ name: 'robots', content: 'noindex' });
  tags.push(
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:locale', content: input.locale },
  );
  if (input.canonical) tags.push({ property: 'og:url', content: input.canonical });
  tags.push(
    { property: 'og:image', content: input.image.url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(input.image.width) },
    { property: 'og:image:height', content: String(input.image.height) },
    { property: 'og:image:alt', content: input.image.alt },
  );
  if (input.article) {
    tags.push({ property: 'article:published_time', content: input.article.published.toISOString() });
    if (input.article.modified) tags.push({ property: 'article:modified_time', content: input.article.modified.toISOString() });
    for (const author of input.article.authors) tags.push({ property: 'article:author', content: author });
    for (const tag of input.article.tags) tags.push({ property: 'article:tag', content: tag });
  }
  tags.push(
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: input.image.url },
    { name: 'twitter:image:alt', content: input.image.alt },
  );
  return { title, ...(input.canonical ? { canonical: input.canonical } : {}), tags };
}
