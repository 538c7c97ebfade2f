/**
 * The hard news claim pairs (news-claim-pairs/*.tsv): 720 pairs of invented news sentences on
 * politics, courts, diplomacy, business, health, science, disasters and sport, labelled "same
 * claim" or not by writers who had not read the matcher. They were written hard: the pairs that
 * are not the same claim share more words than those that are (the same template on another
 * event, a denial, the same figure for another thing, planned against done), so lexical overlap
 * points the wrong way on them. A stress test, measured and never trained on
 * (news-pairs-lab.ts says why).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePairFile, type SentencePair } from './msrp';

const DIR = path.join(import.meta.dirname, 'news-claim-pairs');

export function loadNewsClaimPairs(): SentencePair[] {
  return readdirSync(DIR).filter((file) => file.endsWith('.tsv')).sort().flatMap((file) => parsePairFile(readFileSync(path.join(DIR, file), 'utf8')));
}
