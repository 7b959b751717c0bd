import { z } from 'astro/zod';
import { chartTextShape, citedDatumShape } from './cited-datum.ts';

/** What the sources say about a place: each role has its own pattern or symbol on the map. */
export const MAP_ROLES = ['sahel-violence', 'at-risk', 'isis-active', 'isis-zone', 'attack', 'plot-disrupted', 'raid', 'coalition-base'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

const longitudeLatitude = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
    error: 'expected [longitude, latitude] in degrees, for example [44.01, 36.19]',
  });

export const mapPlace = z
  .object({
    ...citedDatumShape,
    /** A country, by its Natural Earth name in world-atlas ("Côte d'Ivoire"): drawn as its outline. Give `country` or `at`, not both. */
    country: z.string().min(1).optional(),
    /** A place that is not a country: its name as the map shows it. Required with `at`. */
    name: z.string().min(1).optional(),
    /** [longitude, latitude] of a place's marker: an approximate locator position, see the file's coordinatesNote. */
    at: longitudeLatitude.optional(),
    /** The label on the map, when it should differ from `country` or `name`. Default: that name. */
    label: z.string().min(1).optional(),
    /**
     * [longitude, latitude] where the label goes, when the automatic position would crowd its
     * neighbours (an approximate position chosen by the editors, usually over the sea): a leader
     * line joins label and mark, and the map is enlarged to include it. Default: placed automatically.
     */
    labelAt: longitudeLatitude.optional(),
    role: z.enum(MAP_ROLES),
    /** Draw this place on the Iraq–Syria inset instead of the main map. Default: false. */
    inset: z.boolean().default(false),
  })
  .strict()
  .superRefine((place, ctx) => {
    if (place.country === undefined && place.at === undefined) {
      ctx.addIssue({ code: 'custom', path: ['at'], message: 'expected either `country` (a country’s outline) or `at` and `name` (a marker)' });
    }
    if (place.country !== undefined && place.at !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['at'], message: 'give `country` or `at`, not both' });
    }
    if (place.at !== undefined && place.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'a place with `at` needs a `name`' });
    }
  });

/** `content/data/<chart>.yaml` with `kind: map`. */
export const mapData = z
  .object({
    kind: z.literal('map'),
    ...chartTextShape,
    /** Shown with every `at` coordinate: how the editors chose them. */
    coordinatesNote: z.string().min(1, 'expected a note on how the coordinates of places were chosen'),
    places: z.array(mapPlace).min(1, 'expected at least one place'),
  })
  .strict();

export type MapPlaceData = z.infer<typeof mapPlace>;
