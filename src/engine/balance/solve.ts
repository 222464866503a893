// Settles relations to a fixed point: leaves are authoritative, a derived cell is recomputed, a
// residual absorbs a difference. A relation sees the amounts the others planned, and the passes
// repeat until no planned amount changes, so applying a plan and planning again finds nothing.
import { convert, decimalOf, equal, minus, sum } from '../money';
import type { CellValue, Change, Lang, MoneyUnit } from '../schema';
import type { Hit } from '../rules/types';
import { isNegative } from './decimal';
import { balanceReason, show, sumReason, why, type Why } from './messages';
import { mismatchHit } from './mismatch';
import type { BalanceRelation, Relation, SumRelation } from './relations';
import { termKey, type Term } from './terms';

export interface Solution {
  changes: Change[];
  hits: Hit[];
}

export function solve(relations: Relation[], lang: Lang): Solution {
  return new Solver(lang).run(relations);
}

/** A derived cell and the relation that computes it: the first relation to derive a cell owns it. */
interface Claim {
  owner: Relation;
  /** The exact amount the owner asks for. */
  value: string;
}

interface Planned {
  /** The amount the cell will read back as once written: what other relations compute with. */
  value: string;
  change: Change;
  hit: Hit | null;
}

class Solver {
  private readonly claims = new Map<string, Claim>();
  private readonly owned = new Map<Relation, string>();
  private readonly planned = new Map<string, Planned>();
  private hits: Hit[] = [];
  /** Set when a pass changed a planned amount: another pass is needed. */
  private moved = new Set<Relation>();

  constructor(private readonly lang: Lang) {}

  run(relations: Relation[]): Solution {
    // Each pass settles at least one more level of a chain of totals; a chain is never longer than
    // the number of relations, so a plan that is still moving after that is circular.
    const limit = relations.length + 2;
    for (let pass = 0; pass < limit; pass++) {
      this.hits = [];
      this.moved = new Set();
      for (const relation of relations) {
        if (relation.kind === 'sum') this.sum(relation);
        else this.balance(relation);
      }
      if (this.moved.size === 0) {
        const planned = [...this.planned.values()];
        return { changes: planned.map((p) => p.change), hits: [...this.hits, ...planned.flatMap((p) => (p.hit ? [p.hit] : []))] };
      }
    }
    // Never settled: write nothing rather than a plan whose totals would disagree again.
    const hits = [...this.moved].map((relation) => this.hitFor(relation, termOf(relation), why.circular()));
    return { changes: [], hits: [...this.hits, ...hits] };
  }

  /** The term's amount in the relation's unit (when both are stated and differ, converted exactly). */
  private inUnit(unit: MoneyUnit | null, t: Term): string {
    return t.unit && unit && !t.unitInferred && t.unit !== unit ? convert(this.current(t), t.unit, unit) : this.current(t);
  }

  /** The term's amount with the change planned for it, if any. */
  private current(term: Term): string {
    return this.planned.get(termKey(term))?.value ?? term.value;
  }

  /** The amounts of the terms as planned (sum relations), or in `unit` (balance relations). */
  private amounts(terms: readonly Term[], unit?: MoneyUnit | null): string[] {
    const out: string[] = [];
    for (let i = 0; i < terms.length; i++) out.push(unit === undefined ? this.current(terms[i]) : this.inUnit(unit, terms[i]));
    return out;
  }

  /** True when some term cannot take part: words instead of an amount (each reported), or an uncomputed formula. */
  private blocked(relation: Relation, terms: readonly Term[]): boolean {
    let blocked = false;
    for (let i = 0; i < terms.length; i++) if (this.blockedTerm(relation, terms[i])) blocked = true;
    return blocked;
  }

  private blockedTerm(relation: Relation, t: Term): boolean {
    if (t.state === 'text') {
      this.hits.push({
        rule: 'balance.text-part',
        sheet: t.sheet,
        cell: t.cell!,
        params: { label: t.label, text: t.text, relation: relation.relation },
      });
      return true;
    }
    return t.state === 'formula' && t.value === '';
  }

