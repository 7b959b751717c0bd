/**
 * On every page, and kept tiny: `/` and Ctrl/Cmd+K move focus to the search field, and the
 * first focus of the header field loads the search box. Nothing else of search (script,
 * styles, Pagefind's WebAssembly or index) is fetched before that.
 */
// `?worker&url` makes Vite bundle the search box as a standalone script and give its address,
// without wrapping the import in its 1.7 KB preload helper, which would triple this file.
import searchBoxUrl from './search-box.ts?worker&url';

const input = document.querySelector<HTMLInputElement>('input[data-search-input]');

if (input) {
  const form = input.form;
  if (input.dataset.searchInput === 'box' && form) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('focus', () => void import(/* @vite-ignore */ searchBoxUrl), { once: true });
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const target = event.target as HTMLElement | null;
    const typing = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target?.tagName ?? '');
    if (commandK || (slash && !typing)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
