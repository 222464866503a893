import type { RuleFamily } from './types';

/**
 * Every rule family, in the order their findings are listed for one cell. Each family module
 * holds its rules as data (id, severity, basis, zh/en message and fix) and one pure check.
 */
export const FAMILIES: RuleFamily[] = [];
