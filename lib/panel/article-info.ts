/** Article metadata without its text, and the name a reader sees for its source. */
import type { Report } from '../match/types';
import type { Article } from '../types';
import { UNKNOWN_OUTLET } from '../corpus/outlets';
import { outletDetails } from './outlet-details';
import type { ArticleInfo } from './types';

export function articleInfo(article: Article): ArticleInfo {
  // Spelled out rather than spread so stored extras (a content hash) stay out of messages.
  const { id, outlet, outletId, title, timeLabel, published, url, origin, sourceFile, via, copyOf } = article;
  return { id, outlet, outletId, title, timeLabel, published, url, origin, sourceFile, via, copyOf };
}

/** Index of articles by id, as metadata. */
export function infoById(articles: Article[]): Record<string, ArticleInfo> {
  return Object.fromEntries(articles.map((a) => [a.id, articleInfo(a)]));
}

const MAX_TITLE_IN_LABEL = 40;

/** Day precision, in UTC: an article's date, not the reader's clock time of it. */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "23 Jul 2025" for an ISO publication time; null when there is none or it is not a date. */
export function publicationDate(published: string | null): string | null {
  if (!published) return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : DATE_FORMAT.format(time);
}

/**
 * When a report was published, as its card and the export say it: the date when its article
 * gives one (`dateTime` for a <time> element), else the relative time the saved page showed,
 * said to be one, since it counts from the save and not from now.
 */
export function reportTime(report: Pick<Report, 'published'>, article: Pick<ArticleInfo, 'timeLabel'> | undefined): { label: string; dateTime: string | null } | null {
  const date = publicationDate(report.published);
  if (date) return { label: date, dateTime: report.published };
  return article?.timeLabel ? { label: `${article.timeLabel} when saved`, dateTime: null } : null;
}

/**
 * The outlet's registry name; for an article whose page named no outlet, its title and the
 * aggregator it was found on, so two such sources can still be told apart.
 */
export function sourceLabel(info: Pick<ArticleInfo, 'outlet' | 'outletId' | 'title' | 'via'> | undefined): string {
  if (!info) return 'Unknown source';
  const outlet = outletName(info);
  if (outlet) return outlet;
  const via = info.via ? ` via ${info.via}` : '';
  // A page with neither outlet nor headline (a rewrite pasted without one) is said to be so,
  // rather than given a made-up title in quotation marks.
  if (!info.title) return `Unknown outlet, no title${via}`;
  const shortTitle = info.title.length > MAX_TITLE_IN_LABEL ? `${info.title.slice(0, MAX_TITLE_IN_LABEL - 1)}…` : info.title;
  return `Unknown outlet: “${shortTitle}”${via}`;
}

/** The outlet's registry name, else the name its page gave; null where the page named none. */
export function outletName(info: Pick<ArticleInfo, 'outlet' | 'outletId'>): string | null {
  return namesOutlet(info) ? outletDetails(info.outlet, info.outletId).name : null;
}

/** The page named its outlet (or the registry knows it), so the source goes by that name. */
export function namesOutlet(info: Pick<ArticleInfo, 'outlet' | 'outletId'>): boolean {
  return Boolean(info.outletId || (info.outlet && info.outlet !== UNKNOWN_OUTLET));
}

/** The name a report's source goes by where only the report is at hand (its article not loaded). */
export function reportSourceLabel(report: Pick<Report, 'outlet' | 'title'>): string {
  return sourceLabel({ outlet: report.outlet, title: report.title, outletId: null, via: null });
}

/**
 * The headline to show beside a report's source name, which article of the outlet it is; null
 * where the name already is the headline (no outlet named) or there is none.
 */
export function reportHeadline(report: Pick<Report, 'outlet' | 'title'>): string | null {
  return namesOutlet({ outlet: report.outlet, outletId: null }) ? report.title : null;
}
