/**
 * How to cite a chart, as one line to copy: the site, the chart's title, what it is, the date
 * it was published in this form, its address and the sources its data comes from.
 * "After the Caliphate, “Where the sources place …” (map), 30 November 2025, https://…/visuals/map/. Data: Shafaq News; The New York Times."
 */
export function chartCitation(options: { site: string; title: string; kind: string; date: string; url: string; publishers: readonly string[] }): string {
  const data = options.publishers.length > 0 ? ` Data: ${options.publishers.join('; ')}.` : '';
  return `${options.site}, “${options.title}” (${options.kind}), ${options.date}, ${options.url}.${data}`;
}
