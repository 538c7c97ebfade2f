/**
 * A sentence's coordinate clauses: the parts a semicolon or a comma and a conjunction join
 * ("Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from
 * each side, and Russia had offered to hand over another 3,000 Ukrainian bodies"). Reports of one
 * statement often print such parts as sentences of their own, so a check of whether two sentences
 * tell one fact (lib/panel/figure-conflicts.ts) also compares their parts.
 *
 * Read from punctuation and conjunctions, no parse. A part of fewer than MIN_CLAUSE_WORDS words
 * is a list's last item ("drones, missiles, and glide bombs") or a short aside, so it stays
 * joined to the part before it.
 */

/** Where one coordinate clause ends and the next begins. */
const CLAUSE_BREAK = /\s*;\s*|,\s+(?=(?:and|but|while|whereas|yet)\s)/giu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Words a clause has at least: fewer is a list's item. */
const MIN_CLAUSE_WORDS = 5;

/** The sentence's coordinate clauses, each trimmed; the sentence alone when it has one. */
export function coordinateClauses(sentence: string): string[] {
  const clauses: string[] = [];
  let start = 0;
  for (const brk of sentence.matchAll(CLAUSE_BREAK)) {
    const part = sentence.slice(start, brk.index).trim();
    if (wordCount(part) >= MIN_CLAUSE_WORDS && wordCount(sentence.slice(brk.index + brk[0].length)) >= MIN_CLAUSE_WORDS) {
      clauses.push(part);
      start = brk.index + brk[0].length;
    }
  }
  clauses.push(sentence.slice(start).trim());
  return clauses;
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
