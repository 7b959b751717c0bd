/**
 * Copy buttons, a progressive enhancement: `<button type="button" data-copy-target="id" hidden>`
 * is shown only where the Clipboard API is available, and copies the text of the element `id`.
 * Without JavaScript the button stays hidden and the text is there to select. The result is
 * announced in the element named by `data-copy-status` (a `role="status"` region).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    const status = document.getElementById(button.dataset.copyStatus ?? '');
    if (!target) return;
    // Emptied first, so a second copy is announced again.
    const announce = (message: string) => {
      if (!status) return;
      status.textContent = '';
      window.setTimeout(() => (status.textContent = message), 50);
    };
    navigator.clipboard.writeText((target.textContent ?? '').trim()).then(
      () => announce(`Copied ${button.dataset.copyWhat ?? 'the text'}.`),
      () => announce('Could not copy: select the text and copy it instead.'),
    );
  });
}
