/**
 * Loads a chart kind's script only when one of its figures scrolls into view, and never on a
 * page without that kind of chart. Each chart component's `<script>` calls this with a dynamic
 * import, so the kind's module is a separate file the browser requests only then; without
 * IntersectionObserver the chart simply stays static (it is complete without scripts).
 */
export interface ChartEnhancer {
  enhance(figure: HTMLElement): void;
}

export function enhanceWhenVisible(kind: string, load: () => Promise<ChartEnhancer>): void {
  const figures = document.querySelectorAll<HTMLElement>(`figure[data-chart="${kind}"]`);
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const figure = entry.target as HTMLElement;
      load()
        .then((module) => module.enhance(figure))
        .catch(() => figure.setAttribute('data-chart-script', 'failed'));
    }
  });
  for (const figure of figures) observer.observe(figure);
}
