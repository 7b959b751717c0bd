import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chartImageSvg } from '../../../../src/lib/charts/export/chart-image.ts';

const input = {
  chart: { viewBox: '0 0 600 300', width: 600, height: 300, className: 'chart-svg map-svg', markup: '<rect class="map-sea" width="600" height="300"/>' },
  legend: [
    { key: { viewBox: '-8 -8 16 16', width: 16, height: 16, className: 'map-attack', markup: '<path class="map-symbol" d="M0,-6L6,6H-6Z"/>' }, text: 'Deadly attack' },
    { key: { viewBox: '0 0 22 14', width: 22, height: 14, className: 'map-at-risk', markup: '<rect width="21" height="13"/>' }, text: 'Named as at risk & more' },
  ],
  title: 'Where the sources place the “threat”',
  sourceLine: 'Sources: Shafaq News; The New York Times.',
  credit: 'After the Caliphate · https://briefings.example.org/visuals/map/',
  css: '.map-sea{fill: #fdfcfa}',
  colours: { background: '#ffffff', text: '#1b1b1b', muted: '#52504c' },
};

describe('chartImageSvg', () => {
  it('is one well-formed SVG with the title, the legend, the drawing, the sources and the credit, in that order', () => {
    const { svg, width, height } = chartImageSvg(input);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300);
    const order = ['Where the sources place', 'Deadly attack', 'class="map-sea"', 'Sources: Shafaq News', 'https://briefings.example.org/visuals/map/'].map((text) => svg.indexOf(text.replace('&', '&amp;')));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain('Named as at risk &amp; more');
    expect(svg).toContain('<title>Where the sources place the “threat”</title>');
    expect(svg).toContain('.map-sea{fill: #fdfcfa}');
  });
});
