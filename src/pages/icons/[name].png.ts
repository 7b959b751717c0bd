import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import faviconSvg from '../../../public/favicon.svg?raw';
import { ICON_SIZES } from '../../lib/publishing/favicon.ts';

/** The site icon as PNG at the sizes browsers and the web manifest ask for: /icons/icon-192.png … */
export const getStaticPaths = (() => ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) => {
  const png = new Resvg(faviconSvg, { fitTo: { mode: 'width', value: props.size }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
