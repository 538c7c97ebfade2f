/**
 * .json (an array of records, or one record) and .ndjson (one record per line) imports.
 * JSON.parse gives no positions, so a small scanner finds the line where each top-level
 * array item starts, for errors that point at the faulty record.
 */
import { ImportError, type ImportProblem } from './import-error';
import { recordProblem, toImportRecord, type ImportRecord } from './record';
import { errorMessage } from '../../error-message';

export function parseNdjson(file: string, text: string): ImportRecord[] {
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ file, line: index + 1, field: null, message: `is not valid JSON (${syntaxMessage(error)})` });
      return;
    }
    const problem = recordProblem(value);
    if (problem) problems.push({ file, line: index + 1, ...problem });
    else records.push(toImportRecord(value as Record<string, unknown>, file));
  });
  if (problems.length) throw new ImportError(problems);
  return records;
}

export function parseJson(file: string, text: string): ImportRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError([{ file, line: syntaxErrorLine(error, text), field: null, message: `is not valid JSON (${syntaxMessage(error)})` }]);
  }
  const items = Array.isArray(value) ? value : [value];
  const lines = Array.isArray(value) ? itemStartLines(text) : [firstContentLine(text)];
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  items.forEach((item, index) => {
    const problem = recordProblem(item);
    if (problem) problems.push({ file, line: lines[index] ?? null, ...(Array.isArray(value) && { record: index + 1 }), ...problem });
    else records.push(toImportRecord(item as Record<string, unknown>, file));
  });
  if (problems.length) throw new ImportError(problems);
  if (records.length === 0) throw new ImportError([{ file, line: null, field: null, message: 'holds an empty list: no articles' }]);
  return records;
}

function syntaxMessage(error: unknown): string {
  return errorMessage(error).slice(0, 160);
}

/** Chromium and Node give a character position, Firefox a line; otherwise the truncation point is the end. */
function syntaxErrorLine(error: unknown, text: string): number {
  const message = syntaxMessage(error);
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return lineAt(text, position ? Number(position[1]) : text.length);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function firstContentLine(text: string): number {
  return lineAt(text, text.search(/\S/));
}

/** Lines where the items of a top-level JSON array start (the text is known to be valid JSON). */
function itemStartLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectingItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectingItem && c !== ']') {
      lines.push(line);
      expectingItem = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectingItem = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectingItem = true;
  }
  return lines;
}
