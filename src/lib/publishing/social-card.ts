import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';

export interface SocialCardInput {
  /** Small line above the title: the site's name. */
  kicker: string;
  title: string;
  /** One or two sentences under the title; cut at a word boundary when very long. */
  dek: string;
  /** Shown at the foot: the site's host name. */
  footer: string;
}

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 600 | 700;
  style: 'normal';
}

/** A satori element: the subset of React's shape it reads. */
interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

const el = (type: string, style: Record<string, string | number>, children?: CardElement['props']['children']): CardElement => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The host name a card shows at its foot: "briefings.example.org" for the site URL given (none without one). */
export function cardFooter(site: string | URL | undefined): string {
  return site ? new URL(site).host : '';
}

/**
 * A briefing's card: the site's name over its title and dek. The build integration that draws
 * cards ahead and the card route both build the input here, so their cards match exactly.
 */
export function briefingCardInput(briefing: { title: string; dek: string }, siteName: string, site: string | URL | undefined): SocialCardInput {
  return { kicker: siteName, title: briefing.title, dek: briefing.dek, footer: cardFooter(site) };
}

/** Cuts text at the last word boundary before `max` characters and adds an ellipsis. */
export function clampText(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Title size in pixels: large for short titles, smaller so long ones still fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 45) return 72;
  if (title.length <= 80) return 60;
  return 48;
}

/** The card's layout as a satori tree (pure: no fonts, no rendering). */
export function socialCardTree(input: SocialCardInput): CardElement {
  return el(
    'div',
    { display: 'flex', width: '100%', height: '100%', background: '#fdfcfa', color: '#1b1b1b', fontFamily: 'Source Serif 4' },
    [
      el('div', { display: 'flex', width: 24, height: '100%', background: '#0a58a8' }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px 64px' }, [
        el(
          'div',
          { display: 'flex', fontFamily: 'Source Sans 3', fontSize: 28, fontWeight: 600, letterSpacing: 2, textTransform: 'uppercase', color: '#0a58a8' },
          input.kicker,
        ),
        el('div', { display: 'flex', marginTop: 28, fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.12 }, clampText(input.title, 140)),
        el('div', { display: 'flex', marginTop: 28, fontSize: 32, lineHeight: 1.35, color: '#52504c' }, clampText(input.dek, 190)),
        el('div', { display: 'flex', flexGrow: 1 }),
        el('div', { display: 'flex', fontFamily: 'Source Sans 3', fontSize: 26, color: '#52504c' }, input.footer),
      ]),
    ],
  );
}

/**
 * The fonts the cards are set in, read from the @fontsource packages in node_modules (satori
 * reads WOFF, not WOFF2): nothing is fetched. Latin and Latin Extended subsets, so names with
 * diacritics render.
 */
export function loadCardFonts(): CardFont[] {
  const require = createRequire(import.meta.url);
  const file = (pkg: string, subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`));
  const fonts: CardFont[] = [];
  for (const subset of ['latin', 'latin-ext']) {
    fonts.push({ name: 'Source Serif 4', data: file('source-serif-4', subset, 400), weight: 400, style: 'normal' });
    fonts.push({ name: 'Source Serif 4', data: file('source-serif-4', subset, 700), weight: 700, style: 'normal' });
    fonts.push({ name: 'Source Sans 3', data: file('source-sans-3', subset, 400), weight: 400, style: 'normal' });
    fonts.push({ name: 'Source Sans 3', data: file('source-sans-3', subset, 600), weight: 600, style: 'normal' });
  }
  return fonts;
}

/** Renders a card to a 1200x630 PNG: satori lays out the text as SVG paths, resvg rasterises it. */
export async function renderSocialCard(input: SocialCardInput, fonts: CardFont[]): Promise<Uint8Array> {
  let svg: string;
  try {
    svg = await satori(socialCardTree(input) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  } catch (cause) {
    throw new Error(`Failed to lay out the social card for "${input.title}".`, { cause });
  }
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Where drawn cards are kept between builds: with the other tools' caches, outside dist/ and git. */
export const CARD_CACHE = join(process.cwd(), 'node_modules/.cache/social-cards');

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
let arabicFonts: CardFont[] | undefined;

/**
 * The fonts a card needs: the site's, and Noto Naskh Arabic (from @fontsource, like the others)
 * when its title, dek or footer has Arabic letters; read only for such a card, and part of its
 * cache key then.
 */
export function fontsForCard(input: SocialCardInput, fonts: CardFont[]): CardFont[] {
  if (!ARABIC_SCRIPT.test(`${input.title} ${input.dek} ${input.footer}`)) return fonts;
  if (!arabicFonts) {
    const require = createRequire(import.meta.url);
    const file = (weight: number) => readFileSync(require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff`));
    arabicFonts = [
      { name: 'Noto Naskh Arabic', data: file(400), weight: 400, style: 'normal' },
      { name: 'Noto Naskh Arabic', data: file(700), weight: 700, style: 'normal' },
    ];
  }
  return [...fonts, ...arabicFonts];
}

let cachedFonts: CardFont[] | undefined;
/** The card fonts, read once per build. */
export function cardFonts(): CardFont[] {
  cachedFonts ??= loadCardFonts();
  return cachedFonts;
}

/** How cards are drawn, besides their tree and fonts: the renderers' versions and the card's size. */
export interface CardRenderer {
  versions: string[];
  width: number;
  height: number;
}

/** The renderer installed here. */
export function installedCardRenderer(): CardRenderer {
  const require = createRequire(import.meta.url);
  const versions = ['satori/package.json', '@resvg/resvg-js/package.json'].map((name) => (require(name) as { version: string }).version);
  return { versions, width: CARD_WIDTH, height: CARD_HEIGHT };
}

/**
 * What decides a card's pixels: the laid-out tree (text and styles), the fonts, the renderers'
 * versions and the card's size. Equal keys give byte-identical PNGs, so a card can be reused.
 */
export function socialCardKey(input: SocialCardInput, fonts: readonly CardFont[], renderer: CardRenderer = installedCardRenderer()): string {
  const hash = createHash('sha256').update(JSON.stringify({ tree: socialCardTree(input), renderer }));
  for (const font of fonts) hash.update(`${font.name}/${font.weight}/`).update(font.data);
  return hash.digest('hex');
}

/**
 * A card from the cache folder when one with the same key was drawn before (a rebuild with
 * unchanged briefings spends nothing on cards), else drawn and stored. The folder is a cache:
 * deleting it only costs time.
 */
export async function cachedSocialCard(input: SocialCardInput, siteFonts: CardFont[], cacheDirectory: string): Promise<Uint8Array> {
  const fonts = fontsForCard(input, siteFonts);
  const file = join(cacheDirectory, `${socialCardKey(input, fonts)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderSocialCard(input, fonts);
    try {
      mkdirSync(cacheDirectory, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    } catch {
      // A read-only node_modules only loses the cache.
    }
    return png;
  }
}
