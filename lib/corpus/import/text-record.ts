/**
 * The checks of one article a person gave, apart from the file reader (read-files.ts) so that
 * the background's "Add this page" (page-record.ts) does not load the HTML import and its parser.
 */
import { ImportError } from './import-error';
import { MIN_ARTICLE_WORDS } from './limits';
import { FIELD_CHECKS, type ImportRecord } from './record';
import { hasWords } from '../../text/words';

type CheckedField = 'text' | 'title' | 'outlet' | 'url' | 'published';

const FIELD_WORDS: Record<CheckedField, string> = { text: 'its text', title: 'its title', outlet: 'its outlet', url: 'its address', published: 'its date' };

/**
 * Checks for one article a person gave (pasted, a .txt or .html file, a page added from the side
 * panel): JSON's field rules, and enough words to report a claim. The word rule is not JSON's:
 * an export of a corpus that holds an older one-word article must still import whole.
 */
export function checkedTextRecord(record: ImportRecord): ImportRecord {
  // Named in words, not as JSON fields: the person gave a page or a text, not a record.
  const fail = (field: CheckedField, message: string): never => {
    throw new ImportError([{ file: record.sourceFile, line: null, field: null, message: `${FIELD_WORDS[field]} ${message}` }]);
  };
  for (const field of Object.keys(FIELD_WORDS) as CheckedField[]) {
    const message = FIELD_CHECKS[field](record[field] ?? undefined);
    if (message) fail(field, message);
  }
  if (!hasWords(record.text, MIN_ARTICLE_WORDS)) fail('text', `has fewer than ${MIN_ARTICLE_WORDS} words: too short to report a claim`);
  return record;
}
