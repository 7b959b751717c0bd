import type { ActorType, RelationType } from '../../schema/network-data.ts';
import type { SymbolName } from '../symbols.ts';

/** Relations fall into families, each with a colour (--chart-N, or muted); within a family the line style tells them apart, and each line carries its label. */
export const RELATION_STYLE: Record<RelationType, { family: 'hostile' | 'cooperative' | 'structural'; dash?: string; width: number; directed: boolean }> = {
  fights: { family: 'hostile', width: 2.6, directed: false },
  attacked: { family: 'hostile', width: 1.8, directed: true },
  'rival of': { family: 'hostile', dash: '2 4', width: 2, directed: false },
  expelled: { family: 'hostile', dash: '9 3 2 3', width: 1.8, directed: true },
  'partners with': { family: 'cooperative', dash: '7 4', width: 1.8, directed: false },
  'aligned with': { family: 'cooperative', dash: '5 2 1 2', width: 1.8, directed: true },
  leads: { family: 'cooperative', width: 2.2, directed: true },
  hosts: { family: 'cooperative', dash: '12 4', width: 1.8, directed: true },
  'warned of an attack': { family: 'cooperative', dash: '2 3', width: 2, directed: true },
  'branch of': { family: 'structural', width: 1.5, directed: true },
};

export const ACTOR_STYLE: Record<ActorType, { symbol: SymbolName; colour: number; name: string }> = {
  'jihadist group': { symbol: 'triangle', colour: 2, name: 'Jihadist group' },
  'armed group': { symbol: 'diamond', colour: 3, name: 'Armed group' },
  state: { symbol: 'circle', colour: 1, name: 'State' },
  government: { symbol: 'square', colour: 5, name: 'Government or ruling authority' },
  alliance: { symbol: 'star', colour: 4, name: 'Alliance or coalition' },
};
