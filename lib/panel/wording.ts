/** Short phrases shared by the panel's views and its exports, so both say the same thing. */
import type { Relation } from '../match/types';

export const RELATION_WORDS: Record<Relation, string> = {
  verbatim: 'same words',
  'near-verbatim': 'nearly the same words',
  paraphrase: 'in other words',
  'different-figure': 'different figure',
  'different-quote': 'quote worded differently',
};

/** "2 independent sources, 1 copy"; "38+ independent sources" when only the closest reports were listed. */
export function countWords(sources: number, copies: number, more = false): string {
  const s = `${sources}${more ? '+' : ''} independent ${sources === 1 && !more ? 'source' : 'sources'}`;
  return copies ? `${s}, ${copies} ${copies === 1 ? 'copy' : 'copies'}` : s;
}
