/**
 * The import format, one article per record (JSON array items, NDJSON lines, or what a
 * .txt, .html or pasted text gives). Documented in README.md, "Importing articles".
 */
import { isWebAddress } from '../page-address';
import { MAX_ARTICLE_CHARS, MAX_OUTLET_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';

/** A validated article to import, as it travels to the background. */
export interface ImportRecord {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** Body text; paragraphs separated by blank lines. */
  text: string;
  /** The file it came from, "pasted", or "side panel" (a page added from it). */
  sourceFile: string;
}

/** The fields a JSON or NDJSON record may have. `origin` is what an export adds; imports are always the user's. */
export const RECORD_FIELDS = ['title', 'outlet', 'url', 'published', 'text', 'origin'] as const;

type FieldCheck = (value: unknown) => string | null;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const optionalString =
  (max: number, more?: (value: string) => string | null): FieldCheck =>
  (value) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') return `must be a string or null, not ${kindOf(value)}`;
    if (value.length > max) return `is longer than ${max} characters`;
    return more ? more(value) : null;
  };

export const FIELD_CHECKS: Record<(typeof RECORD_FIELDS)[number], FieldCheck> = {
  text: (value) => {
    if (value === undefined) return 'is missing (the article text is required)';
    if (typeof value !== 'string') return `must be a string, not ${kindOf(value)}`;
    if (value.trim() === '') return 'is empty';
    if (value.length > MAX_ARTICLE_CHARS) return `is longer than ${MAX_ARTICLE_CHARS} characters`;
    return null;
  },
  title: optionalString(MAX_TITLE_CHARS),
  outlet: optionalString(MAX_OUTLET_CHARS),
  url: optionalString(MAX_URL_CHARS, (value) => (isWebAddress(value) ? null : 'must be an http or https URL')),
  published: optionalString(64, (value) =>
    ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'must be an ISO date (2024-05-01 or 2024-05-01T14:30:00Z)',
  ),
  origin: (value) => (value === undefined || value === 'user' || value === 'bundled' ? null : 'must be "user" or "bundled"'),
};


function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first problem of a JSON value as an import record: the field and what is wrong. */
export function recordProblem(value: unknown): { field: string | null; message: string } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { field: null, message: `each article must be a JSON object, not ${kindOf(value)}` };
  }
  const unknown = Object.keys(value).find((key) => !(RECORD_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    return { field: unknown.slice(0, 40), message: `is not a known field (known: ${RECORD_FIELDS.join(', ')})` };
  }
  for (const field of RECORD_FIELDS) {
    const message = FIELD_CHECKS[field]((value as Record<string, unknown>)[field]);
    if (message) return { field, message };
  }
  return null;
}

/** A record from a JSON value that passed `recordProblem`. */
export function toImportRecord(value: Record<string, unknown>, sourceFile: string): ImportRecord {
  const text = (key: string) => ((value[key] as string | null | undefined)?.trim() || null);
  return {
    title: text('title'),
    outlet: text('outlet'),
    url: text('url'),
    published: text('published'),
    text: (value.text as string).trim(),
    sourceFile,
  };
}
