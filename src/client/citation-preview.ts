/**
 * Citation and glossary preview cards. Without this script a citation is simply a link to the
 * cited paragraph, and a glossary term a link to its entry. With it, hovering or focusing a citation shows its card; a click or tap pins
 * the card active (a second click follows the link); Escape or a click elsewhere closes it.
 * The link's aria-expanded tracks the card; aria-describedby (set at build time) lets
 * screen readers announce the passage without moving focus.
 */
const SHOW_DELAY = 120;
const HIDE_DELAY = 250;

let active: { link: HTMLAnchorElement; card: HTMLElement; pinned: boolean } | undefined;
let timer: number | undefined;
let keyboardUsed = false;

function cardOf(link: HTMLAnchorElement): HTMLElement | null {
  // The card is the link's description (set at build time), so one attribute serves both.
  const id = link.getAttribute('aria-describedby');
  return id ? document.getElementById(id) : null;
}

function place(link: HTMLAnchorElement, card: HTMLElement): void {
  const rect = link.getBoundingClientRect();
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const margin = 8;
  const left = Math.min(Math.max(margin, rect.left + rect.width / 2 - width / 2), window.innerWidth - width - margin);
  const below = rect.bottom + margin;
  const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, rect.top - height - margin);
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}

function hide(): void {
  if (!active) return;
  active.card.hidePopover();
  active.link.setAttribute('aria-expanded', 'false');
  active = undefined;
}

function show(link: HTMLAnchorElement, pinned: boolean): void {
  const card = cardOf(link);
  if (!card) return;
  // A hide scheduled by an earlier leave or blur must not close the card shown now (on touch
  // screens a tap sends pointerleave just before its click).
  window.clearTimeout(timer);
  if (active && (active.link !== link || active.card !== card)) hide();
  if (!active) {
    card.showPopover();
    place(link, card);
    link.setAttribute('aria-expanded', 'true');
    active = { link, card, pinned };
  } else if (pinned) {
    active.pinned = true;
  }
}

function later(action: () => void, delay: number): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(action, delay);
}

function init(): void {
  // Citations and glossary terms alike: each link names its card in aria-describedby.
  const links = document.querySelectorAll<HTMLAnchorElement>('a.cite-link[aria-describedby], a.glossary-link[aria-describedby]');
  for (const link of links) {
    link.setAttribute('aria-expanded', 'false');
    link.addEventListener('pointerenter', (event) => {
      if (event.pointerType === 'mouse') later(() => show(link, false), SHOW_DELAY);
    });
    link.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && !active?.pinned) later(hide, HIDE_DELAY);
    });
    link.addEventListener('focus', () => {
      // Arriving at this citation from a source page's backlink focuses it: that is a place to
      // read from, not a request for its card. Keyboard focus (Tab) still opens the card.
      if (!keyboardUsed && location.hash === `#${link.id}`) return;
      show(link, false);
    });
    link.addEventListener('blur', (event) => {
      const next = event.relatedTarget as Node | null;
      if (active && !active.pinned && !(next && active.card.contains(next))) later(hide, HIDE_DELAY);
    });
    link.addEventListener('click', (event) => {
      // Keyboard activation (detail 0) follows the link; a pointer's first click or tap pins the card.
      if (event.detail === 0) return;
      if (active?.link === link && active.pinned) return;
      event.preventDefault();
      show(link, true);
    });
  }
  for (const card of document.querySelectorAll<HTMLElement>('.cite-card')) {
    card.addEventListener('pointerenter', () => window.clearTimeout(timer));
    card.addEventListener('pointerleave', () => {
      if (!active?.pinned) later(hide, HIDE_DELAY);
    });
    card.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (active && !(next && (active.card.contains(next) || next === active.link))) later(hide, HIDE_DELAY);
    });
  }
  document.addEventListener('keydown', (event) => {
    keyboardUsed = true;
    if (event.key !== 'Escape' || !active) return;
    const { link, card } = active;
    const focusInside = card.contains(document.activeElement);
    hide();
    if (focusInside) link.focus();
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (active && !active.card.contains(target) && !active.link.contains(target)) hide();
  });
  window.addEventListener('scroll', () => {
    if (active) place(active.link, active.card);
  }, { passive: true });
}

init();
export {};
