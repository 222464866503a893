import type { SheetRead } from '../layout/readSheet';
import type { Lang, Severity, WorkbookModel } from '../schema';

export type RuleFamilyName = 'structure' | 'layout' | 'value' | 'unit' | 'period' | 'money' | 'project' | 'consistency' | 'balance' | 'meaning';

export type Params = Record<string, string | number>;

/** A text in both languages; templates take the hit's params. */
export interface Bilingual<P = Params> {
  zh: (p: P) => string;
  en: (p: P) => string;
}

/** One rule of the catalogue: data the user can read (what, why, how to fix) plus its family's check. */
export interface RuleDef {
  id: string;
  family: RuleFamilyName;
  /** The usual severity; a hit may raise or lower it (e.g. 满意度 missing is a warning, 产出 an error). */
  severity: Severity;
  /** What the rule rests on: a regulation, the form itself, or common sense. */
  basis: { zh: string; en: string };
  message: Bilingual;
  suggestion?: Bilingual;
  /** A read fact that asks nothing of the user: rendered as a note, never highlighted or counted. */
  note?: true;
}

/** A rule firing on one cell, before it is rendered in a language. */
export interface Hit {
  rule: string;
  sheet: string;
  cell: string;
  params?: Params;
  severity?: Severity;
  /** Other cells involved: "A1" on the same sheet or "Sheet!A1". */
  related?: string[];
  /** Every cell of a problem that spans several, `cell` first ("A1" or "Sheet!A1"). */
  cells?: string[];
}

/** Everything a rule may look at: the model and the reader's detail, never the host. */
export interface RuleContext {
  model: WorkbookModel;
  reads: SheetRead[];
}

export interface RuleFamily {
  name: RuleFamilyName;
  rules: RuleDef[];
  check(ctx: RuleContext): Hit[];
}

export type { Lang };
