/** The custom properties of a stylesheet's first `:root { … }` block: the light palette of global.css. */
export function rootVariables(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/u.exec(stripComments(css))?.[1] ?? '';
  const variables: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/gu)) variables[name!] = value!.trim();
  return variables;
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//gu, '');
}

/** Rules at the top level of a stylesheet, at-rule blocks (@media, @container) left out. */
function topLevelRules(css: string): { selectors: string; body: string }[] {
  const rules: { selectors: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let selectors = '';
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '{') {
      if (depth === 0) {
        selectors = css.slice(start, i).trim();
        start = i + 1;
      }
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        if (!selectors.startsWith('@')) rules.push({ selectors, body: css.slice(start, i) });
        start = i + 1;
      }
    }
  }
  return rules;
}

/**
 * The chart stylesheet for a picture that stands alone (an SVG download, the PNG drawn from
 * it), for a renderer without custom properties: each `var()` replaced by its value, from the
 * palette or, for a property a class sets for what is inside it (`.tl-attack { --mark: … }`),
 * by one rule per such class (`.tl-attack .tl-symbol { fill: … }`); `!important` dropped; and
 * only rules of type, class and attribute selectors, without states (:hover, :focus) or media
 * and container queries (the wide drawing is the one exported).
 */
export function standaloneCss(css: string, variables: Record<string, string>): string {
  const rules = topLevelRules(stripComments(css)).map(({ selectors, body }) => ({
    selectors: selectors
      .split(',')
      .map((selector) => selector.trim())
      .filter((selector) => selector !== '' && !selector.includes(':')),
    declarations: body
      .split(';')
      .map((declaration) => declaration.trim().replace(/\s*!important$/u, ''))
      .filter(Boolean),
  }));
  // Custom properties set by classes for their contents: name → [selector, value].
  const contextual = new Map<string, [string, string][]>();
  for (const rule of rules) {
    for (const declaration of rule.declarations) {
      const match = /^(--[\w-]+)\s*:\s*(.+)$/u.exec(declaration);
      if (!match) continue;
      for (const selector of rule.selectors) contextual.set(match[1]!, [...(contextual.get(match[1]!) ?? []), [selector, match[2]!]]);
    }
  }
  const resolve = (value: string, own: Record<string, string> = {}): string =>
    value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/gu, (_match, name: string, fallback?: string) =>
      resolve(own[name] ?? variables[name] ?? fallback?.trim() ?? '', own),
    );
  const out: string[] = [];
  for (const rule of rules) {
    const plain = rule.declarations.filter((declaration) => !declaration.startsWith('--'));
    if (rule.selectors.length === 0 || plain.length === 0) continue;
    // A property whose value is only known inside a class (`fill: var(--mark)`) has none here: left out, not written empty.
    const resolved = plain.map((declaration) => resolve(declaration)).filter((declaration) => !/:\s*$/u.test(declaration));
    if (resolved.length > 0) out.push(`${rule.selectors.join(',')}{${resolved.join(';')}}`);
    for (const [name, definers] of contextual) {
      const using = plain.filter((declaration) => declaration.includes(`var(${name}`));
      if (using.length === 0) continue;
      for (const [definer, value] of definers) {
        const selectors = rule.selectors.map((selector) => `${definer} ${selector}`).join(',');
        out.push(`${selectors}{${using.map((declaration) => resolve(declaration, { [name]: resolve(value) })).join(';')}}`);
      }
    }
  }
  return out.join('\n');
}
