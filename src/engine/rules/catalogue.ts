import { consistencyFamily } from './consistency';
import { moneyFamily } from './money';
import { projectFamily } from './projectFields';
import type { RuleFamily } from './types';
import { balanceFamily } from '../balance/family';
import { structureFamily } from './structure';
import { layoutFamily } from './layoutRules';
import { valueFamily } from './valueRules';
import { meaningFamily } from '../meaning/family';

/**
 * Every rule family, in the order their findings are listed for one cell. Each family module
 * holds its rules as data (id, severity, basis, zh/en message and fix) and one pure check.
 */
export const FAMILIES: RuleFamily[] = [moneyFamily, projectFamily, consistencyFamily, structureFamily, layoutFamily, valueFamily, meaningFamily, balanceFamily];
