// Settles relations one after another: leaves are authoritative, a derived cell is recomputed, a
// residual absorbs a difference. Later relations see the amounts earlier ones planned.
import { convert, equal, minus, sum } from '../money';
import type { Change, Lang, MoneyUnit } from '../schema';
import type { Hit } from '../rules/types';
import { isNegative, matches, roundTo } from './decimal';
import { balanceReason, show, sumReason, why, type Why } from './messages';
import type { BalanceRelation, Relation, SumRelation } from './relations';
import { termKey, type Term } from './terms';

export interface Solution {
  changes: Change[];
  hits: Hit[];
}

export function solve(relations: Relation[], lang: Lang): Solution {
  return new Solver(lang).run(relations);
}

class Solver {
  private readonly planned = new Map<string, string>();
  private readonly changes: Change[] = [];
  private readonly hits: Hit[] = [];

  constructor(private readonly lang: Lang) {}

  run(relations: Relation[]): Solution {
    for (const relation of relations) {
      if (relation.kind === 'sum') this.sum(relation);
      else this.balance(relation);
    }
    return { changes: this.changes, hits: this.hits };
  }

  /** The term's amount with any earlier planned change applied. */
  private current(term: Term): string {
    return this.planned.get(termKey(term)) ?? term.value;
  }

  /** True when some term cannot take part: words instead of an amount (reported), or an uncomputed formula. */
  private blocked(relation: Relation, terms: Term[]): boolean {
    const texts = terms.filter((t) => t.state === 'text');
    for (const t of texts) {
      this.hits.push({
        rule: 'balance.text-part',
        sheet: t.sheet,
        cell: t.cell!,
        params: { label: t.label, text: t.text, relation: relation.relation },
      });
    }
    return texts.length > 0 || terms.some((t) => t.state === 'formula' && t.value === '');
  }

  private sum(relation: SumRelation): void {
    const { total, items } = relation;
    if (this.blocked(relation, [total, ...items]) || total.cell === null) return;
    const expected = sum(items.map((t) => this.current(t)));
    const current = this.current(total);
    if (matches(expected, current, total.decimals)) return;
    if (total.state === 'formula') {
      this.undecided(relation, total, why.formula(total.cell, current, show(expected, total.decimals)));
      return;
    }
    const reason = sumReason(
      {
        label: total.label,
        cell: total.cell,
        items: relation.relation.slice(relation.relation.indexOf('=') + 2),
        count: items.length,
        expected: show(expected, total.decimals),
        before: total.text === '' ? '—' : total.text,
        after: show(expected, total.decimals),
      },
      this.lang,
    );
    this.write(relation, total, expected, reason);
  }

  private balance(relation: BalanceRelation): void {
    const { source, parts, candidates } = relation;
    if (this.blocked(relation, [...source, ...parts])) return;
    if (source.every((t) => t.state === 'empty') || parts.every((t) => t.state === 'empty')) return;
    const unit = relationUnit([...candidates, ...source, ...parts]);
    const inUnit = (t: Term) => (t.unit && unit && !t.unitInferred && t.unit !== unit ? convert(this.current(t), t.unit, unit) : this.current(t));
    const sourceTotal = sum(source.map(inUnit));
    if (equal(sourceTotal, sum(parts.map(inUnit)))) return;
    const diff = show(minus(sourceTotal, sum(parts.map(inUnit))), null);
    if (candidates.length !== 1) {
      const names = candidates.map((c) => c.label);
      const at = candidates[0] ?? parts[0];
      this.undecided(relation, at, names.length ? why.candidates(names, diff) : why.noCandidate(diff), candidates.slice(1));
      return;
    }
    const residual = candidates[0];
    const others = parts.filter((p) => p !== residual);
    const wanted = minus(sourceTotal, sum(others.map(inUnit)));
    const expected = residual.unit && unit && residual.unit !== unit ? convert(wanted, unit, residual.unit) : wanted;
    if (matches(expected, this.current(residual), residual.decimals)) return;
    if (residual.cell === null) return this.undecided(relation, source[0], why.noCell(residual.label));
    if (isNegative(expected)) return this.undecided(relation, residual, why.negative(residual.label, show(expected, residual.decimals)));
    if (residual.state === 'formula') {
      return this.undecided(relation, residual, why.formula(residual.cell, this.current(residual), show(expected, residual.decimals)));
    }
    const reason = balanceReason(
      {
        sourceLabel: relation.sourceLabel,
        sourceTotal: show(sourceTotal, residual.decimals),
        unit: unit ?? residual.unit,
        source: source.map((t) => ({ label: t.label, amount: show(inUnit(t), t.unit === unit ? t.decimals : null) })),
        residual: residual.label,
        others: others.map((o) => o.label),
        after: show(expected, residual.decimals),
      },
      this.lang,
    );
    this.write(relation, residual, expected, reason);
  }

  private write(relation: Relation, term: Term, expected: string, reason: string): void {
    const key = termKey(term);
    const rounded = roundTo(expected, term.decimals);
    const earlier = this.planned.get(key);
    if (earlier !== undefined) {
      this.undecided(relation, term, why.conflict(term.cell!, show(earlier, term.decimals), show(rounded, term.decimals)));
      return;
    }
    this.planned.set(key, rounded);
    this.changes.push({ sheet: term.sheet, cell: term.cell!, before: term.raw, after: term.write(expected), reason, relation: relation.relation });
  }

  private undecided(relation: Relation, at: Term, reason: Why, others: Term[] = []): void {
    const related = others.filter((t) => t.cell !== null).map((t) => t.cell!);
    const hit: Hit = {
      rule: 'balance.undecided',
      sheet: at.sheet,
      cell: at.cell ?? firstCell(relation),
      params: { relation: relation.relation, whyZh: reason.zh, whyEn: reason.en },
    };
    if (related.length) hit.related = related;
    this.hits.push(hit);
  }
}

/** The unit a relation is settled in: the first stated one (candidates first), else none (all alike). */
function relationUnit(terms: Term[]): MoneyUnit | null {
  return terms.find((t) => t.unit && !t.unitInferred)?.unit ?? null;
}

function firstCell(relation: Relation): string {
  const terms = relation.kind === 'sum' ? [relation.total, ...relation.items] : [...relation.source, ...relation.parts];
  return terms.find((t) => t.cell !== null)?.cell ?? 'A1';
}
