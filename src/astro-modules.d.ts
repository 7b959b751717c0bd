// For tsc, which does not read .astro files: a component imported from a .ts module (the feed
// renders CitationSources through the container API). `astro check` types .astro files itself.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// subset-font ships no types: the one call the font integration makes (src/integrations/site-fonts.ts).
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; noLayoutClosure?: boolean; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
