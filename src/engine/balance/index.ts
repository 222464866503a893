export { planRebalance, discoverRelations, type BalancePlan } from './plan';
export { applyChanges } from './apply';
export { balanceFamily, BALANCE_RULES } from './family';
export type { Relation, SumRelation, BalanceRelation } from './relations';
export type { Term, TermState } from './terms';
