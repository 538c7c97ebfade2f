/**
 * Every message exchanged between the content script, the background and the side panel,
 * with its payload and answer types. Receivers call `parseRequest` before acting: a message
 * of unknown type or with a malformed payload gets an error answer, never a crash.
 *
 * Messages are grouped by direction (as in the Hypothesis client) so that each context
 * only handles what is addressed to it.
 */
import type { PassageMatch } from './match/types';
import type { ArticleSummary, ImportResult } from './store/corpus-store';
import type { ImportFileSummary } from './store/import-files';
import { RECORD_FIELDS, FIELD_CHECKS, type ImportRecord } from './corpus/import/record';
import { IMPORT_EXTENSIONS, isImportFileName, MAX_ARTICLES_PER_IMPORT } from './corpus/import/limits';
import type { SiteSettings } from './settings';
import type { ArticleDetail, CorpusSearchResult, PageComparison, ReprintNote } from './panel/types';

/**
 * Why a page is not analyzed, each a page state of its own. 'no-text': read as the reader
 * asked, though not an article, and no prose was found.
 */
export const SKIP_REASONS = ['not-article', 'no-text', 'paused'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * The stories of a page that holds several (an infinite scroll appends the next below the
 * first), as the content script read them: each one's whole text, in page order, and which one
 * the page's address names, by the title carrying its headline (null: it names none of them).
 * Absent on a page of one article, whose whole text is the article.
 */
export interface PageStories {
  texts: string[];
  named: number | null;
}

/** Where the extension stands on the current tab. */
export type PageStatus = 'idle' | 'analyzing' | 'done' | SkipReason | 'error';

export interface TabState {
  tabId: number;
  url: string;
  title: string;
  status: PageStatus;
  passages: PassageMatch[];
  error?: string;
  /**
   * The page's last whole article text, kept while it is analyzed again: the side panel's
   * framing and figure checks read it, and "Add this page" stores it, on a page of one article.
   */
  text?: string;
  /**
   * On a page that holds several stories, the one its address names, which "Add this page"
   * stores instead of `text`: one story is never stored under another's address, nor two as one
   * article. Null when the page's title names none of them; absent on a page of one article.
   */
  story?: string | null;
  /** The claim whose card last asked for the side panel, and when: the panel opens at it. */
  focus?: { claimId: number; at: number };
}

/**
 * The background mirrors each tab's state in storage.session under this key (it outlives a
 * worker restart); the side panel watches the key to follow its tab without asking again.
 */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

/**
 * The background writes a new value under this key in storage.session whenever an index build
 * starts or ends (an import, a deletion, the bundled corpus installed): the side panel and the
 * options page watch it to refresh their corpus line, which no tab's state would tell them.
 */
export const INDEX_BUILD_KEY = 'index:build';

/** A storage.onChanged event's changes, each key's value before and after. */
export type SessionChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/**
 * The new value a storage.session change holds under `key`, or null when it holds none. Firefox
 * lists every key of the area on any write, changed or not (its bug 1833153), so a key listed
 * with the value it had counts as unchanged. The values published here are strings or flat
 * records (IndexStatus, ImportProgress), compared field by field: each change event carries
 * copies, never the object written.
 */
export function publishedChange(changes: SessionChanges, key: string): { value: unknown } | null {
  const change = changes[key];
  if (change === undefined || samePublished(change.oldValue, change.newValue)) return null;
  return { value: change.newValue };
}

function samePublished(a: unknown, b: unknown): boolean {
  if (!isObject(a) || !isObject(b)) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** Whether a storage.session change holds a new INDEX_BUILD_KEY value. */
export const buildChanged = (changes: SessionChanges): boolean => publishedChange(changes, INDEX_BUILD_KEY) !== null;

/**
 * The background publishes the index status (IndexStatus below) in storage.session under this
 * key each time it changes: after each change to the corpus (every index chunk among them) and
 * as each build starts and ends. The options page follows it; a page that just opened asks for
 * it (getIndexStatus), which the background answers without reading the counts again.
 */
export const INDEX_STATUS_KEY = 'index:status';

/**
 * The background publishes the options page's import under way in storage.session under this
 * key, as it goes (ImportProgress below), and removes it once the import is cancelled,
 * fails, or its articles are indexed: a page opened or reloaded meanwhile shows it too, and no
 * page polls for it.
 */
export const IMPORT_PROGRESS_KEY = 'import:progress';

/**
 * Where an import stands in the background. 'checking': its articles are compared with the
 * corpus for duplicates and reprints, nothing written yet, so a cancel leaves the corpus as it
 * was; 'storing': past the commit point, its transaction writes; 'indexing': stored, the index
 * is extended with them and their sentences grouped into claims.
 */
export const IMPORT_PHASES = ['checking', 'storing', 'indexing'] as const;
type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportProgress {
  /** The options page's id for its import (importArticles, cancelImport). */
  importId: string;
  phase: ImportPhase;
  /** Articles of the phase done (indexed ones while indexing; 0 before), of `total`: the records sent, then the articles added. */
  done: number;
  total: number;
}

/** The longest corpus search the background takes; the panel's search box holds no more. */
export const MAX_SEARCH_CHARS = 200;

export interface IndexStatus {
  articles: number;
  userArticles: number;
  sentences: number;
  claims: number;
  /** Articles waiting to be indexed; 0 when the index is complete. */
  pending: number;
  state: 'building' | 'ready' | 'error';
  error?: string;
}

/** Requests handled by the background, from the content script or the side panel. */
export interface BackgroundRequests {
  /**
   * The content script sends the article text it found; the answer lists its reported passages.
   * `whole`: the text is the whole article, not only paragraphs that are new since the last call
   * (the tab keeps its last whole text, which the panel compares and "Add this page" stores).
   * `stories`: the page's stories as they are now, whole, where it holds several; none of them,
   * nor the page, is its own source.
   */
  analyzePage: { req: { url: string; title: string; text: string; whole: boolean; stories?: PageStories }; res: { passages: PassageMatch[] } };
  /** The content script reports that it does not analyze the page, and why. */
  pageSkipped: { req: { url: string; title: string; reason: SkipReason }; res: { ok: true } };
  /**
   * The content script reports that analyzePage failed even after its retry (the worker stopped
   * under both attempts, say), so the tab is not shown as being analyzed for ever.
   */
  analysisFailed: { req: { url: string; title: string; error: string }; res: { ok: true } };
  /** A click in the hover card asks for the side panel, at a claim. */
  openSidePanel: { req: { claimId: number | null }; res: { opened: boolean } };
  /** The side panel asks what was found on a tab. */
  getTabState: { req: { tabId: number }; res: TabState | null };
  /** The side panel asks for the index's progress and size. */
  getIndexStatus: { req: Record<string, never>; res: IndexStatus };
  /** The side panel asks the content script of a tab to show a passage (forwarded). */
  revealPassage: { req: { tabId: number; passageIndex: number }; res: { ok: boolean } };
  /**
   * The content script reports every passage painted on its page, in page order, after it
   * analyzed only the paragraphs that changed: the tab's state lists them all for the panel.
   */
  pagePassages: { req: { url: string; title: string; passages: PassageMatch[]; text: string; stories?: PageStories }; res: { ok: true } };
  /** The content script or the side panel asks whether highlights are on for a site. */
  getSettings: { req: { site: string }; res: SiteSettings };
  /** The side panel or the page's keyboard command switches highlights globally or for a site. */
  updateSettings: { req: { site: string; enabled: boolean; sitePaused: boolean }; res: SiteSettings };
  /** The side panel asks how the tab's event was covered: left-out claims, outlet matrix, framing. */
  getComparison: { req: { tabId: number }; res: PageComparison | null };
  /** The hover card asks whether its tab's page reprints a corpus article, as the panel's comparison would tell. */
  getPageReprint: { req: Record<string, never>; res: ReprintNote | null };
  /** The side panel's corpus browser searches claims and articles. */
  searchCorpus: { req: { query: string }; res: CorpusSearchResult };
  /** The side panel's corpus browser opens one article with its claims. */
  getArticle: { req: { articleId: string }; res: ArticleDetail | null };
  /**
   * The options page adds articles, checked and parsed there: one transaction, all or nothing.
   * `importId` names the import in its published progress (IMPORT_PROGRESS_KEY) and in
   * cancelImport: every import can be followed and cancelled, so one sent without an id is refused.
   */
  importArticles: { req: { records: ImportRecord[]; importId: string }; res: ImportResult };
  /**
   * The options page cancels its import: answered true when the import will change nothing (it
   * has not reached its commit point, or not arrived yet), and it then fails as cancelled; false
   * once its articles are stored or being stored, when it goes on.
   */
  cancelImport: { req: { importId: string }; res: { cancelled: boolean } };
  /** The side panel asks for a page that does not look like an article to be read anyway, as the toolbar button does. */
  readPageAnyway: { req: { tabId: number }; res: { ok: boolean } };
  /** The side panel adds the article read on a tab (still at `url`) to the user's corpus, as an import of it would. */
  addPageToCorpus: { req: { tabId: number; url: string }; res: ImportResult };
  /**
   * The options page lists the user's articles, a page at a time (the background serves at most
   * 500): each reprint with its original's title and outlet, which the list names it by.
   */
  listUserArticles: { req: { offset: number; limit: number }; res: { total: number; articles: ArticleSummary[] } };
  /** The options page deletes user articles (bundled ones are refused), taking them out of the index. */
  deleteArticles: { req: { ids: string[] }; res: { deleted: number } };
  /** The options page lists the files the user's articles were imported from, each with its count, the latest import first. */
  listImportFiles: { req: Record<string, never>; res: { files: ImportFileSummary[] } };
  /**
   * The options page removes every user article imported from one file, as deleteArticles
   * removes them; bundled articles are never among them, and a pasted text or a page added from
   * the side panel names no file, so it is refused.
   */
  deleteImportFile: { req: { sourceFile: string }; res: { deleted: number } };
  /**
   * The options page exports the corpus as NDJSON lines in list order, `limit` articles at a time:
   * from the start (`after` null), then from each answer's `next`, until it is null.
   */
  exportCorpus: { req: { after: string | null; limit: number }; res: { lines: string[]; next: string | null } };
}

/** Requests handled by the content script, from the background. */
export interface ContentRequests {
  /** Scroll to a passage and flash it. */
  revealPassage: { req: { passageIndex: number }; res: { ok: boolean } };
  /** The toolbar button was clicked: analyze the page now, reading it even if it does not look like an article. */
  analyzeNow: { req: Record<string, never>; res: { ok: boolean } };
  /** The settings changed: the content script asks for its site's and applies them. */
  settingsChanged: { req: Record<string, never>; res: { ok: boolean } };
  /** Articles were added or removed and indexed: what the page matched may have changed; answers whether matching is on. */
  corpusChanged: { req: Record<string, never>; res: { ok: boolean } };
  /** The tab started loading: does the page the script read still show (a history push), or did the tab leave it? */
  stillShowing: { req: Record<string, never>; res: { ok: true } };
}

type Envelope<M> = { [K in keyof M]: { type: K; payload: M[K] extends { req: infer R } ? R : never } }[keyof M];
export type BackgroundRequest = Envelope<BackgroundRequests>;
export type ContentRequest = Envelope<ContentRequests>;
export type ResponseOf<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** Every answer is either the handler's result or a readable error. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

type Check = (value: unknown) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field-by-field shape check; answers the first problem found, or null. */
function shape(fields: Record<string, Check>): Check {
  return (value) => {
    if (!isObject(value)) return 'payload must be an object';
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name]);
      if (problem) return `${name}: ${problem}`;
    }
    return null;
  };
}

