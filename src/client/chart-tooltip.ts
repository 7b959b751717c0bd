/**
 * The tooltip of a chart's marks: on hover or keyboard focus, a mark (`a.chart-mark`, whose
 * data-ref names its entry in the figure's Sources list) shows that entry — what the datum
 * says, its source and the quoted passage. Escape hides it. The mark's aria-label already
 * names the datum and its source for screen readers, so the tooltip is aria-hidden.
 */
export function attachTooltip(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('.chart-canvas');
  if (!canvas) return;
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  canvas.append(tip);

  let current: Element | undefined;
  const show = (mark: Element) => {
    const entry = document.getElementById(mark.getAttribute('data-ref') ?? '');
    if (!entry) return;
    current = mark;
    tip.replaceChildren(...Array.from(entry.childNodes, (node) => node.cloneNode(true)));
    for (const link of tip.querySelectorAll('a')) link.removeAttribute('href');
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - frame.left), Math.max(0, frame.width - tip.offsetWidth));
    const below = box.bottom - frame.top + 6;
    const top = below + tip.offsetHeight > frame.height && box.top - frame.top > tip.offsetHeight + 6 ? box.top - frame.top - tip.offsetHeight - 6 : below;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  };
  const hide = (mark?: Element) => {
    if (mark && mark !== current) return;
    tip.hidden = true;
    current = undefined;
  };
  // A place's name (a second link to the same datum, for pointers) shows the same entry.
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('.chart-mark, .chart-label-link') : null);
  canvas.addEventListener('pointerover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  canvas.addEventListener('pointerout', (event) => {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget as Node | null)) hide(mark);
  });
  canvas.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  canvas.addEventListener('focusout', (event) => {
    const mark = markOf(event.target);
    if (mark) hide(mark);
  });
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
