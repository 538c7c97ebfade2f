/**
 * Figures that contradict: a number on each side that the other lacks, of the same kind
 * (percentage, ordinal, count) and next to the same term, so both count the same thing
 * ("6,297 drones" / "5,438 drones"). Two numbers next to different terms are just different
 * information ("26,700 square km" / "three years").
 */
import { isNumber } from './features';

/** A number term with the terms around it. */
function numbersWithNeighbours(terms: readonly string[]): Map<string, Set<string>> {
  const numbers = new Map<string, Set<string>>();
  terms.forEach((term, i) => {
    if (!isNumber(term)) return;
    const neighbours = numbers.get(term) ?? new Set<string>();
    for (const t of [terms[i - 1], terms[i + 1]]) if (t !== undefined && !isNumber(t)) neighbours.add(t);
    numbers.set(term, neighbours);
  });
  return numbers;
}

/** Percentages, ordinals and plain counts are different kinds of figure. */
function numberKind(term: string): string {
  return term.endsWith('%') ? '%' : term.endsWith('th') ? 'th' : '';
}

/** Pairs of conflicting number terms [from a, from b], in the order of `a`. */
export function conflictingFigures(a: readonly string[], b: readonly string[]): [string, string][] {
  const numbersA = numbersWithNeighbours(a);
  const numbersB = numbersWithNeighbours(b);
  const onlyB = [...numbersB.keys()].filter((n) => !numbersA.has(n));
  const pairs: [string, string][] = [];
  for (const [n, neighbours] of numbersA) {
    if (numbersB.has(n)) continue;
    const partner = onlyB.find((m) => numberKind(m) === numberKind(n) && [...numbersB.get(m)!].some((t) => neighbours.has(t)));
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
  for (const [number, neighbours] of numbersWithNeighbours(terms)) {
    for (const term of neighbours) keys.add(`${numberKind(number)}|${term}`);
  }
  return keys;
}
