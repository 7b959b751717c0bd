import { packRows } from '../lib/charts/timeline/pack-rows.ts';
import { NARROW_SPACING, stackEvents } from '../lib/charts/timeline/stack-events.ts';
import { attachCopyCitation } from './chart-citation.ts';
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
  // The year gridlines start at the top of the rows left, not above the cropped picture.
  for (const line of svg.querySelectorAll<SVGLineElement>('.chart-grid')) {
    line.dataset.y1 ??= line.getAttribute('y1') ?? '0';
    line.setAttribute('y1', String(Number(line.dataset.y1) + crop));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A break in the vertical line, as the build draws it (Timeline.astro): a gap, two strokes and "N years without events". */
function breakMark(lineX: number, y: number, label: string): SVGGElement {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'tl-break');
  group.setAttribute('transform', `translate(0 ${y})`);
  const gap = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ class: 'chart-break-gap', x: lineX - 4, y: -6, width: 8, height: 12 })) gap.setAttribute(name, String(value));
  const strokes = document.createElementNS(SVG_NS, 'path');
  strokes.setAttribute('class', 'chart-break');
  strokes.setAttribute('d', `M${lineX - 6},-2l12,-4M${lineX - 6},5l12,-4`);
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('class', 'chart-tick');
  text.setAttribute('x', String(lineX + 16));
  text.setAttribute('y', '4');
  text.textContent = `${label} without events`;
  group.append(gap, strokes, text);
  return group;
}

/**
 * Re-stacks the vertical timeline over the events a filter leaves (stackEvents, as the build
 * does): they follow one another without gaps, each year is named beside its first event
 * shown, breaks say how many years pass without one, and the picture ends after the last.
 */
function restackNarrow(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.timeline-narrow');
  if (!svg) return;
  const [, , width = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const events = Array.from(svg.querySelectorAll<SVGElement>('.tl-event'));
  const visible = events.filter((event) => !event.classList.contains('is-filtered-out'));
  const stack = stackEvents(visible.map((event) => ({ year: Number(event.dataset.year), height: Number(event.dataset.height) })), NARROW_SPACING);
  const years = new Map(Array.from(svg.querySelectorAll<SVGTextElement>('.tl-year'), (text) => [text.dataset.for ?? '', text]));
  for (const year of years.values()) year.classList.add('is-repeat');
  visible.forEach((event, index) => {
    const shift = stack.tops[index]! - Number(event.dataset.top);
    const transform = shift === 0 ? null : `translate(0 ${shift})`;
    const year = years.get(event.dataset.id ?? '');
    for (const element of [event, year]) {
      if (!element) continue;
      if (transform) element.setAttribute('transform', transform);
      else element.removeAttribute('transform');
    }
    year?.classList.toggle('is-repeat', !stack.firstOfYear[index]);
  });
  const breaks = svg.querySelector<SVGGElement>('.tl-breaks');
  const lineX = Number(breaks?.dataset.lineX);
  breaks?.replaceChildren(...stack.breaks.map((gap) => breakMark(lineX, gap.y, gap.label)));
  svg.querySelector('.tl-line')?.setAttribute('y2', String(stack.height - 4));
  svg.setAttribute('viewBox', `0 0 ${width} ${stack.height}`);
}

export function enhance(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  attachTooltip(figure);
  attachCopyCitation(figure);
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

  const canvas = figure.querySelector<HTMLElement>('.chart-canvas');
  const empty = document.createElement('p');
  empty.className = 'chart-empty';
  empty.textContent = 'No events match these filters. Tick at least one category and one region to see events.';
  empty.hidden = true;
  canvas?.prepend(empty);
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
    // No event left: a sentence instead of a bare axis.
    canvas?.classList.toggle('is-empty', shown === 0);
    empty.hidden = shown !== 0;
    closeRanks(figure);
    restackNarrow(figure);
  };
  form.addEventListener('change', update);
  update();
}