/** Pages can be huge or hostile; 5 MB of text is more than any article. */
const MAX_TEXT = 5_000_000;
/** Longest failure reason a page may report (analysisFailed); the sender cuts it to this. */
export const MAX_ERROR_CHARS = 2_000;
const string = (max = 10_000): Check => (v) =>
  typeof v !== 'string' ? 'must be a string' : v.length > max ? `longer than ${max} characters` : null;
const integer: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : 'must be a non-negative integer');
const integerOrNull: Check = (v) => (v === null ? null : integer(v));
const boolean: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const finite: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'must be a finite number');
const arrayOf = (item: Check, max: number): Check => (v) => {
  if (!Array.isArray(v)) return 'must be an array';
  if (v.length > max) return `more than ${max} items`;
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i]);
    if (problem) return `[${i}]: ${problem}`;
  }
  return null;
};
/** A report's names that differ from the page's (Report.names): none, or the two lists the card and the panel show. */
const differingNames: Check = (v) => (v === null ? null : shape({ page: arrayOf(string(), 1_000), report: arrayOf(string(), 1_000) })(v));
/**
 * Reports are only stored and shown as text by the panel; their shape is checked shallowly, but
 * for the names, which the background found and nothing after it computes again.
 */
const passage = shape({
  text: string(),
  start: integer,
  end: integer,
  claimId: integer,
  score: finite,
  reports: arrayOf(shape({ names: differingNames }), 1_000),
  moreReports: boolean,
  loose: boolean,
});
/** An import record: the import format's field rules (lib/corpus/import/record) plus its source file. */
const importRecord: Check = (v) => {
  if (!isObject(v)) return 'must be an object';
  for (const field of RECORD_FIELDS) {
    const problem = field === 'origin' ? null : FIELD_CHECKS[field](v[field]);
    if (problem) return `${field}: ${problem}`;
  }
  return string(300)(v.sourceFile);
};
/** More stories than an infinite scroll keeps on one page. */
const MAX_STORIES = 100;
const stories: Check = (v) => (v === undefined ? null : shape({ texts: arrayOf(string(MAX_TEXT), MAX_STORIES), named: integerOrNull })(v));
/** Record.sourceFile's bound (importRecord above): an imported file's name, never a label such as 'pasted text'. */
const importFileName: Check = (v) =>
  string(300)(v) ?? (isImportFileName(v as string) ? null : `must name an imported file (${IMPORT_EXTENSIONS.join(', ')})`);
