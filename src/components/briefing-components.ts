import type { ChartComponentName } from '../lib/charts/chart-registry.ts';
import Analysis from './Analysis.astro';
import Contested from './Contested.astro';
import ContestedView from './ContestedView.astro';
import ActorNetwork from './charts/ActorNetwork.astro';
import Figures from './charts/Figures.astro';
import PlacesMap from './charts/Map.astro';
import Timeline from './charts/Timeline.astro';

/**
 * The chart components by their registered names (src/lib/charts/chart-registry.ts, which the
 * chart-usage check reads): the type makes a chart listed there and missing here a compile error.
 */
export const chartComponents = { Timeline, Map: PlacesMap, Figures, ActorNetwork } satisfies Record<ChartComponentName, unknown>;

/**
 * The components a briefing may use, by the name it writes (`<Analysis>`, `<Timeline />`), given
 * to every render of a briefing (`<Content components={briefingComponents} />` on its page and in
 * the feed), so briefings import nothing. A name not listed here fails the build on the page that
 * uses it ("Expected component `X` to be defined").
 */
export const briefingComponents = { Analysis, Contested, ContestedView, ...chartComponents };
