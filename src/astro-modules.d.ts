// For tsc, which does not read .astro files: a component imported from a .ts module (the feed
// renders CitationSources through the container API). `astro check` types .astro files itself.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
