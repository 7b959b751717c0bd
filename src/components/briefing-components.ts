import Analysis from './Analysis.astro';
import Contested from './Contested.astro';
import ContestedView from './ContestedView.astro';
import ActorNetwork from './charts/ActorNetwork.astro';
import Figures from './charts/Figures.astro';
import PlacesMap from './charts/Map.astro';
import Timeline from './charts/Timeline.astro';

/**
 * The components a briefing may use, by the name it writes (`<Analysis>`, `<Timeline />`), given
 * to every render of a briefing (`<Content components={briefingComponents} />` on its page and in
 * the feed), so briefings import nothing. A name not listed here fails the build on the page that
 * uses it ("Expected component `X` to be defined").
 *
 * The chart names are the chart components' file names, which is how the chart-usage check
 * (src/lib/charts/chart-usage.ts) recognizes them; keep the two in step.
 */
export const briefingComponents = { Analysis, Contested, ContestedView, Timeline, Map: PlacesMap, Figures, ActorNetwork };
