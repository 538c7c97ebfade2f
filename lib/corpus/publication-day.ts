/**
 * Which of two articles was published first, by the day its publisher wrote: what choosing a
 * reprint group's original (copies.ts) may rely on in the import's ISO 8601 dates.
 */

/** A publication date as its publisher wrote it: the calendar day, and the instant when a time zone fixes one. */
export interface PublicationDate {
  /** Days since 1970-01-01 of the date written. */
  day: number;
  /** Milliseconds since the epoch, for a time with a zone (`Z`, `+02:00`); null for a date alone or a local time. */
  instant: number | null;
}

const DAY_MS = 86_400_000;
/** The import's ISO 8601 forms (lib/corpus/import/record.ts): a date, or a date-time with an optional zone. */
const ISO_PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function publicationDate(published: string | null): PublicationDate | null {
  const match = published ? ISO_PUBLISHED.exec(published.trim()) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 24 || minute! > 59 || second! > 60) return null;
  const days = Date.UTC(year!, month! - 1, day!) / DAY_MS;
  const zone = match[7];
  if (!zone) return { day: days, instant: null };
  const offsetMinutes = /^z$/i.test(zone) ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return { day: days, instant: Date.UTC(year!, month! - 1, day!, hour!, minute!, second!) - offsetMinutes * 60_000 };
}

/**
 * Whether `a` was published on an earlier day than `b`. Days are compared as their publishers
 * wrote them: a date alone, or the local date of a time, is the publisher's own day, and a time
 * without a zone cannot be placed more exactly. Within one day the order says nothing: a wire
 * story is reprinted within hours, and a page's time is often its last update's. Two times
 * with zones must also agree as instants: 23:00 in New York (-05:00) is after 02:00 the next
 * day in Paris (+02:00), though its date is earlier.
 */
export function publishedEarlier(a: PublicationDate | null, b: PublicationDate | null): boolean {
  if (!a || !b || a.day >= b.day) return false;
  return a.instant === null || b.instant === null || a.instant < b.instant;
}
