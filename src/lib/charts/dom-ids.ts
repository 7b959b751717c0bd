/**
 * The element ids of a chart's figure, derived from the chart id so that components, the
 * client scripts and the tests agree. One chart per page: a second copy of the same chart on
 * one page would repeat these ids.
 */
export function chartDomId(chart: string) {
  const figure = `chart-${chart}`;
  return {
    figure,
    title: `${figure}-title`,
    summary: `${figure}-summary`,
    /** The Sources entry of a datum: marks point at it with data-ref, the tooltip reads it. */
    source: (datum: string) => `${figure}-src-${datum}`,
    /** A pattern or marker definition inside the chart's SVG. */
    def: (name: string) => `${figure}-${name}`,
  };
}
