/** The options page's one-line account of an import: each kind of reprint link said as what it is. */
import { describe, expect, it } from 'vitest';
import { summarizeImport } from '@/entrypoints/options/import-outcome';
import type { ImportResult } from '@/lib/store/corpus-store';

const result = (fields: Partial<ImportResult>): ImportResult => ({ added: [], duplicates: [], copies: {}, storedCopies: {}, ...fields });

describe('summarizeImport', () => {
  it('says an import without links in few words', () => {
    expect(summarizeImport(result({ added: ['user:a'] }))).toBe('Added 1 article.');
    expect(summarizeImport(result({ added: ['user:a', 'user:b'] }))).toBe('Added 2 articles.');
  });

  it('tells reprints of stored articles from reprints of articles added with them', () => {
    // A batch of an original and two reprints of it: no stored article is involved.
    expect(summarizeImport(result({ added: ['user:o', 'user:r1', 'user:r2'], copies: { 'user:r1': 'user:o', 'user:r2': 'user:o' } }))).toBe(
      'Added 3 articles; 2 linked as reprints of another article of this import.',
    );
    expect(summarizeImport(result({ added: ['user:r1', 'user:q'], copies: { 'user:r1': 'seed:reuters:1' } }))).toBe(
      'Added 2 articles; 1 linked as a reprint of a stored article.',
    );
    expect(
      summarizeImport(result({ added: ['user:o', 'user:r1', 'user:r2', 'user:r3'], copies: { 'user:r1': 'user:o', 'user:r2': 'seed:x:1', 'user:r3': 'user:old' } })),
    ).toBe('Added 4 articles; 2 linked as reprints of stored articles; 1 linked as a reprint of another article of this import.');
  });

  it('says when stored articles turn out to reprint an added one', () => {
    expect(summarizeImport(result({ added: ['user:o'], storedCopies: { 'user:r1': 'user:o', 'user:r2': 'user:o' } }))).toBe(
      'Added 1 article; 2 stored articles are now linked as reprints of it.',
    );
    expect(summarizeImport(result({ added: ['user:o', 'user:p'], storedCopies: { 'user:r1': 'user:o' } }))).toBe(
      'Added 2 articles; 1 stored article is now linked as a reprint of one of them.',
    );
    expect(summarizeImport(result({ added: ['user:o', 'user:p'], storedCopies: { 'user:r1': 'user:o', 'seed:x:2': 'user:p' }, duplicates: [{ title: 'T', reason: 'same url', existingId: 'user:t', inThisImport: false }] }))).toBe(
      'Added 2 articles; 2 stored articles are now linked as reprints of 2 of them; 1 duplicate, not added.',
    );
  });
});
