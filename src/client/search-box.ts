import boxStylesUrl from './search-box.css?url';
import { joinBase, routes } from '../lib/routes.ts';
import { mapSearchResult, type SearchHit } from '../lib/search/map-result.ts';
import { searchTerm } from '../lib/search/pagefind-query.ts';
import { emptySearchState, searchStateUrl } from '../lib/search/search-state.ts';
import { loadPagefind } from './pagefind-loader.ts';
import { el, renderExcerpt, renderHitMeta } from './render-hit.ts';

/** Results shown in the header's list; the search page has the rest. */
const BOX_RESULTS = 5;
/**
 * A key that follows the previous one within this time is part of a burst of typing: the query
 * is not finished, so its words' index chunks are fetched (Pagefind's preload, shared with the
 * final query) but no results are, until the typing pauses this long. A key after a pause, the
 * first of a longer word, searches at once. Measured with npm run bench:search on 5,000 pages,
 * the results of every prefix of "Wadi Hauran" typed at 120 ms a key cost 66 KB of fragments.
 */
const BURST_PAUSE_MS = 180;
/**
 * One or two letters are the start of a query more often than the query, and as a prefix they
 * match so many words that on 5,000 pages the search holds the page for half a second, keys
 * typed meanwhile included: they wait for a pause before searching.
 */
const MIN_IMMEDIATE_LENGTH = 3;
/** Screen readers hear the count once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 500;

interface Option {
  element: HTMLElement;
  url: string;
}

function searchPageUrl(query: string): string {
  return searchStateUrl(joinBase(import.meta.env.BASE_URL, routes.search()), { ...emptySearchState(), query });
}

function resultCount(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}

/**
 * The header search field as a combobox with a list of results (the ARIA "list autocomplete"
 * pattern): typing searches, ↓/↑ move through the results, Enter opens the chosen one (or, with
 * none chosen, submits the form to the search page), Escape closes the list. A polite live region
 * announces the number of results.
 */
function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  // A stylesheet link rather than injected <style>, so a Content-Security-Policy without 'unsafe-inline' styles still allows it.
  document.head.append(el('link', { rel: 'stylesheet', href: boxStylesUrl }));
  const listbox = el('ul', { id: `${input.id}-listbox`, role: 'listbox', class: 'site-search-list', 'aria-label': 'Search results' });
  const popup = el('div', { class: 'site-search-popup', hidden: '' }, listbox);
  const status = el('div', { class: 'visually-hidden', role: 'status' });
  form.append(popup, status);
  input.setAttribute('aria-controls', listbox.id);

  let options: Option[] = [];
  let active = -1;
  let sequence = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const announce = (message: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      status.textContent = message;
    }, ANNOUNCE_DELAY_MS);
  };
  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = () => {
    if (options.length === 0) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const addOption = (url: string, className: string, ...children: Node[]) => {
    const element = el('li', { id: `${listbox.id}-${options.length}`, role: 'option', 'aria-selected': 'false', class: className }, ...children);
    options.push({ element, url });
    listbox.append(element);
  };

  const render = (term: string, total: number, hits: SearchHit[]) => {
    setActive(-1);
    listbox.replaceChildren();
    options = [];
    for (const hit of hits) {
      addOption(hit.url, 'site-search-option', el('span', { class: 'site-search-title' }, hit.title), renderHitMeta(hit, 'site-search-meta'), renderExcerpt(hit.excerpt, 'site-search-excerpt'));
    }
    const more = total === 0 ? `No results for “${term}”: search tips` : total > hits.length ? `All ${resultCount(total)} for “${term}”, with filters` : `Filter these results on the search page`;
    addOption(searchPageUrl(input.value), 'site-search-option site-search-all', el('span', {}, more));
    open();
    form.dataset.renderedQuery = input.value;
    announce(total === 0 ? `No results for ${term}.` : `${resultCount(total)}. Use the up and down arrow keys to choose one.`);
  };

  // When the reader pressed the keys (the events' own times, not when a busy page got to them).
  let previousKey = Number.NEGATIVE_INFINITY;
  let lastKey = Number.NEGATIVE_INFINITY;
  let keyPending = false;
  const update = async (burst: boolean) => {
    const mine = ++sequence;
    const term = searchTerm(input.value);
    if (term === null) {
      listbox.replaceChildren();
      options = [];
      close();
      clearTimeout(announceTimer);
      status.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      if (burst || term.length < MIN_IMMEDIATE_LENGTH) {
        void pagefind.preload(term).catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, BURST_PAUSE_MS));
        if (mine !== sequence) return;
      }
      const response = await pagefind.search(term);
      // Typing on: skip fetching excerpts for a query already replaced.
      if (mine !== sequence) return;
      const data = await Promise.all(response.results.slice(0, BOX_RESULTS).map((result) => result.data()));
      if (mine !== sequence) return;
      render(term, response.results.length, data.map((item) => mapSearchResult(item, { maxSections: 0, query: term })));
    } catch (error) {
      if (mine !== sequence) return;
      console.error('Search failed to load', error);
      announce('Search could not load here. Press Enter to search on the search page.');
    }
  };

  input.addEventListener('input', () => {
    // An input without a key of its own (pasted, dropped, filled in) is a whole query.
    const burst = keyPending && lastKey - previousKey < BURST_PAUSE_MS;
    keyPending = false;
    void update(burst);
  });
  input.addEventListener('focus', open);
  input.addEventListener('keydown', (event) => {
    previousKey = lastKey;
    lastKey = event.timeStamp;
    keyPending = true;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (popup.hidden) open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !popup.hidden && options[active]) {
      event.preventDefault();
      window.location.assign(options[active]!.url);
    } else if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      close();
    }
  });
  // Keep focus in the field while a result is clicked, then follow it.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const item = (event.target as Element).closest('[role="option"]');
    const option = options.find((candidate) => candidate.element === item);
    if (option) window.location.assign(option.url);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });

  void loadPagefind().catch(() => {});
  if (input.value.trim() !== '') void update(false);
}

const boxInput = document.querySelector<HTMLInputElement>('input[data-search-input="box"]');
if (boxInput?.form) enhanceSearchBox(boxInput.form, boxInput);
