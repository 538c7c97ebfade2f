/** A report's relation to the page's wording, in words. */
import type { Relation } from '@/lib/match/types';
import { RELATION_WORDS } from '@/lib/panel/wording';

export function RelationLabel({ relation }: { relation: Relation }) {
  return <span class={`nc-relation nc-relation-${relation}`}>{RELATION_WORDS[relation]}</span>;
}
