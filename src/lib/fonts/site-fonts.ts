import { formatUnicodeRange, parseUnicodeRange } from './unicode-range.ts';

/** A typeface of the site: a family, weight and style, and the @fontsource package it comes from. */
export interface FaceSpec {
  family: string;
  /** The @fontsource package's name without its scope: "source-serif-4". */
  package: string;
  weight: number;
  style: 'normal' | 'italic';
}

/**
 * The characters nearly every page sets: printable ASCII, the no-break space and the
 * punctuation of edited English (curly quotes, dashes, ellipsis, pilcrow, middle dot, arrow,
 * degree, multiplication sign, primes, é). Each text face is cut down to these: what a page
 * needs comes in one small file per face. Any other character is still drawn in the same
 * typeface, from the face's full Latin or Latin Extended file, fetched only by a page that uses it.
 * The zero-width space and joiners are kept so that charts' word breaks fetch nothing more, and
 * the tab and line breaks: Chromium matches a source line break that follows an inline element
 * (`</code>` then a new line) against the faces' ranges, and without them in the core range a
 * page fetches the whole Latin file for it.
 */
export const CORE_CHARACTERS =
  '\t\n\r' + String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i)) + '\u00a0°¶·×é–—‘’“”…•→′″\u200b\u200c\u200d\u2060\u00ad';

/**
 * The faces of the site: Source Serif 4 for reading (regular and italic) and Source Sans 3 for
 * the interface, charts, headings and every bold word (regular and semibold: the two are one
 * superfamily, so a bold run-in head in sans sits well in serif text, and a page fetches three
 * files, not four). A face is fetched only by a page that sets text in it.
 */
export const TEXT_FACES: readonly FaceSpec[] = [
  { family: 'Source Serif 4', package: 'source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', package: 'source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Sans 3', package: 'source-sans-3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', package: 'source-sans-3', weight: 600, style: 'normal' },
];

/** Arabic script in source texts (`:lang(ar)`, and any Arabic character in other text): Noto Naskh Arabic, fetched only by a page with Arabic in it. */
export const ARABIC_FACES: readonly FaceSpec[] = [
  { family: 'Noto Naskh Arabic', package: 'noto-naskh-arabic', weight: 400, style: 'normal' },
  { family: 'Noto Naskh Arabic', package: 'noto-naskh-arabic', weight: 700, style: 'normal' },
];

/** One font file the site serves and the @font-face rule that declares it. */
export interface FontFile {
  /** File name in the fonts folder: "source-serif-4-400-normal-core.woff2". */
  name: string;
  face: FaceSpec;
  /** The @fontsource file it is made from, inside its package: "files/source-serif-4-latin-400-normal.woff2". */
  from: string;
  /** Characters to keep: the file is a subset of `from`. Absent: `from` as it is. */
  keep?: string;
  unicodeRange: string;
  /** TrueType for the build's own drawing (PNG charts: resvg reads no WOFF), not served; default WOFF2. */
  format?: 'sfnt';
}

/** The faces chart images are drawn in at build time (src/lib/charts/export/): the interface face, as TrueType. */
export const RENDER_FACES: readonly FaceSpec[] = [TEXT_FACES[2]!, TEXT_FACES[3]!];

/** The TrueType file of a face for drawing at build time. */
export function renderFileName(face: FaceSpec): string {
  return `${face.package}-${face.weight}-${face.style}.ttf`;
}

/** The file a face is served from, for the code that preloads it. */
export function coreFileName(face: FaceSpec): string {
  return `${face.package}-${face.weight}-${face.style}-core.woff2`;
}

/**
 * Every font file of the site, from the @fontsource packages' own subset ranges
 * (`unicode.json`): per text face, the core subset, then the rest of Latin and Latin Extended
 * as the package ships them, their ranges made disjoint from the core so the browser fetches
 * them only for characters the core lacks; per Arabic face, the package's Arabic file.
 */
export function planFontFiles(subsetRanges: (pkg: string) => Record<string, string>): FontFile[] {
  const core = new Set([...CORE_CHARACTERS].map((char) => char.codePointAt(0)!));
  const files: FontFile[] = [];
  const packageFile = (face: FaceSpec, subset: string) => `files/${face.package}-${subset}-${face.weight}-${face.style}.woff2`;
  for (const face of TEXT_FACES) {
    const ranges = subsetRanges(face.package);
    files.push({ name: coreFileName(face), face, from: packageFile(face, 'latin'), keep: CORE_CHARACTERS, unicodeRange: formatUnicodeRange(core) });
    let taken = core;
    for (const subset of ['latin', 'latin-ext']) {
      const range = ranges[subset];
      if (!range) throw new Error(`@fontsource/${face.package} has no "${subset}" subset.`);
      const points = parseUnicodeRange(range).filter((point) => !taken.has(point));
      files.push({ name: `${face.package}-${face.weight}-${face.style}-${subset}.woff2`, face, from: packageFile(face, subset), unicodeRange: formatUnicodeRange(points) });
      taken = new Set([...taken, ...points]);
    }
  }
  for (const face of RENDER_FACES) {
    const latin = subsetRanges(face.package).latin ?? '';
    const keep = String.fromCodePoint(...parseUnicodeRange(latin).filter((point) => point >= 0x20));
    files.push({ name: renderFileName(face), face, from: packageFile(face, 'latin'), keep, unicodeRange: latin, format: 'sfnt' });
  }
  for (const face of ARABIC_FACES) {
    const range = subsetRanges(face.package).arabic;
    if (!range) throw new Error(`@fontsource/${face.package} has no "arabic" subset.`);
    files.push({ name: `${face.package}-${face.weight}-${face.style}-arabic.woff2`, face, from: packageFile(face, 'arabic'), unicodeRange: range });
  }
  return files;
}

/** The @font-face rules for the files, each naming its file relative to the stylesheet ("./name"). */
export function fontFaceCss(files: readonly FontFile[]): string {
  return files
    .filter((file) => file.format !== 'sfnt')
    .map(
      (file) =>
        `@font-face {\n  font-family: '${file.face.family}';\n  font-style: ${file.face.style};\n  font-weight: ${file.face.weight};\n  font-display: swap;\n` +
        `  src: url('./${file.name}') format('woff2');\n  unicode-range: ${file.unicodeRange};\n}\n`,
    )
    .join('');
}