  /** Nothing written in any of the terms, and nothing planned there. */
  private unwritten(terms: readonly Term[]): boolean {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (t.state !== 'empty' || t.text !== '' || this.planned.has(termKey(t))) return false;
    }
    return true;
  }

  // sum and balance run for every relation on every pass: no closures or spread copies in them.
  private sum(relation: SumRelation): void {
    const { total, items } = relation;
    // The total's words are reported before its items'.
    const totalBlocked = this.blockedTerm(relation, total);
    if (this.blocked(relation, items) || totalBlocked || total.cell === null) return this.release(relation);
    // Nothing written above the total (and nothing planned there): no sum to hold it to yet.
    if (this.unwritten(items)) return this.release(relation);
    const expected = sum(this.amounts(items));
    if (!equal(expected, total.value) && total.state === 'formula') {
      this.release(relation);
      return this.undecided(relation, total, why.formula(total.cell, show(total.value, total.decimals), show(expected, total.decimals)));
    }
    const after = this.claim(relation, total, expected);
    if (after === undefined) return;
    this.plan(relation, total, expected, after, sumReason({ label: total.label, count: items.length, expected: show(expected, total.decimals) }, this.lang));
  }

  private balance(relation: BalanceRelation): void {
    const { source, parts, candidates } = relation;
    const sourceBlocked = this.blocked(relation, source);
    if (this.blocked(relation, parts) || sourceBlocked) return this.release(relation);
    if (allEmpty(source) || allEmpty(parts)) return this.release(relation);
    const unit = relationUnit(candidates) ?? relationUnit(source) ?? relationUnit(parts);
    const sourceTotal = sum(this.amounts(source, unit));
    const difference = minus(sourceTotal, sum(this.amounts(parts, unit)));
    if (candidates.length !== 1) {
      this.release(relation);
      if (equal(difference, '0')) return;
      const diff = show(difference.replace(/^-/, ''), null);
      const names = candidates.map((c) => c.label);
      const at = candidates[0] ?? parts[0];
      return this.undecided(relation, at, names.length ? why.candidates(names, diff, unit) : why.noCandidate(diff, unit), candidates.slice(1));
    }
    const residual = candidates[0];
    const others: Term[] = [];
    for (let i = 0; i < parts.length; i++) if (parts[i] !== residual) others.push(parts[i]);
    const wanted = minus(sourceTotal, sum(this.amounts(others, unit)));
    const expected = residual.unit && unit && residual.unit !== unit ? convert(wanted, unit, residual.unit) : wanted;
    if (residual.cell === null) {
      this.release(relation);
      if (!equal(expected, residual.value)) this.undecided(relation, source[0], why.noCell(residual.label));
      return;
    }
    if (!equal(expected, residual.value)) {
      const problem = isNegative(expected)
        ? why.negative(residual.label, show(expected, residual.decimals))
        : residual.state === 'formula' ? why.formula(residual.cell, show(residual.value, residual.decimals), show(expected, residual.decimals)) : null;
      if (problem) {
        this.release(relation);
        return this.undecided(relation, residual, problem);
      }
    }
    const after = this.claim(relation, residual, expected);
    if (after === undefined) return;
    const reason = balanceReason(
      {
        sourceLabel: relation.sourceLabel,
        sourceTotal: show(sourceTotal, residual.decimals),
        unit: unit ?? residual.unit,
        source: source.map((t) => ({ label: t.label, amount: show(this.inUnit(unit, t), t.unit === unit ? t.decimals : null) })),
        residual: residual.label,
        others: others.map((o) => o.label),
        after: show(expected, residual.decimals),
      },
      this.lang,
    );
    this.plan(relation, residual, expected, after, reason);
  }

  /**
   * The relation asks for `expected` in `term`: claim the cell (or meet the claim of the relation
   * that owns it). Returns what to write when the cell does not already hold the amount (the caller
   * then plans the change with its reason), else undefined.
   */
  private claim(relation: Relation, term: Term, expected: string): CellValue | undefined {
    const key = termKey(term);
    const claim = this.claims.get(key);
    if (claim && claim.owner !== relation) {
      this.release(relation);
      if (!equal(claim.value, expected)) {
        const planned = show(claim.value, term.decimals);
        this.undecided(relation, term, why.conflict(term.cell!, planned, show(expected, term.decimals)));
      }
      return undefined;
    }
    this.claims.set(key, { owner: relation, value: expected });
    this.owned.set(relation, key);
    // The cell already holds the amount (the usual case): nothing is written, so nothing is formatted.
    const after = equal(expected, term.value) ? undefined : term.write(expected);
    if (after === undefined || sameValue(after, term.raw)) {
      this.unplan(relation, key);
      return undefined;
    }
    return after;
  }

  /** Plans writing `after` (reading back as `expected`) in the claimed cell of `term`. */
  private plan(relation: Relation, term: Term, expected: string, after: CellValue, reason: string): void {
    const key = termKey(term);
    const value = readBack(after, expected);
    const earlier = this.planned.get(key);
    const change: Change = { sheet: term.sheet, cell: term.cell!, before: term.raw, after, reason, relation: relation.relation };
    this.planned.set(key, { value, change, hit: mismatchHit(relation, term, expected) });
    if (!earlier || !equal(earlier.value, value)) this.moved.add(relation);
  }

  /** The relation derives nothing this pass: its claim and any change it planned are withdrawn. */
  private release(relation: Relation): void {
    const key = this.owned.get(relation);
    if (key === undefined) return;
    this.owned.delete(relation);
    this.claims.delete(key);
    this.unplan(relation, key);
  }

  private unplan(relation: Relation, key: string): void {
    if (this.planned.delete(key)) this.moved.add(relation);
  }

  private undecided(relation: Relation, at: Term, reason: Why, others: Term[] = []): void {
    this.hits.push(this.hitFor(relation, at, reason, others));
  }

  private hitFor(relation: Relation, at: Term, reason: Why, others: Term[] = []): Hit {
    const related = others.filter((t) => t.cell !== null).map((t) => t.cell!);
    const hit: Hit = {
      rule: 'balance.undecided',
      sheet: at.sheet,
      cell: at.cell ?? firstCell(relation),
      params: { relation: relation.relation, whyZh: reason.zh, whyEn: reason.en },
    };
    if (related.length) hit.related = related;
    return hit;
  }
}

/** The amount a written value reads back as (a number keeps 15 significant digits, as Excel does). */
function readBack(after: CellValue, expected: string): string {
  return typeof after === 'number' ? (decimalOf(after) ?? expected) : expected;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return a === b;
}

/** The cell a relation derives: its total, or its residual. */
function termOf(relation: Relation): Term {
  return relation.kind === 'sum' ? relation.total : (relation.candidates[0] ?? relation.parts[0] ?? relation.source[0]);
}

function allEmpty(terms: readonly Term[]): boolean {
  for (let i = 0; i < terms.length; i++) if (terms[i].state !== 'empty') return false;
  return true;
}

/** The unit a relation is settled in: the first stated one (candidates first), else none (all alike). */
function relationUnit(terms: Term[]): MoneyUnit | null {
  return terms.find((t) => t.unit && !t.unitInferred)?.unit ?? null;
}

function firstCell(relation: Relation): string {
  const terms = relation.kind === 'sum' ? [relation.total, ...relation.items] : [...relation.source, ...relation.parts];
  return terms.find((t) => t.cell !== null)?.cell ?? 'A1';
}