const oneOf = (...values: string[]): Check => (v) => (values.includes(v as string) ? null : `must be one of ${values.join(', ')}`);
/** An import's id: the options page makes it a UUID (36 characters). */
const MAX_IMPORT_ID_CHARS = 100;
const importId: Check = (v) =>
  v === undefined ? 'missing: an import is sent under an id, which its progress and cancelImport go by' : string(MAX_IMPORT_ID_CHARS)(v);

const backgroundChecks: { [K in keyof BackgroundRequests]: Check } = {
  analyzePage: shape({ url: string(), title: string(), text: string(MAX_TEXT), whole: boolean, stories }),
  pageSkipped: shape({ url: string(), title: string(), reason: oneOf(...SKIP_REASONS) }),
  analysisFailed: shape({ url: string(), title: string(), error: string(MAX_ERROR_CHARS) }),
  openSidePanel: shape({ claimId: integerOrNull }),
  getTabState: shape({ tabId: integer }),
  getIndexStatus: shape({}),
  revealPassage: shape({ tabId: integer, passageIndex: integer }),
  pagePassages: shape({ url: string(), title: string(), passages: arrayOf(passage, 5_000), text: string(MAX_TEXT), stories }),
  getSettings: shape({ site: string(300) }),
  updateSettings: shape({ site: string(300), enabled: boolean, sitePaused: boolean }),
  getComparison: shape({ tabId: integer }),
  getPageReprint: shape({}),
  searchCorpus: shape({ query: string(MAX_SEARCH_CHARS) }),
  getArticle: shape({ articleId: string(200) }),
  importArticles: shape({ records: arrayOf(importRecord, MAX_ARTICLES_PER_IMPORT), importId }),
  cancelImport: shape({ importId: string(MAX_IMPORT_ID_CHARS) }),
  readPageAnyway: shape({ tabId: integer }),
  addPageToCorpus: shape({ tabId: integer, url: string() }),
  listUserArticles: shape({ offset: integer, limit: integer }),
  deleteArticles: shape({ ids: arrayOf(string(100), 100_000) }),
  listImportFiles: shape({}),
  deleteImportFile: shape({ sourceFile: importFileName }),
  exportCorpus: shape({ after: (v) => (v === null ? null : string(200)(v)), limit: integer }),
};

