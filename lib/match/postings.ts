/**
 * Posting lists of the inverted index: for each index term, how many corpus sentences carry it
 * and, while they are few, which. A term carried by more sentences than
 * MAX_CANDIDATE_POSTINGS ("Russia", "said") finds no candidates (see candidates.ts), so its ids
 * are dropped and only its count is kept: lists stay bounded, and appending to them stays cheap
 * however large the corpus grows.
 */
/**
 * A term carried by more sentences than this finds no candidates of its own: in a large corpus
 * it would make every query walk thousands of ids, and the rarer terms of the same sentence
 * find the reports anyway. Its count still lowers its weight (idf).
 */
export const MAX_CANDIDATE_POSTINGS = 1_000;

export interface PostingList {
  /** How many sentences carry the term: its sentence frequency. */
  df: number;
  /** Their ids in ascending order; empty once df exceeds MAX_CANDIDATE_POSTINGS. Typed, so
   *  IndexedDB copies it in one block rather than number by number. */
  ids: Uint32Array;
}

export const EMPTY_POSTINGS: PostingList = { df: 0, ids: new Uint32Array(0) };

/** Whether a list is still short enough to find candidates. */
export function isSelective(list: PostingList): boolean {
  return list.df <= MAX_CANDIDATE_POSTINGS;
}

/** A term the corpus carries (it has a list) in more sentences than a list keeps: pairs stand in for it. */
export function isCommon(postings: ReadonlyMap<string, PostingList>, term: string): boolean {
  const list = postings.get(term);
  return list !== undefined && !isSelective(list);
}

/** The list with more ids (all above its own) appended, as the index stores it. */
export function appendPostings(list: PostingList, ids: readonly number[]): PostingList {
  const df = list.df + ids.length;
  return df > MAX_CANDIDATE_POSTINGS ? { df, ids: EMPTY_POSTINGS.ids } : extendPostings(list, ids);
}

/** The list with more ids appended and every id kept, however many: a batch ranks with it. */
export function extendPostings(list: PostingList, ids: readonly number[]): PostingList {
  const joined = new Uint32Array(list.ids.length + ids.length);
  joined.set(list.ids);
  joined.set(ids, list.ids.length);
  return { df: list.df + ids.length, ids: joined };
}

/** Sentence ids under each of their index terms, in the order given: [id, its index terms]. */
export function idsByTerm(sentences: Iterable<readonly [number, readonly string[]]>): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  for (const [id, terms] of sentences) {
    for (const term of terms) {
      const ids = byTerm.get(term);
      if (ids) ids.push(id);
      else byTerm.set(term, [id]);
    }
  }
  return byTerm;
}
