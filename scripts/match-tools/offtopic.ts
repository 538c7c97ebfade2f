/**
 * The blind off-topic set (test/fixtures/eval-offtopic, see its README): three stories unlike
 * the seeds' (a rate rise, floods, an asteroid sample's return) with their own corpus of twelve
 * articles, four labelled pages and labelled sentence pairs, written and labelled by someone
 * who had not read the matcher. It is measured, never tuned on: the closest thing here to the
 * news the product meets on other subjects.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { linkCopies } from '../../lib/corpus/copies';
import { articleFromRecord } from '../../lib/corpus/import/to-article';
import type { ImportRecord } from '../../lib/corpus/import/record';
import { prepareSentences } from '../../lib/match/prepare';
import { loadLabelledPages, type LabelledSentence } from './labelled-pages';
import { parsePairFile, type SentencePair } from './msrp';
import { REPO_ROOT } from './paths';
import type { GoldSentence } from './seeds-queries';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'eval-offtopic');

export interface OfftopicSet {
  /** The set's corpus sentences (no gold claims: pages and pairs carry the labels). */
  corpus: GoldSentence[];
  pages: LabelledSentence[][];
  pairs: SentencePair[];
}

export function loadOfftopicSet(): OfftopicSet {
  const records: Omit<ImportRecord, 'sourceFile'>[] = JSON.parse(readFileSync(path.join(DIR, 'corpus.json'), 'utf8'));
  const articles = linkCopies(records.map((record) => articleFromRecord({ ...record, sourceFile: 'corpus.json' })));
  return {
    corpus: articles.flatMap(prepareSentences).map((s) => ({ ...s, claims: new Set<string>() })),
    pages: loadLabelledPages(DIR),
    pairs: parsePairFile(readFileSync(path.join(DIR, 'pairs.tsv'), 'utf8')),
  };
}
