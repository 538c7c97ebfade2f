/**
 * Recognises the short lines that introduce an article on news and aggregator pages: the
 * outlet name, the publication time, or both glued together ("Russia Today6 days ago",
 * "time5 hours ago", "  • Perth Now", "- The Guardian").
 */
import { outletByName } from './outlets';

export interface Byline {
  /** Outlet name as written, or null when the line gives only a time. */
  outlet: string | null;
  /** The time as given ("5 hours ago", "14-06-2025"), or null. */
  time: string | null;
}

const RELATIVE_TIME =
  /((?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)$/i;
const DATE = /(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})$/;
/** Times that are ordinary words: a byline only when nothing but a label precedes them. */
const WORD_TIME = /^(?:(?:time|updated|published|posted):?\s*)?(just now|yesterday)$/i;
/** Words that precede a time only as an icon's alt text or a label, never as an outlet. */
const TIME_LABELS = /^(time|clock|updated|published|posted)?:?$/i;
const BULLET = /^[•·\-–—|]\s*/;

/** Short, capitalised, no sentence punctuation: could be a name, not a sentence. */
function isNameShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 6 && text.length <= 50 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?:;,]$/.test(text)
  );
}

/**
 * A line giving a time, with any label or outlet name before it. An unknown name must be
 * glued to the time, as page templates do ("Springfield Gazette5 hours ago"): with a space
 * between, "Talks collapsed 3 days ago" would be a subhead, not a byline.
 */
function readTimeLine(line: string): Byline | null {
  const wordTime = WORD_TIME.exec(line);
  if (wordTime) return { outlet: null, time: wordTime[1]! };
  const match = RELATIVE_TIME.exec(line) ?? DATE.exec(line);
  if (!match) return null;
  const rawPrefix = line.slice(0, match.index);
  const prefix = rawPrefix.trim();
  if (TIME_LABELS.test(prefix)) return { outlet: null, time: match[1]! };
  const glued = rawPrefix === prefix;
  const isOutlet = isNameShaped(prefix) && (glued || outletByName(prefix) !== null);
  return isOutlet ? { outlet: prefix, time: match[1]! } : null;
}

export function isTimeLine(line: string): boolean {
  return readTimeLine(line) !== null;
}

/**
 * The byline a line carries, or null for other text. A bare name counts as an outlet when
 * the registry knows it; an unknown name only when a time line directly follows it or it
 * is bulleted within two lines of one, as aggregator cards lay them out.
 * `nearby` are the non-blank lines around this one, nearest first.
 */
export function readByline(line: string, nearby: { next: string[]; previous: string[] }): Byline | null {
  const trimmed = line.trim();
  const timed = readTimeLine(trimmed);
  if (timed) return timed;
  const bulleted = BULLET.test(trimmed);
  const name = trimmed.replace(BULLET, '').trim();
  if (!isNameShaped(name)) return null;
  if (outletByName(name)) return { outlet: name, time: null };
  const timeFollows = nearby.next.slice(0, 1).some(isTimeLine);
  const timeNearby = [...nearby.next.slice(0, 2), ...nearby.previous.slice(0, 2)].some(isTimeLine);
  return timeFollows || (bulleted && timeNearby) ? { outlet: name, time: null } : null;
}
