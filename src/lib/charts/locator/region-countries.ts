/**
 * What the regions briefings name (their `regions` frontmatter) cover on a map, as Natural
 * Earth names the countries (world-atlas, 1:110m). A region that is itself a country needs no
 * entry. The groupings follow the common usage the sources assume: the European Union with the
 * United Kingdom, Norway and Switzerland; the Middle East and North Africa as the World Bank
 * draws it; the Sahel as its five central states; West Africa as the ECOWAS members.
 */
export const REGION_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  Europe: [
    'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'France', 'Germany', 'Greece',
    'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia',
    'Slovenia', 'Spain', 'Sweden', 'United Kingdom', 'Norway', 'Switzerland',
  ],
  'Middle East and North Africa': [
    'Morocco', 'W. Sahara', 'Algeria', 'Tunisia', 'Libya', 'Egypt', 'Israel', 'Palestine', 'Lebanon', 'Syria', 'Jordan', 'Iraq',
    'Saudi Arabia', 'Yemen', 'Oman', 'United Arab Emirates', 'Qatar', 'Kuwait', 'Iran',
  ],
  Sahel: ['Mauritania', 'Mali', 'Burkina Faso', 'Niger', 'Chad'],
  'West Africa': [
    'Benin', 'Burkina Faso', "Côte d'Ivoire", 'Gambia', 'Ghana', 'Guinea', 'Guinea-Bissau', 'Liberia', 'Mali', 'Niger', 'Nigeria',
    'Senegal', 'Sierra Leone', 'Togo',
  ],
};

/**
 * The countries a list of regions covers, each once, and the regions that name no country
 * the atlas knows (a typo, or a grouping missing above).
 */
export function countriesOfRegions(regions: readonly string[], atlasNames: ReadonlySet<string>): { countries: string[]; unknown: string[] } {
  const countries = new Set<string>();
  const unknown: string[] = [];
  for (const region of regions) {
    const members = REGION_COUNTRIES[region] ?? (atlasNames.has(region) ? [region] : []);
    if (members.length === 0) unknown.push(region);
    for (const country of members) countries.add(country);
  }
  return { countries: [...countries].sort(), unknown };
}
