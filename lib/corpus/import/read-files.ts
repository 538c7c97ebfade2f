/**
 * Reads the files of one import into records, checking everything before anything is stored:
 * one faulty file or record fails the whole import with every problem named.
 */
import { decodeFile } from './decode-file';
import { ImportError, type ImportProblem } from './import-error';
import { parseHtmlFile } from './html-file';
import { parseJson, parseNdjson } from './json-records';
import { IMPORT_EXTENSIONS, MAX_ARTICLES_PER_IMPORT, MAX_IMPORT_BYTES, describeSize, fileExtension, isImportFileName } from './limits';
import type { ImportRecord } from './record';
import { checkedTextRecord } from './text-record';
import { looksBinary } from './binary-text';
import { parseTextFile } from './text-file';

/** What an import needs of a file; the DOM's File has it. */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Parses HTML without running it (DOMParser in a page; a fake in unit tests). */
export type HtmlParser = (html: string) => Document;

export async function readImportFiles(files: ImportFile[], parseHtml: HtmlParser): Promise<ImportRecord[]> {
  if (files.length === 0) throw new ImportError([{ file: 'import', line: null, field: null, message: 'no files chosen' }]);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    const names = files.length === 1 ? files[0].name : `${files.length} files`;
    throw new ImportError([
      { file: names, line: null, field: null, message: `is ${describeSize(total)}, over the ${describeSize(MAX_IMPORT_BYTES)} an import may hold; split it into smaller files` },
    ]);
  }
  const problems: ImportProblem[] = [];
  const records: ImportRecord[] = [];
  for (const file of files) {
    try {
      records.push(...(await readOne(file, parseHtml)));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new ImportError(problems);
  if (records.length > MAX_ARTICLES_PER_IMPORT) {
    throw new ImportError([
      { file: files.length === 1 ? files[0].name : 'import', line: null, field: null, message: `holds ${records.length} articles; at most ${MAX_ARTICLES_PER_IMPORT} per import` },
    ]);
  }
  return records;
}

async function readOne(file: ImportFile, parseHtml: HtmlParser): Promise<ImportRecord[]> {
  const fail = (message: string): never => {
    throw new ImportError([{ file: file.name, line: null, field: null, message }]);
  };
  const extension = fileExtension(file.name);
  if (!isImportFileName(file.name)) {
    fail(`has an unsupported type${extension ? ` (${extension})` : ''}; import ${IMPORT_EXTENSIONS.join(', ')} files`);
  }
  if (file.size === 0) fail('is empty');
  const text = decodeFile(new Uint8Array(await file.arrayBuffer()), extension === '.html' || extension === '.htm').replace(/^\uFEFF/, '');
  if (looksBinary(text)) fail('is not UTF-8 text (binary data?)');
  if (text.trim() === '') fail('is empty (only white space)');

  switch (extension) {
    case '.json':
      return parseJson(file.name, text);
    case '.ndjson':
    case '.jsonl':
      return parseNdjson(file.name, text);
    case '.html':
    case '.htm':
      return [checkedTextRecord(parseHtmlFile(file.name, parseHtml(text)))];
    default:
      return [checkedTextRecord(parseTextFile(file.name, text))];
  }
}
