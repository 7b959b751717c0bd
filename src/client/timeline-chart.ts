import { packRows } from '../lib/charts/timeline/pack-rows.ts';
import { attachTooltip } from './chart-tooltip.ts';

/**
 * Timeline interaction: category and region filters (checkboxes added above the chart, so
 * they exist only when they work) that hide the events and table rows that do not match, with
 * a live count; and the shared tooltip. An event shows when its category is checked and at
 * least one of its regions is.
 */
function checkboxGroup(legend: string, name: string, options: { value: string; label: string }[]): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'chart-filter';
  const title = document.createElement('legend');
  title.textContent = legend;
  fieldset.append(title);
  for (const option of options) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.value = option.value;
    input.checked = true;
    label.append(input, ` ${option.label}`);
    fieldset.append(label);
  }
  return fieldset;
}

/**
 * Re-packs the wide timeline's rows over the events a filter leaves, so they sit next to the
 * axis instead of floating over empty rows, and crops the empty rows off the top of the picture.
 */
function closeRanks(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.timeline-wide');
  if (!svg) return;
  const rowHeight = Number(svg.dataset.rowHeight);
  const gap = Number(svg.dataset.rowGap);
  const [, , width = 0, height = 0] = (svg.dataset.viewBox ??= svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const events = Array.from(svg.querySelectorAll<SVGElement>('.tl-event'));
  const rowCount = Math.max(...events.map((event) => Number(event.dataset.row))) + 1;
  const visible = events.filter((event) => !event.classList.contains('is-filtered-out'));
  const rows = packRows(
    visible.map((event) => {
      const [x = 0, span = 0] = (event.dataset.span ?? '').split(' ').map(Number);
      return { x, width: span };
    }),
    gap,
  );
  visible.forEach((event, index) => {
    const drop = (Number(event.dataset.row) - (rows[index] ?? 0)) * rowHeight;
    if (drop === 0) event.removeAttribute('transform');
    else event.setAttribute('transform', `translate(0 ${drop})`);
  });
  const crop = (rowCount - (visible.length > 0 ? Math.max(...rows) + 1 : 0)) * rowHeight;
  svg.setAttribute('viewBox', `0 ${crop} ${width} ${height - crop}`);
}

export function enhance(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  attachTooltip(figure);
  const key = figure.querySelector<HTMLElement>('.chart-key');
  const categories = Array.from(figure.querySelectorAll<HTMLElement>('.chart-key li[data-category]'), (item) => ({
    value: item.dataset.category ?? '',
    label: item.textContent?.trim() ?? '',
  }));
  const regions = (key?.dataset.regions ?? '').split('|').filter(Boolean).map((pair) => {
    const [value = '', label = ''] = pair.split(':');
    return { value, label };
  });
  const form = document.createElement('form');
  form.className = 'chart-filters';
  form.setAttribute('aria-label', 'Filter the timeline');
  const status = document.createElement('p');
  status.className = 'chart-filter-status';
  status.setAttribute('role', 'status');
  form.append(checkboxGroup('Category', 'category', categories), checkboxGroup('Region', 'region', regions), status);
  form.addEventListener('submit', (event) => event.preventDefault());
  figure.querySelector('.chart-legend')?.after(form);

  const items = Array.from(figure.querySelectorAll<HTMLElement | SVGElement>('.tl-event, tbody tr[data-category]'));
  const total = figure.querySelectorAll('.timeline-wide .tl-event').length;
  const update = () => {
    const checked = (name: string) => new Set(Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (input) => input.value));
    const wantCategories = checked('category');
    const wantRegions = checked('region');
    for (const item of items) {
      const visible = wantCategories.has(item.dataset.category ?? '') && (item.dataset.regions ?? '').split(' ').some((region) => wantRegions.has(region));
      // display: none (charts.css) also takes a hidden mark out of the keyboard order.
      item.classList.toggle('is-filtered-out', !visible);
    }
    const shown = figure.querySelectorAll('.timeline-wide .tl-event:not(.is-filtered-out)').length;
    status.textContent = `Showing ${shown} of ${total} events.`;
    closeRanks(figure);
  };
  form.addEventListener('change', update);
  update();
}
