/** A report's relation to the page's wording, in words. */
import type { Relation } from '@/lib/match/types';

export const RELATION_LABELS: Record<Relation, string> = {
  verbatim: 'same words',
  'near-verbatim': 'nearly the same words',
  paraphrase: 'in other words',
  'different-figure': 'different figure',
  'different-quote': 'quote worded differently',
};

export function RelationLabel({ relation }: { relation: Relation }) {
  return <span class={`nc-relation nc-relation-${relation}`}>{RELATION_LABELS[relation]}</span>;
}
