/**
 * PNG sizes drawn from the site icon, `public/favicon.svg` (lines of text on the accent colour,
 * the last one marked as cited; shapes only, no text, so it renders the same in every browser
 * and through resvg): browser tab fallback, Apple touch icon, and the manifest's two.
 */
export const ICON_SIZES = [32, 180, 192, 512] as const;