const contentChecks: { [K in keyof ContentRequests]: Check } = {
  revealPassage: shape({ passageIndex: integer }),
  analyzeNow: shape({}),
  settingsChanged: shape({}),
  corpusChanged: shape({}),
  stillShowing: shape({}),
};

function parseWith<M>(checks: Record<string, Check>, message: unknown): Answer<Envelope<M>> {
  if (!isObject(message)) return { ok: false, error: 'message must be an object' };
  const { type, payload } = message;
  if (typeof type !== 'string' || !Object.hasOwn(checks, type)) {
    return { ok: false, error: `unknown message type: ${String(type).slice(0, 40)}` };
  }
  const problem = checks[type](payload);
  if (problem) return { ok: false, error: `${type}: ${problem}` };
  return { ok: true, value: { type, payload } as Envelope<M> };
}

const importProgress = shape({ importId: string(MAX_IMPORT_ID_CHARS), phase: oneOf(...IMPORT_PHASES), done: integer, total: integer });

/** The import progress stored under IMPORT_PROGRESS_KEY, checked as a message is (null: none, or malformed). */
export function parseImportProgress(value: unknown): ImportProgress | null {
  return value !== undefined && importProgress(value) === null ? (value as ImportProgress) : null;
}

const indexStatus = shape({
  articles: integer,
  userArticles: integer,
  sentences: integer,
  claims: integer,
  pending: integer,
  state: oneOf('building', 'ready', 'error'),
  error: (v) => (v === undefined ? null : string()(v)),
});

/** The index status stored under INDEX_STATUS_KEY, checked as a message is (null: none, or malformed). */
export function parseIndexStatus(value: unknown): IndexStatus | null {
  return value !== undefined && indexStatus(value) === null ? (value as IndexStatus) : null;
}

export const parseBackgroundRequest = (message: unknown) => parseWith<BackgroundRequests>(backgroundChecks, message);
export const parseContentRequest = (message: unknown) => parseWith<ContentRequests>(contentChecks, message);
