/**
 * The plain BM25 baseline the matcher is compared with: MiniSearch over sentences. A pair
 * is scored by the BM25 score of one sentence for the other as query, divided by the
 * query's score against itself, averaged over both directions.
 */
import MiniSearch from 'minisearch';
import { STOP_WORDS } from '../../lib/text/tables/stopwords';
import type { SentencePair } from './msrp';

export class Bm25Sentences {
  private readonly index = new MiniSearch<{ id: number; text: string; group: string }>({
    fields: ['text'],
    storeFields: ['group'],
    // Standard BM25 practice: lowercase, drop stop words (also keeps queries fast).
    processTerm: (term) => (STOP_WORDS.has(term.toLowerCase()) ? null : term.toLowerCase()),
  });
  private readonly queryCache = new Map<string, { id: number; score: number }[]>();
  private readonly idByText = new Map<string, number>();

  /** `group` (e.g. an article id) can be used to filter results. */
  add(text: string, group = ''): number {
    const key = `${group}\u0000${text}`;
    const known = this.idByText.get(key);
    if (known !== undefined) return known;
    const id = this.idByText.size;
    this.idByText.set(key, id);
    this.index.add({ id, text, group });
    return id;
  }

  /** Results for `query`, best first, leaving out the given groups. */
  search(query: string, excludedGroups: ReadonlySet<string> = new Set()): { id: number; score: number }[] {
    return this.index.search(query, { filter: (r) => !excludedGroups.has(r.group as string) }).map((r) => ({ id: r.id as number, score: r.score }));
  }

  /** Normalised, symmetric BM25 similarity of two sentences already added (group ''). */
  pairScore(a: string, b: string): number {
    return (this.directed(a, b) + this.directed(b, a)) / 2;
  }

  private directed(query: string, target: string): number {
    const results = this.queryCache.get(query) ?? this.search(query);
    this.queryCache.set(query, results);
    const self = results.find((r) => r.id === this.idByText.get(`\u0000${query}`))?.score ?? 0;
    const other = results.find((r) => r.id === this.idByText.get(`\u0000${target}`))?.score ?? 0;
    return self > 0 ? Math.min(1, other / self) : 0;
  }
}

/** The baseline's score of each pair, over an index of the pairs' own sentences (as `npm run pairs` weighs a file by its own). */
export function bm25PairScores(pairs: readonly SentencePair[]): number[] {
  const index = new Bm25Sentences();
  for (const text of new Set(pairs.flatMap((p) => [p.sentence1, p.sentence2]))) index.add(text);
  return pairs.map((p) => index.pairScore(p.sentence1, p.sentence2));
}
