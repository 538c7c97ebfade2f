/**
 * Figures that contradict: a number on each side that the other lacks, of the same kind
 * (percentage, ordinal, count) and next to the same term, so both count the same thing
 * ("6,297 drones" / "5,438 drones"). Two numbers next to different terms are just different
 * information ("26,700 square km" / "three years").
 *
 * Two readings: as evidence for the claim model (conflictingFigures: a term on either side in
 * common, what the shipped weights were fit with) and as what a reader is told ("Different
 * figure: 250 on this page, 1,200 here": countedConflicts). The second must not pair figures
 * of other things: where both numbers are followed by what they count, that must be the same,
 * since the term before is mostly the clause's verb, which figures of other things share
 * ("exchange 250 civilians" / "exchange 1,200 prisoners").
 */
import { isDate, isNumber } from './features';
import { wordKey } from '../text/analyze';
import { TIME_WORDS } from '../text/tables/numbers';

const TIME_TERMS = new Set(TIME_WORDS.map(wordKey));

/** Where a number stands: the terms beside it, and those after it that can say what it counts. */
interface Neighbours {
  around: Set<string>;
  /** Empty where a date or a time follows ("6.8% in May", "4.5% on Thursday") or nothing does. */
  counted: Set<string>;
}

/** Each number term with its neighbours wherever it stands. */
function numbersWithNeighbours(terms: readonly string[]): Map<string, Neighbours> {
  const numbers = new Map<string, Neighbours>();
  terms.forEach((term, i) => {
    if (!isNumber(term)) return;
    const neighbours = numbers.get(term) ?? { around: new Set<string>(), counted: new Set<string>() };
    for (const t of [terms[i - 1], terms[i + 1]]) if (t !== undefined && !isNumber(t)) neighbours.around.add(t);
    const next = terms[i + 1];
    if (next !== undefined && !isNumber(next) && !isDate(next) && !TIME_TERMS.has(next)) neighbours.counted.add(next);
    numbers.set(term, neighbours);
  });
  return numbers;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Two numbers stand beside a term in common. */
function besideSameTerm(a: Neighbours, b: Neighbours): boolean {
  return intersects(a.around, b.around);
}

/** Two numbers count the same thing, as far as their places tell (see the top of this file). */
function countingSameThing(a: Neighbours, b: Neighbours): boolean {
  return a.counted.size > 0 && b.counted.size > 0 ? intersects(a.counted, b.counted) : besideSameTerm(a, b);
}

/** Percentages, ordinals and plain counts are different kinds of figure. */
function numberKind(term: string): string {
  return term.endsWith('%') ? '%' : term.endsWith('th') ? 'th' : '';
}

/** Pairs of conflicting number terms [from a, from b], in the order of `a`: the claim model's evidence. */
export function conflictingFigures(a: readonly string[], b: readonly string[]): [string, string][] {
  return conflicts(a, b, besideSameTerm);
}

/** Pairs of number terms that count the same thing and differ, in the order of `a`: what a reader is told. */
export function countedConflicts(a: readonly string[], b: readonly string[]): [string, string][] {
  return conflicts(a, b, countingSameThing);
}

function conflicts(a: readonly string[], b: readonly string[], alike: (x: Neighbours, y: Neighbours) => boolean): [string, string][] {
  const numbersA = numbersWithNeighbours(a);
  const numbersB = numbersWithNeighbours(b);
  const onlyB = [...numbersB.keys()].filter((n) => !numbersA.has(n));
  const pairs: [string, string][] = [];
  for (const [n, neighbours] of numbersA) {
    if (numbersB.has(n)) continue;
    const partner = onlyB.find((m) => numberKind(m) === numberKind(n) && alike(neighbours, numbersB.get(m)!));
    if (!partner) continue;
    onlyB.splice(onlyB.indexOf(partner), 1);
    pairs.push([n, partner]);
  }
  return pairs;
}

/**
 * Keys through which a sentence's figures could conflict with another's: each number's kind with
 * each term beside it ("%|rise", "|drone"). Two sentences whose figures conflict share one (the
 * partners of a conflict are of one kind beside one term), so a sentence need only be checked
 * against those sharing a key: the panel's figure checks compare a long page with many claims.
 */
export function figureNeighbourKeys(terms: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const [number, { around }] of numbersWithNeighbours(terms)) {
    for (const term of around) keys.add(`${numberKind(number)}|${term}`);
  }
  return keys;
}
