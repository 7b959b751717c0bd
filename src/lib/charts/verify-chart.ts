import type { SourceLibrary } from '../citations/source-library.ts';
import { formatPartialDate, isoPartialDate, isPartialDate, parsePartialDate } from '../dates/partial-date.ts';
import type { ChartData } from '../schema/chart-data.ts';
import type { FigureDatumData } from '../schema/figures-data.ts';
import { closestFirst } from '../text/closest.ts';
import type { ChartProblem } from './chart-problem.ts';
import { citeDatum, findInQuote } from './cite-datum.ts';
import { QUALIFIER_WORDS, readStatedFigure, trailingQualifier } from './stated-figure.ts';
import type { Cited, VerifiedChart, VerifiedTimelineEvent } from './types.ts';

export interface VerifyChartOptions {
  /** The chart's id (its file name without extension). */
  id: string;
  library: SourceLibrary;
  /** Country names the map can draw (Natural Earth names from world-atlas). */
  countryNames: readonly string[];
  /** Line of a value in the data file, for problem locations. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface VerifyChartResult {
  chart?: VerifiedChart;
  problems: ChartProblem[];
}

type Datum = { id: string; source: string; quote: string };

/**
 * Verifies a schema-valid chart: every datum's source and quote (the citation matcher), ids
 * unique within their list, and each kind's references (regions, panels, actors, countries)
 * and figures (the stated figure appears in the quote with its qualifier and number). Pure:
 * the library and the country names are passed in.
 */
export function verifyChart(data: ChartData, options: VerifyChartOptions): VerifyChartResult {
  const problems: ChartProblem[] = [];
  const lineOf = options.lineOf ?? (() => undefined);

  const problemAt = (list: string, index: number, datum: { id?: string } | undefined, field: string | undefined, message: string, hint?: string) => {
    const path: PropertyKey[] = [list, index, ...(field ? field.split('.') : [])];
    const line = lineOf(path);
    problems.push({
      ...(line !== undefined ? { line } : {}),
      datum: { list, index, ...(datum?.id ? { id: datum.id } : {}) },
      ...(field ? { field } : {}),
      message,
      ...(hint ? { hint } : {}),
    });
  };

  /** Cites every datum of a list and checks ids are unique; returns the cited data (undefined where a datum failed). */
  const citeList = <T extends Datum>(list: string, items: readonly T[]): (Cited<T> | undefined)[] => {
    const seen = new Map<string, number>();
    return items.map((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) problemAt(list, index, item, 'id', `duplicate id "${item.id}", already used by ${list}[${first}]`, 'give each datum of a list its own id.');
      else seen.set(item.id, index);
      const result = citeDatum(item, options.library);
      if ('problem' in result) {
        problemAt(list, index, item, result.problem.field, result.problem.message, result.problem.hint);
        return undefined;
      }
      return { ...item, citation: result.citation };
    });
  };

  const complete = <T>(items: (T | undefined)[]): T[] | undefined => (items.every((item) => item !== undefined) ? (items as T[]) : undefined);
  const base = { id: options.id, title: data.title, caption: data.caption };

