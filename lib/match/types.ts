/** Shapes shared by the matcher, its corpus readers (in-memory and IndexedDB) and the UI. */
import type { Article } from '../types';
import type { SentenceFeatures } from './features';
import type { PostingList } from './postings';

export type { SentenceFeatures };

/** A corpus sentence as stored, with its features and the claim it was grouped into. */
export interface IndexedSentence {
  id: number;
  articleId: string;
  /** Index of the sentence within its article's body. */
  position: number;
  text: string;
  features: SentenceFeatures;
  /** Claim group id: the id of the sentence that founded the claim. */
  claimId: number;
}

/** Read access to an indexed corpus. Every method is one batched read. */
export interface CorpusReader {
  /** Posting lists of the given index terms (absent: no sentence carries it), in one read. */
  postings(terms: string[]): Promise<Map<string, PostingList>>;
  sentences(ids: number[]): Promise<IndexedSentence[]>;
  /** The sentences of these claims, at most `limitPerClaim` of each, first indexed first. */
  claimMembers(claimIds: number[], limitPerClaim: number): Promise<IndexedSentence[]>;
  articles(ids: string[]): Promise<Article[]>;
  sentenceCount(): Promise<number>;
}

/**
 * How a report's sentence relates to the page sentence it was matched to. 'via-claim': a report
 * of the passage's claim too far from the passage to be called a paraphrase of it (via-claim.ts).
 */
export type Relation = 'verbatim' | 'near-verbatim' | 'paraphrase' | 'different-figure' | 'different-quote' | 'via-claim';

/** Word-level difference from the page wording to a report's wording. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The names each of two sentences gives that the other does not (lib/compare/names.ts). */
export interface DifferingNames {
  /** As the page writes them, in its order. */
  page: string[];
  /** As the report writes them, in its order. */
  report: string[];
}

/** One source's report of a claim found on the page. */
export interface Report {
  sentenceId: number;
  articleId: string;
  outlet: string;
  title: string | null;
  sentence: string;
  score: number;
  relation: Relation;
  /** [page figure, report figure] pairs as written, where the report gives another figure (relation 'different-figure'); else none. */
  figures: [string, string][];
  /** The article this report's article reprints, if it is a copy. */
  copyOf: string | null;
  /** ISO 8601 publication time of the report's article when known (user imports), else null. */
  published: string | null;
  /**
   * People or places the page and the report each give and the other does not (both some), else
   * null. Found where the page is matched, so the content script need not carry the tables it reads.
   */
  names: DifferingNames | null;
}

/** A page sentence that reports a claim also found in the corpus. */
export interface PassageMatch {
  text: string;
  /** Offsets into the text given to matchText (JS string indices, end exclusive). */
  start: number;
  end: number;
  claimId: number;
  score: number;
  reports: Report[];
  /** The claim has more reports than `reports` lists (only the closest are kept; see match.ts). */
  moreReports: boolean;
  /**
   * Linked below the pair cut (score.ts): the closest report shares much of the passage, but
   * may not state the same claim. About a third of such links on the seeds are wrong.
   */
  loose: boolean;
}
