/** Turns a validated import record into a user article, as stored and indexed. */
import type { Article } from '../../types';
import { outletByName, outletForHost, UNKNOWN_OUTLET } from '../outlets';
import { canonicalAddress, parseAddress } from '../page-address';
import { contentHashOf } from '../../store/hashes';
import type { ImportRecord } from './record';

/**
 * Paragraphs are separated by blank lines; a text without any has one paragraph per line.
 * Lines inside a paragraph are joined: hard-wrapped text is one paragraph, not many.
 */
export function paragraphsOf(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const blocks = BLANK_LINE.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '');
}

/** A line with nothing but white space on it: text that has one separates its paragraphs so. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** A line break with words on the lines either side of it (a CR before it is part of it). */
const LINE_BREAK_INSIDE_PARAGRAPH = /(?<=\S[^\S\r\n]*)\r?\n(?=[^\S\r\n]*\S)/g;

/**
 * The text with each line break inside a paragraph made spaces, as paragraphsOf reads it, so a
 * hard-wrapped sentence is segmented whole. Its length and every offset stay as they were.
 */
export function wrappedLinesJoined(text: string): string {
  return BLANK_LINE.test(text) ? text.replace(LINE_BREAK_INSIDE_PARAGRAPH, (lineBreak) => ' '.repeat(lineBreak.length)) : text;
}

/** The id is the body's content hash, so importing the same text again finds the same id. */
export function articleFromRecord(record: ImportRecord): Article {
  const paragraphs = paragraphsOf(record.text);
  const host = record.url === null ? null : parseAddress(record.url)?.hostname ?? null;
  const outlet = (record.outlet ? outletByName(record.outlet) : null) ?? (host ? outletForHost(host) : null);
  return {
    id: `user:${contentHashOf({ paragraphs })}`,
    outlet: record.outlet ?? outlet?.name ?? UNKNOWN_OUTLET,
    outletId: outlet?.id ?? null,
    title: record.title,
    paragraphs,
    captions: [],
    timeLabel: null,
    published: record.published,
    // Without its fragment and tracking parameters: the same article however it was reached,
    // and nothing stored or exported about how the reader arrived.
    url: record.url === null ? null : canonicalAddress(record.url),
    origin: 'user',
    sourceFile: record.sourceFile,
    via: null,
    copyOf: null,
  };
}
