import { describe, expect, it } from 'vitest';
import { chartDownloads, downloadFiles, toCsv } from '../../../src/lib/charts/chart-downloads.ts';
import { loadChart } from '../../helpers/charts.ts';

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and doubles quotes (RFC 4180)', () => {
    expect(toCsv([{ a: 'plain', b: 'with, comma', c: 'say "no"' }, { a: 1, b: undefined, c: 'two\nlines' }], ['a', 'b', 'c'])).toBe(
      'a,b,c\r\nplain,"with, comma","say ""no"""\r\n1,,"two\nlines"\r\n',
    );
  });
});

describe('toCsv: cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
  it("prefixes text starting with =, +, -, @, tab or carriage return with ' and quotes it", () => {
    const rows = [
      { cell: '=HYPERLINK("http://evil.example","x")' },
      { cell: '+1+1' },
      { cell: '-2+3' },
      { cell: '@SUM(A1)' },
      { cell: '\t=1' },
      { cell: '\r=1' },
    ];
    expect(toCsv(rows, ['cell'])).toBe(
      ['cell', `"'=HYPERLINK(""http://evil.example"",""x"")"`, `"'+1+1"`, `"'-2+3"`, `"'@SUM(A1)"`, `"'\t=1"`, `"'\r=1"`, ''].join('\r\n'),
    );
  });

  it('leaves numbers as numbers, negative ones too, and text that starts otherwise as it was', () => {
    expect(toCsv([{ a: -12, b: 3.5, c: 'Mosul', d: 'a=b', e: '', f: true }], ['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a,b,c,d,e,f\r\n-12,3.5,Mosul,a=b,,true\r\n');
  });
});

describe('chartDownloads', () => {
  const link = (path: string) => `https://example.org${path}`;

  it('gives a timeline one CSV row per event and the same data as JSON', () => {
    const chart = loadChart('timeline', 'timeline');
    const [csv, json] = chartDownloads(chart, link);
    expect(csv!.file).toBe('timeline.csv');
    expect(csv!.body.trimEnd().split('\r\n')).toHaveLength(chart.events.length + 1);
    const data = JSON.parse(json!.body) as { events: { id: string; link: string; quote: string }[] };
    expect(data.events).toHaveLength(chart.events.length);
    expect(data.events.find((event) => event.id === 'moscow-attack')?.link).toBe('https://example.org/sources/nyt-costa-clarke-2024/#p-1');
  });

  it('gives a network a relations CSV, an actors CSV and a JSON file', () => {
    const chart = loadChart('network', 'network');
    expect(downloadFiles(chart).map((file) => file.file)).toEqual(['network.csv', 'network-actors.csv', 'network.json']);
    const [relations, actors] = chartDownloads(chart, link);
    expect(relations!.body.split('\r\n')[0]).toBe('id,from,from_label,type,to,to_label,source,passage,link,quote,note');
    expect(actors!.body.trimEnd().split('\r\n')).toHaveLength(chart.actors.length + 1);
  });

  it('keeps a figure’s qualifier and both ends of a range', () => {
    const chart = loadChart('figures', 'figures');
    const data = JSON.parse(chartDownloads(chart, link).at(-1)!.body) as { figures: Record<string, unknown>[] };
    expect(data.figures.find((figure) => figure.id === 'micro-cells')).toMatchObject({ stated: '150–200', qualifier: 'between', low: 150, high: 200 });
    expect(data.figures.find((figure) => figure.id === 'us-troops-erbil')).toMatchObject({ stated: 'fewer than 500', qualifier: 'fewer than', value: 500 });
  });
});
