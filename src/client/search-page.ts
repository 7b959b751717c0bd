import { facetGroups, type FacetGroup } from '../lib/search/facet-groups.ts';
import { mapSearchResult } from '../lib/search/map-result.ts';
import { sortByDate } from '../lib/search/page-order.ts';
import { planFacetCounts, planSearch } from '../lib/search/pagefind-query.ts';
import type { PagefindFilterCounts, PagefindResult } from '../lib/search/pagefind-types.ts';
import { FILTER_LABELS } from '../lib/search/search-labels.ts';
import {
  FILTER_NAMES,
  MAX_QUERY_LENGTH,
  hasActiveFilters,
  parseSearchState,
  sameSearchState,
  searchStateToQueryString,
  searchStateUrl,
  withFilter,
  withoutFilters,
  type FilterName,
  type SearchState,
  type SortOrder,
} from '../lib/search/search-state.ts';
import { loadFacetCounter, loadPagefind } from './pagefind-loader.ts';
import { el, renderHit } from './render-hit.ts';

/** Results rendered per "Show more". */
const PAGE_SIZE = 10;
/** Values shown per filter before "Show all". */
const FACET_PREVIEW = 8;
/** While typing, filter counts wait for a pause this long (they are slow to compute on a large site). */
const FACET_TYPING_DELAY_MS = 300;
/** While typing, the result count is announced once the typing pauses. */
const TYPING_ANNOUNCE_DELAY_MS = 700;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void startSearchPage(root);

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const found = parent.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: missing ${selector}`);
  return found;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The /search/ page: query, filters (with counts) and order live in the address, so a search can
 * be shared and Back steps through it. Typing starts one history entry per burst of typing;
 * every filter or order change adds one.
 */
async function startSearchPage(page: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(page, '#search-form');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const app = required<HTMLElement>(page, '[data-search-app]');
  const noJs = required<HTMLElement>(page, '[data-search-nojs]');
  const facetsRoot = required<HTMLElement>(page, '[data-search-facets]');
  const status = required<HTMLElement>(page, '[data-search-status]');
  const sortSelect = required<HTMLSelectElement>(page, '[data-search-sort]');
  const hitsList = required<HTMLOListElement>(page, '[data-search-hits]');
  const empty = required<HTMLElement>(page, '[data-search-empty]');
  const emptyTitle = required<HTMLElement>(page, '[data-search-empty-title]');
  const emptyFilters = required<HTMLElement>(page, '[data-search-empty-filters]');
  const clearButtons = [...page.querySelectorAll<HTMLButtonElement>('[data-search-clear]')];
  const moreButton = required<HTMLButtonElement>(page, '[data-search-more]');
  const filtersToggle = required<HTMLButtonElement>(page, '[data-search-filters-toggle]');
  const filtersPanel = required<HTMLElement>(page, '[data-search-filters-panel]');
  const filterCount = required<HTMLElement>(page, '[data-search-filter-count]');
  const path = form.getAttribute('action') ?? window.location.pathname;

  let state = parseSearchState(window.location.search);
  let typingEntry = false;
  let sequence = 0;
  let pending: PagefindResult[] = [];
  /** The term the pending results answer: a glossary result opens at the entry it names. */
  let pendingTerm: string | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const expandedFacets = new Set<FilterName>();

  const setStatus = (message: string, typing: boolean) => {
    clearTimeout(announceTimer);
    if (typing) announceTimer = setTimeout(() => (status.textContent = message), TYPING_ANNOUNCE_DELAY_MS);
    else status.textContent = message;
  };

  const showFilterCount = () => {
    const active = FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0);
    filterCount.textContent = active > 0 ? ` · ${active} active` : '';
  };

  const syncControls = () => {
    if (input.value !== state.query) input.value = state.query;
    sortSelect.value = state.sort;
    showFilterCount();
  };

  const commit = (next: SearchState, how: 'push' | 'replace' | 'typing') => {
    const changed = !sameSearchState(next, state);
    state = next;
    showFilterCount();
    const url = searchStateUrl(path, state);
    if (how === 'typing') {
      if (!typingEntry) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      typingEntry = true;
    } else {
      if (how === 'push' && changed) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      typingEntry = false;
    }
  };

  // Listeners go on at once so that nothing typed while Pagefind loads is lost; searches wait for it.
  // Results come from the main-thread instance. Filter counts come from a second one (in a worker on
  // a large index, see pagefind-loader.ts), which loads only when the reader opens a filter, and then
  // only that filter's chunk (planFacetCounts): a first query fetches no filter at all.
  // The results engine loads when there is something to search, or when the reader starts to use
  // the page: a visit that only passes through fetches no engine.
  let results: ReturnType<typeof loadPagefind> | undefined;
  const startResults = () => {
    if (!results) {
      results = loadPagefind();
      results.catch((error: unknown) => {
        console.error('Search failed to load', error);
        noJs.querySelector('strong')!.textContent = 'Search could not load';
        noJs.hidden = false;
        app.hidden = true;
      });
    }
    return results;
  };
  /** Filters whose value lists are open: those the reader opened, and those with selections. */
  const openFacets = new Set<FilterName>();
  const openSelectedFacets = () => {
    for (const name of FILTER_NAMES) if (state.filters[name].length > 0) openFacets.add(name);
  };
  // Someone who started typing before this script ran keeps what they typed.
  if (document.activeElement === input && input.value !== state.query) state = { ...state, query: input.value };
  openSelectedFacets();
  syncControls();
  commit(state, 'replace');

  // What the page shows, for tests and the benchmark to wait on: results, then filter counts.
  const markRendered = () => {
    page.dataset.renderedState = searchStateToQueryString(state);
  };
  const markFacetsRendered = () => {
    page.dataset.renderedFacets = searchStateToQueryString(state);
  };

  /**
   * Every filter as a disclosure: closed, its name alone; open, its values with their counts
   * (`counted`: null while they load). A filter with nothing to offer for these results says so.
   */
  const renderFacets = (counted: FacetGroup[] | null) => {
    const focusedKey = document.activeElement instanceof HTMLInputElement && facetsRoot.contains(document.activeElement)
      ? `${document.activeElement.name}\u0000${document.activeElement.value}`
      : undefined;
    const focusedToggle = document.activeElement instanceof HTMLButtonElement && facetsRoot.contains(document.activeElement)
      ? (document.activeElement.dataset.facetToggle ?? `open:${document.activeElement.dataset.facetOpen}`)
      : undefined;
    facetsRoot.replaceChildren(
      ...FILTER_NAMES.map((name) => {
        const open = openFacets.has(name);
        const opener = el(
          'button',
          { type: 'button', class: 'facet-open', 'aria-expanded': String(open), 'aria-controls': `facet-${name}`, 'data-facet-open': name },
          FILTER_LABELS[name],
        );
        const fieldset = el('fieldset', { 'data-facet': name }, el('legend', {}, opener));
        const list = el('ul', { id: `facet-${name}` });
        list.hidden = !open;
        fieldset.append(list);
        if (!open) return fieldset;
        const group = counted?.find((candidate) => candidate.name === name);
        if (!counted) {
          list.append(el('li', { class: 'facet-loading' }, 'Counting…'));
          return fieldset;
        }
        if (!group) {
          list.append(el('li', { class: 'facet-none' }, 'None for these results'));
          return fieldset;
        }
        const expanded = expandedFacets.has(name) || group.options.length <= FACET_PREVIEW + 2;
        group.options.forEach((option, index) => {
          const checkbox = el('input', { type: 'checkbox', name, value: option.value, form: 'search-form' });
          checkbox.checked = option.selected;
          const item = el('li', {}, el('label', {}, checkbox, ' ', el('span', {}, option.label), ' ', el('span', { class: 'facet-count' }, `(${option.count})`)));
          item.hidden = !expanded && index >= FACET_PREVIEW && !option.selected;
          list.append(item);
        });
        if (group.options.length > FACET_PREVIEW + 2) {
          const toggle = el(
            'button',
            { type: 'button', class: 'facet-toggle', 'aria-expanded': String(expanded), 'aria-controls': list.id, 'data-facet-toggle': name },
            expanded ? `Show fewer` : `Show all ${group.options.length}`,
          );
          fieldset.append(toggle);
        }
        return fieldset;
      }),
    );
    if (focusedKey) {
      const [name, value] = focusedKey.split('\u0000');
      [...facetsRoot.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((box) => box.value === value)?.focus();
    } else if (focusedToggle?.startsWith('open:')) {
      facetsRoot.querySelector<HTMLButtonElement>(`[data-facet-open="${focusedToggle.slice(5)}"]`)?.focus();
    } else if (focusedToggle) {
      facetsRoot.querySelector<HTMLButtonElement>(`[data-facet-toggle="${focusedToggle}"]`)?.focus();
    }
  };

  /** Counts for the open filter lists: while typing, only once typing pauses; never in the way of the results. */
  const updateFacets = async (mine: number, typing: boolean) => {
    const plan = planFacetCounts(state, openFacets);
    if (!plan) {
      renderFacets([]);
      markFacetsRendered();
      return;
    }
    if (typing) await new Promise((resolve) => setTimeout(resolve, FACET_TYPING_DELAY_MS));
    if (mine !== sequence) return;
    if (!facetsRoot.querySelector('.facet-count')) renderFacets(null);
    const instance = await loadFacetCounter();
    if (mine !== sequence) return;
    const [main, ...others] = await Promise.all([
      instance.search(plan.term, plan.main),
      ...plan.facetSearches.map((facet) => instance.search(plan.term, facet.options)),
    ]);
    if (mine !== sequence || !main) return;
    const all: PagefindFilterCounts = { ...main.totalFilters };
    const counts: Partial<Record<FilterName, Record<string, number>>> = {};
    for (const name of openFacets) counts[name] = main.filters[name] ?? {};
    plan.facetSearches.forEach((facet, index) => {
      counts[facet.name] = others[index]?.filters[facet.name] ?? {};
      Object.assign(all, others[index]?.totalFilters);
    });
    const selected = Object.fromEntries(FILTER_NAMES.map((name) => [name, openFacets.has(name) ? state.filters[name] : []])) as SearchState['filters'];
    renderFacets(facetGroups({ all, counts, selected }));
    markFacetsRendered();
  };

  const renderMore = async (focusFirst: boolean) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const mine = sequence;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== sequence) return;
    const items = data.map((item) => renderHit(mapSearchResult(item, { query: pendingTerm })));
    hitsList.append(...items);
    moreButton.hidden = pending.length === 0;
    moreButton.textContent = `Show more results (${pending.length} more)`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async (typing: boolean) => {
    const mine = ++sequence;
    try {
      await search(mine, typing);
    } catch (error) {
      if (mine !== sequence) return;
      console.error('Search failed', error);
      setStatus('Search failed. Try again, or browse the briefings and the source library.', false);
    }
  };

  const search = async (mine: number, typing: boolean) => {
    const pagefind = await startResults();
    if (mine !== sequence) return;
    const plan = planSearch(state);
    for (const button of clearButtons) button.hidden = !hasActiveFilters(state);
    void updateFacets(mine, typing).catch((error: unknown) => console.error('Filter counts failed', error));
    if (!plan) {
      pending = [];
      hitsList.replaceChildren();
      empty.hidden = true;
      moreButton.hidden = true;
      setStatus('Type a word or a name, or choose a filter to list pages.', typing);
      markRendered();
      return;
    }
    // The date order comes from the page numbers (page-order.ts): the index carries no sort list.
    const { sort, ...options } = plan.main;
    const main = await pagefind.search(plan.term, options);
    if (mine !== sequence) return;
    pending = sort?.date ? sortByDate(main.results, sort.date) : main.results;
    pendingTerm = plan.term;
    hitsList.replaceChildren();
    const total = main.results.length;
    await renderMore(false);
    if (mine !== sequence) return;

    const filtered = hasActiveFilters(state);
    const subject = plan.term === null ? '' : ` for “${plan.term}”`;
    const truncated = state.query.trim().length >= MAX_QUERY_LENGTH ? ` Only the first ${MAX_QUERY_LENGTH} characters were searched.` : '';
    empty.hidden = total > 0;
    emptyFilters.hidden = !filtered;
    if (total === 0) emptyTitle.textContent = `No results${subject}${filtered ? ' with these filters' : ''}.`;
    setStatus(`${plural(total, 'result', 'results')}${subject}${filtered ? ', filtered' : ''}.${truncated}`, typing);
    markRendered();
  };

  const toggleFilter = (checkbox: HTMLInputElement) => {
    const name = checkbox.name as FilterName;
    if (!(FILTER_NAMES as readonly string[]).includes(name)) return;
    commit(withFilter(state, name, checkbox.value, checkbox.checked), 'push');
    void run(false);
  };

  input.addEventListener('input', () => {
    commit({ ...state, query: input.value }, 'typing');
    void run(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit({ ...state, query: input.value }, 'push');
    void run(false);
  });
  facetsRoot.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') toggleFilter(event.target);
  });
  facetsRoot.addEventListener('click', (event) => {
    const opener = (event.target as Element).closest<HTMLButtonElement>('[data-facet-open]');
    if (opener) {
      const name = opener.dataset.facetOpen as FilterName;
      if (openFacets.has(name)) openFacets.delete(name);
      else openFacets.add(name);
      const mine = sequence;
      void updateFacets(mine, false).catch((error: unknown) => console.error('Filter counts failed', error));
      return;
    }
    const toggle = (event.target as Element).closest<HTMLButtonElement>('[data-facet-toggle]');
    if (!toggle) return;
    const name = toggle.dataset.facetToggle as FilterName;
    if (expandedFacets.has(name)) expandedFacets.delete(name);
    else expandedFacets.add(name);
    void run(false);
  });
  sortSelect.addEventListener('change', () => {
    commit({ ...state, sort: sortSelect.value as SortOrder }, 'push');
    void run(false);
  });
  for (const button of clearButtons) {
    button.addEventListener('click', () => {
      commit(withoutFilters(state), 'push');
      void run(false);
      input.focus();
    });
  }
  moreButton.addEventListener('click', () => void renderMore(true));
  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    openSelectedFacets();
    typingEntry = false;
    syncControls();
    void run(false);
  });

  filtersToggle.addEventListener('click', () => {
    const open = filtersToggle.getAttribute('aria-expanded') !== 'true';
    filtersToggle.setAttribute('aria-expanded', String(open));
    filtersPanel.hidden = !open;
  });

  noJs.hidden = true;
  app.hidden = false;
  syncControls();
  if (planSearch(state)) {
    await run(false);
    return;
  }
  // Nothing to search yet: say what to do, and load the engine at the reader's first move.
  setStatus('Type a word or a name, or choose a filter to list pages.', false);
  const events = ['pointerdown', 'pointermove', 'keydown', 'focusin', 'touchstart', 'wheel'] as const;
  const begin = () => {
    for (const type of events) window.removeEventListener(type, begin, true);
    void run(false);
  };
  for (const type of events) window.addEventListener(type, begin, { capture: true, passive: true });
}
