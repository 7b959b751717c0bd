import { z } from 'astro/zod';
import { chartTextShape, citedDatumShape } from './cited-datum.ts';
import { slug } from './slug.ts';

/** Kinds of actor: each has its own node shape. */
export const ACTOR_TYPES = ['jihadist group', 'armed group', 'state', 'government', 'alliance'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Kinds of relation: each has its own line style and label. Read as "from <type> to".
 * Past-tense types record events a source reports ("attacked", "expelled", "warned of an
 * attack"); present-tense types, relations a source describes as lasting. A recommendation or a
 * single joint operation is not a relation and has no type here.
 */
export const RELATION_TYPES = ['fights', 'attacked', 'rival of', 'expelled', 'partners with', 'aligned with', 'leads', 'hosts', 'warned of an attack', 'branch of'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const networkActor = z
  .object({
    ...citedDatumShape,
    /** The name on the chart. */
    label: z.string().min(1),
    type: z.enum(ACTOR_TYPES),
  })
  .strict();

export const networkRelation = z
  .object({
    ...citedDatumShape,
    /** `id` of the actor who acts. */
    from: slug,
    type: z.enum(RELATION_TYPES),
    /** `id` of the other actor. */
    to: slug,
  })
  .strict();

/** `content/data/<chart>.yaml` with `kind: network`. */
export const networkData = z
  .object({
    kind: z.literal('network'),
    ...chartTextShape,
    /** Seed of the force layout's random source: the same seed gives the same picture. Default 1. */
    seed: z.number().int().nonnegative().default(1),
    actors: z.array(networkActor).min(2, 'expected at least two actors'),
    relations: z.array(networkRelation).min(1, 'expected at least one relation'),
  })
  .strict();

export type NetworkActorData = z.infer<typeof networkActor>;
export type NetworkRelationData = z.infer<typeof networkRelation>;
