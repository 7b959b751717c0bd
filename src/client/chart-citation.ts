/**
 * A Copy button for a chart's citation: without scripts the line is there to select (one tap
 * selects it all); with them, one press puts it on the clipboard and says so.
 */
export function attachCopyCitation(figure: HTMLElement): void {
  const block = figure.querySelector<HTMLElement>('.chart-cite');
  const text = block?.querySelector<HTMLElement>('.chart-cite-text');
  if (!block || !text || !navigator.clipboard || block.querySelector('.chart-cite-copy')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'chart-cite-copy';
  button.textContent = 'Copy the citation';
  const status = document.createElement('span');
  status.className = 'chart-cite-status';
  status.setAttribute('aria-live', 'polite');
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(text.textContent?.trim() ?? '').then(
      () => (status.textContent = 'Copied.'),
      () => (status.textContent = 'Could not copy: select the line and copy it.'),
    );
  });
  block.append(button, status);
}
