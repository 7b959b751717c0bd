export interface WebManifestInput {
  name: string;
  shortName: string;
  description: string;
  language: string;
  /** The site's base path ("/" or "/briefings-site/"): start URL and scope. */
  base: string;
  icons: readonly { src: string; size: number }[];
  themeColor: string;
  backgroundColor: string;
}

/** The web app manifest (manifest.webmanifest), scoped to the base path. */
export function webManifest(input: WebManifestInput): Record<string, unknown> {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.language,
    start_url: input.base,
    scope: input.base,
    display: 'browser',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: input.icons.map((icon) => ({ src: icon.src, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: 'any' })),
  };
}