  switch (data.kind) {
    case 'timeline': {
      const cited = citeList('events', data.events);
      const events = cited.map((event, index): VerifiedTimelineEvent | undefined => {
        const raw = data.events[index];
        if (!raw) return undefined;
        raw.regions.forEach((region, r) => {
          if (!data.regions.includes(region)) {
            problemAt('events', index, raw, `regions.${r}`, `unknown region "${region}"; expected one of the file’s regions: ${data.regions.join(', ')}`, `closest: ${closestFirst(region, data.regions)[0] ?? ''}; or add it to \`regions\` at the top of the file.`);
          }
        });
        const when = parsePartialDate(raw.date);
        if (!isPartialDate(when)) {
          problemAt('events', index, raw, 'date', when.error, 'write the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", at the precision the source gives.');
          return undefined;
        }
        if (!event) return undefined;
        const label = formatPartialDate(when);
        return { ...event, when, dateLabel: raw.dateQualifier === 'by' ? `by ${label}` : label, iso: isoPartialDate(when) };
      });
      const all = complete(events);
      return { problems, ...(all && problems.length === 0 ? { chart: { kind: 'timeline', ...base, regions: data.regions, events: all } } : {}) };
    }
    case 'map': {
      const cited = citeList('places', data.places);
      const places = cited.map((place, index) => {
        const raw = data.places[index];
        if (!raw) return undefined;
        if (raw.country !== undefined && !options.countryNames.includes(raw.country)) {
          problemAt('places', index, raw, 'country', `unknown country "${raw.country}"; expected a country name as world-atlas (Natural Earth) spells it`, `closest: ${closestFirst(raw.country, options.countryNames).slice(0, 3).join(', ')}`);
        }
        if (raw.inset && raw.at === undefined) {
          problemAt('places', index, raw, 'inset', 'only places with `at` can be drawn on the inset', 'countries are drawn on the main map; remove `inset` or give the place `at` and `name`.');
        }
        return place ? { ...place, label: raw.label ?? raw.name ?? raw.country ?? raw.id } : undefined;
      });
      const all = complete(places);
      return { problems, ...(all && problems.length === 0 ? { chart: { kind: 'map', ...base, coordinatesNote: data.coordinatesNote, places: all } } : {}) };
    }
    case 'figures': {
      const panelIds = data.panels.map((panel) => panel.id);
      data.panels.forEach((panel, index) => {
        if (panelIds.indexOf(panel.id) !== index) problemAt('panels', index, panel, 'id', `duplicate panel id "${panel.id}"`);
        if (!data.figures.some((figure) => figure.panel === panel.id)) problemAt('panels', index, panel, undefined, `panel "${panel.id}" has no figures`, 'remove the panel or give a figure `panel: ' + panel.id + '`.');
      });
      const cited = citeList('figures', data.figures);
      data.figures.forEach((figure, index) => {
        if (!panelIds.includes(figure.panel)) {
          problemAt('figures', index, figure, 'panel', `unknown panel "${figure.panel}"; expected one of ${panelIds.join(', ')}`, `closest: ${closestFirst(figure.panel, panelIds)[0] ?? ''}`);
        }
        for (const problem of checkStatedFigure(figure)) problemAt('figures', index, figure, problem.field, problem.message, problem.hint);
      });
      const all = complete(cited);
      return { problems, ...(all && problems.length === 0 ? { chart: { kind: 'figures', ...base, panels: data.panels, figures: all } } : {}) };
    }
    case 'network': {
      const actors = citeList('actors', data.actors);
      const relations = citeList('relations', data.relations);
      const actorIds = data.actors.map((actor) => actor.id);
      data.relations.forEach((relation, index) => {
        for (const end of ['from', 'to'] as const) {
          if (!actorIds.includes(relation[end])) {
            problemAt('relations', index, relation, end, `unknown actor "${relation[end]}"; expected the id of one of the file’s actors`, `closest: ${closestFirst(relation[end], actorIds).slice(0, 3).join(', ')}`);
          }
        }
        if (relation.from === relation.to) problemAt('relations', index, relation, 'to', `a relation from "${relation.from}" to itself`, 'a relation joins two different actors.');
      });
      const allActors = complete(actors);
      const allRelations = complete(relations);
      return {
        problems,
        ...(allActors && allRelations && problems.length === 0
          ? { chart: { kind: 'network', ...base, seed: data.seed, actors: allActors, relations: allRelations } }
          : {}),
      };
    }
  }
}

/**
 * A figure must be what the source says: `stated` appears in the quote, opens with the words
 * of `qualifier` (and the quote does not qualify it further), and holds `value` or `range`.
 */
export function checkStatedFigure(figure: FigureDatumData): { field: string; message: string; hint?: string }[] {
  const problems: { field: string; message: string; hint?: string }[] = [];
  const found = findInQuote(figure.stated, figure.quote);
  if (!found) {
    problems.push({ field: 'stated', message: `"${figure.stated}" does not appear in the quote`, hint: 'copy the figure from the quote exactly as the source writes it, qualifier included.' });
    return problems;
  }
  const read = readStatedFigure(figure.stated);
  const expectedWords = QUALIFIER_WORDS[figure.qualifier];
  const sourceQualifier = read.qualifier ?? trailingQualifier(found.before);
  if (expectedWords === undefined && sourceQualifier !== undefined) {
    problems.push({
      field: 'qualifier',
      message: `the source qualifies this figure with "${sourceQualifier}", but qualifier is "${figure.qualifier}"`,
      hint: `write stated: "${read.qualifier ? figure.stated : `${sourceQualifier} ${figure.stated}`}" and the matching qualifier, so the chart does not claim more precision than the source.`,
    });
  } else if (expectedWords !== undefined && sourceQualifier !== expectedWords) {
    problems.push({
      field: 'qualifier',
      message: sourceQualifier
        ? `qualifier is "${figure.qualifier}" but the source says "${sourceQualifier}"`
        : `qualifier is "${figure.qualifier}" but "${figure.stated}" does not say "${expectedWords}"`,
      hint: 'the qualifier must be the source’s own word; include it in `stated`.',
    });
  }
  const expectedNumbers = figure.qualifier === 'between' ? (figure.range ?? []) : figure.value !== undefined ? [figure.value] : [];
  if (read.numbers.length !== expectedNumbers.length || read.numbers.some((number, i) => number !== expectedNumbers[i])) {
    problems.push({
      field: figure.qualifier === 'between' ? 'range' : 'value',
      message: `"${figure.stated}" reads as ${read.numbers.length > 0 ? read.numbers.join(' to ') : 'no number'}, but the datum has ${expectedNumbers.join(' to ') || 'none'}`,
      hint: 'the number must be the one the source states.',
    });
  }
  return problems;
}
