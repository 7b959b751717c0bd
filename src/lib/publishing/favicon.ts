/**
 * The site icon: lines of text on the accent colour, the last one marked as cited. Drawn with
 * shapes only (no text), so it renders the same in every browser and through resvg for the
 * PNG sizes.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="#0a58a8"/>
<rect x="12" y="15" width="40" height="6" rx="3" fill="#fff"/>
<rect x="12" y="29" width="40" height="6" rx="3" fill="#fff"/>
<rect x="12" y="43" width="24" height="6" rx="3" fill="#fff"/>
<circle cx="47" cy="46" r="6" fill="#ffd54a"/>
</svg>
`;

/** PNG sizes written next to the SVG: browser tab fallback, Apple touch icon, and the manifest's two. */
export const ICON_SIZES = [32, 180, 192, 512] as const;
