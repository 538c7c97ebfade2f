/**
 * A sentence's attribution: who it says made the statement ("Kyiv said", "according to the air
 * force", "Kremlin spokesman Dmitry Peskov told"). Two reports of one statement often credit it
 * differently ("Ukraine said…" / "…, Kyiv said"), so a check of whether two sentences tell the
 * same fact can set the attribution aside (lib/panel/same-fact.ts).
 *
 * Read from punctuation and a few reporting verbs, no parse: a clause (between commas, colons,
 * dashes, brackets or quotation marks) that opens with "according to", or the sentence's last
 * clause opening with a reporting verb (", said the ministry."), is attribution whole; in any
 * other clause, a short subject and its reporting verb ("Ukraine's air force said") are. A
 * reporting verb the list lacks only leaves the attribution in the sentence, which then tells
 * more than it does.
 */
import { foldText } from './normalize';

/** Reporting verbs: the verb of an attribution. "claimed", "added" and the like are left out: they are often a claim's own verb ("Russia claimed control of…"). */
const REPORTING_VERB = /\b(?:said|says|say|saying|told|tells|stated|reported|according to)\b/i;

/** Words a reporting verb's subject has at most ("The Russian-installed head of the region"): a longer run before the verb is the claim itself. */
const SUBJECT_WORDS = 8;

/** First words of a reported claim after its verb, never of a subject after it. */
const CLAIM_OPENING = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'that', 'there', 'this']);

/** Stands for the attribution set aside: a stop word. */
const STAND_IN = 'it';

const CLAUSE = /[^,;:()"]+/g;
/** A dash between words, once folded: it ends a clause as a comma does. */
const SPACED_DASH = /\s-+\s/g;
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The sentence with its attribution set aside, for reading what it tells (the text folded:
 * straight quotes, plain dashes). Each attribution is replaced by a pronoun, which analysis
 * drops: a capitalised word after it is then not the sentence's first word, and reads as a
 * name as it did in the sentence (a first word counts as a name only when it is a known one).
 */
export function withoutAttribution(text: string): string {
  const folded = foldText(text).replace(SPACED_DASH, ', ');
  const clauses = [...folded.matchAll(CLAUSE)];
  const last = clauses.filter((c) => HAS_WORD.test(c[0])).at(-1);
  let kept = '';
  let at = 0;
  for (const clause of clauses) {
    const length = attributionLength(clause[0], clause === last);
    if (length === 0) continue;
    kept += `${folded.slice(at, clause.index)} ${STAND_IN} `;
    at = clause.index + length;
  }
  return kept + folded.slice(at);
}

/** How much of the clause, from its start, is attribution: 0, the clause, or a subject and its verb. */
function attributionLength(clause: string, isLast: boolean): number {
  const verb = REPORTING_VERB.exec(clause);
  if (!verb) return 0;
  const before = clause.slice(0, verb.index);
  if (!HAS_WORD.test(before)) {
    const inverted = isLast && mayBeSubject(clause.slice(verb.index + verb[0].length));
    return inverted || verb[0].toLowerCase() === 'according to' ? clause.length : 0;
  }
  return mayBeSubject(before) ? verb.index + verb[0].length : 0;
}

/**
 * Words that can be a reporting verb's subject: a few, no figure (a figure is the claim's: "40
 * drones were launched the air force said"), not opening with a pronoun or "that" (", said it
 * shot down four drones" tells the claim, not who said it).
 */
function mayBeSubject(words: string): boolean {
  const found = words.match(WORD) ?? [];
  const first = found[0];
  return first !== undefined && found.length <= SUBJECT_WORDS && !/\d/.test(words) && !CLAIM_OPENING.has(first.toLowerCase());
}
