/** Plain text imports: a .txt file or pasted text. */
import type { ImportRecord } from './record';

/** A full stop, comma, semicolon or colon (or a Chinese or Japanese full stop) ending a line, closing quotes or brackets aside. */
const SENTENCE_END = /[.,;:\u3002]["'\u201D\u2019\u00BB)\]]*$/u;

/**
 * A first line reads as a headline when it is short, does not run on as a sentence (no final
 * full stop, comma or colon, also before a closing quote), does not start in lower case, and
 * text follows it.
 */
function headlineOf(lines: string[]): string | null {
  const first = lines[0]?.trim() ?? '';
  const rest = lines.slice(1).some((line) => line.trim() !== '');
  const words = first.split(/\s+/).length;
  const looksLikeHeadline = first.length <= 200 && words <= 30 && !SENTENCE_END.test(first) && !/^\p{Ll}/u.test(first);
  return rest && looksLikeHeadline ? first : null;
}

/** A .txt file: its first line is the title unless it is obviously a sentence of the body. */
export function parseTextFile(file: string, text: string): ImportRecord {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const title = headlineOf(lines);
  const body = (title === null ? lines : lines.slice(1)).join('\n').trim();
  return { title, outlet: null, url: null, published: null, text: body, sourceFile: file };
}

/** Text pasted into the options page, with the fields the user filled in (blank: none). */
export function parsePastedText(fields: { title: string; outlet: string; url: string; text: string }): ImportRecord {
  const blankToNull = (value: string) => value.trim() || null;
  const fromText = parseTextFile('pasted text', fields.text);
  const title = blankToNull(fields.title);
  return {
    ...fromText,
    title: title ?? fromText.title,
    text: title === null ? fromText.text : fields.text.trim(),
    outlet: blankToNull(fields.outlet),
    url: blankToNull(fields.url),
  };
}
