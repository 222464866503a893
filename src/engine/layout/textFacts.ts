// What the reader asks of a cell's text, worked out once per distinct text: forms repeat the same
// texts in every sheet and the reader asks about each cell several times, so one lookup per cell
// and call replaces one per question.
import { memoByText } from '../memo';
import type { Level1, Level2 } from '../schema';
import { isQuantitative } from '../values';
import { columnRoleOf, level1Of, level2Of, normaliseLabel, type ColumnRole } from '../vocabulary';
import { cellKind, isStrongCategory, type CellKind } from './cellKind';

/** Each answer is the named function's for the same text, computed on first use and kept. */
export class TextFacts {
  /** The text in the form labels are compared in (normaliseLabel). */
  readonly label: string;
  /** columnRoleOf, for a text short enough to head a table column (20 characters at most), else null. */
  readonly headerRole: ColumnRole | null;
  /** Answers to the questions of other modules (see TextQuestion), by question id. */
  private answers: unknown[] | undefined = undefined;
  private roleRead: ColumnRole | null | undefined = undefined;
  private kindRead: CellKind | undefined = undefined;
  private level1Read: Level1 | null | undefined = undefined;
  private level2Read: Readonly<{ level2: Level2; parent: Level1 }> | null | undefined = undefined;
  private quantitativeRead = 0;
  private strongRead = 0;

  constructor(readonly text: string) {
    this.label = normaliseLabel(text);
    this.headerRole = text !== '' && text.length <= 20 ? this.role : null;
  }

  /** The question's answer for this text, asked once. */
  answer<T>(question: TextQuestion<T>): T {
    const answers = (this.answers ??= []);
    let answer = answers[question.id];
    if (answer === undefined) answers[question.id] = answer = question.ask(this);
    return answer as T;
  }

  /** columnRoleOf */
  get role(): ColumnRole | null {
    if (this.roleRead === undefined) this.roleRead = columnRoleOf(this.text);
    return this.roleRead;
  }

  /** cellKind */
  get kind(): CellKind {
    if (this.kindRead === undefined) this.kindRead = cellKind(this.text);
    return this.kindRead;
  }

  /** level1Of */
  get level1(): Level1 | null {
    if (this.level1Read === undefined) this.level1Read = level1Of(this.text);
    return this.level1Read;
  }

  /** level2Of */
  get level2(): Readonly<{ level2: Level2; parent: Level1 }> | null {
    if (this.level2Read === undefined) this.level2Read = level2Of(this.text);
    return this.level2Read;
  }

  /** isQuantitative */
  get quantitative(): boolean {
    if (this.quantitativeRead === 0) this.quantitativeRead = isQuantitative(this.text) ? 1 : 2;
    return this.quantitativeRead === 1;
  }

  /** isStrongCategory */
  get strongCategory(): boolean {
    if (this.strongRead === 0) this.strongRead = isStrongCategory(this.text) ? 1 : 2;
    return this.strongRead === 1;
  }
}

export const factsOf: (text: string) => TextFacts = memoByText((text) => new TextFacts(text));

/**
 * The facts of a cell's text as written, before trimming: the same object as factsOf(its trimmed
 * text), found with one lookup of the sheet's own string (no trimmed copy made on every read).
 */
export const factsOfWritten: (written: string) => TextFacts = memoByText((written) => factsOf(written.trim()));

/**
 * A question a module asks of cell texts (is it a footer label? which header field does it name?),
 * answered once per text and kept with its TextFacts. `ask` must not answer undefined (use null).
 */
export interface TextQuestion<T> {
  readonly id: number;
  readonly ask: (facts: TextFacts) => T;
}

let questions = 0;

export function textQuestion<T>(ask: (facts: TextFacts) => T): TextQuestion<T> {
  return { id: questions++, ask };
}
