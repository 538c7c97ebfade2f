/**
 * What the side panel shows about a page beyond its passages: the articles involved, how the
 * event was covered, and the words each source uses. Plain JSON, sent from the background.
 */
import type { Article } from '../types';
import type { IndexedSentence } from '../match/types';

/** An article as the panel shows it: everything but its text. */
export type ArticleInfo = Omit<Article, 'paragraphs' | 'captions' | 'headings' | 'embeds'>;

/** The parts of an indexed sentence the comparison needs (no features). */
export type SentenceRef = Pick<IndexedSentence, 'id' | 'articleId' | 'position' | 'claimId' | 'text'>;

/** A corpus claim of the event with the articles that carry it. */
export interface EventClaim {
  claimId: number;
  /** The wording of the claim's first original report (first indexed). */
  text: string;
  /** The articles carrying the claim, in the coverage matrix's column order. */
  articleIds: string[];
  /** Independent sources: a copy counts with its original. */
  sources: number;
  copies: number;
  /** The sentences before `text` in its article, when `text` leans on them (claim-context.ts). */
  before: ClaimContext | null;
}

/** What a claim's wording leans on in its article (claim-context.ts). */
export interface ClaimContext {
  /** The sentence before the wording, or the sentences of a quotation it closes; in article order. */
  sentences: string[];
  /** The quotation opens before the first of `sentences` (MAX_CONTEXT_SENTENCES cut it). */
  opensEarlier: boolean;
}

/**
 * A corpus claim this page states with other figures ("6,297 drones" against "5,438 drones"):
 * the same wording around different numbers, found by comparing the texts.
 */
export interface FigureConflict extends EventClaim {
  pageSentence: string;
  /** Pairs of [page figure, corpus figure], as written. */
  figures: [string, string][];
}

/**
 * Where a matrix row's claim stands: on the page, on the page with other figures (a sentence of
 * the page says the same with another number, FigureConflict), or left out.
 */
export type RowPlace = 'page' | 'other-figures' | 'left-out';

export interface CoverageRow {
  claimId: number;
  text: string;
  place: RowPlace;
  articleIds: string[];
}

export interface Coverage {
  /** Claims the event's other sources reported and this page does not, most carried first. */
  notOnPage: EventClaim[];
  /** Claims the page reports with different figures; not in `notOnPage`. */
  otherFigures: FigureConflict[];
  /** Matrix columns: article ids, each original followed by its copies. */
  columns: string[];
  /** Matrix rows: the page's claims in page order, then those it states with other figures, then the claims it leaves out. */
  rows: CoverageRow[];
}

export interface TermUse {
  term: string;
  count: number;
  /** Used only inside quotation marks (someone the source quotes), counted apart from its own use. */
  quoted: boolean;
}

export interface FramingRow {
  /** Article id, or null for the page itself. */
  articleId: string | null;
  /** Terms used, by concept (as FRAMING_CONCEPTS names it), most used first. */
  terms: Record<string, TermUse[]>;
}

export interface FramingTable {
  /** Concepts some source names, in FRAMING_CONCEPTS order. */
  concepts: string[];
  /** The page first, then each source that names one of the concepts (a copy only if it changed its original's words). */
  rows: FramingRow[];
}

/** The page the panel compares: its article text as read, its address and title. */
export interface ComparedPage {
  url: string;
  title: string;
  text: string;
}

/** The corpus article whose text the page prints (page-reprint.ts). */
export interface PageReprint {
  articleId: string;
  /** The page is the copy (the article the original); else the corpus holds the article as a copy of the page. */
  pageIsCopy: boolean;
}

/** A page's reprint with the article it names, which the panel and the hover card both say (reprintWords). */
export interface ReprintNote {
  reprint: PageReprint;
  article: ArticleInfo;
}

export interface PageComparison {
  /** Every article the comparison mentions, by id. */
  articles: Record<string, ArticleInfo>;
  /** The corpus article whose text the page prints, if any. */
  reprint: PageReprint | null;
  coverage: Coverage;
  framing: FramingTable;
}

/** One sentence of an article in the corpus browser, with the claim it belongs to. */
export interface ArticleSentence {
  position: number;
  text: string;
  claimId: number;
  /**
   * Other independent sources carrying the same claim (0: no other source reports it); the
   * articles printing this article's own story are not others (articleSentences).
   */
  otherSources: number;
}

export interface ArticleDetail {
  article: ArticleInfo;
  sentences: ArticleSentence[];
  /** The article it reprints, when it is a copy. */
  original: ArticleInfo | null;
  /** Other articles printing the same story (its original, its copies) that carry its claims: not counted as other sources. */
  sameStory: number;
}

export interface ClaimHit {
  claimId: number;
  text: string;
  /** Each source's original, then its copies. */
  articleIds: string[];
  /** Independent sources among the articles: a copy counts with its original (countSources). */
  sources: number;
  copies: number;
}

export interface CorpusSearchResult {
  claims: ClaimHit[];
  articles: ArticleInfo[];
  /** Articles referred to by the claim hits, by id. */
  claimArticles: Record<string, ArticleInfo>;
}
