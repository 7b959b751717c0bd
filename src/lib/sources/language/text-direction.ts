/**
 * Languages written right to left, by their primary subtag (ISO 639-1 where there is one):
 * Arabic, Persian, Urdu, Pashto, Sindhi, Central Kurdish, Uyghur, Dhivehi, Hebrew, Yiddish,
 * and Arabic's ISO 639-3 macrolanguage members that franc reports.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'arb', 'fa', 'pes', 'ur', 'urd', 'ps', 'pbu', 'sd', 'ckb', 'ug', 'dv', 'he', 'heb', 'yi', 'ydd', 'arz', 'ary', 'apc', 'acm']);

/** A script subtag that settles the direction whatever the language ("az-Arab", "pa-Arab"). */
const RIGHT_TO_LEFT_SCRIPTS = /-(?:Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)(?:-|$)/u;

/** `rtl` or `ltr` for a BCP 47 language tag: what a `dir` attribute should say. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  if (RIGHT_TO_LEFT_SCRIPTS.test(lang)) return 'rtl';
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}

/** The primary language subtag, lower case: "en" for "en-GB". */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

/** Whether two tags name the same language for `lang` purposes ("en" and "en-GB" do). */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}
