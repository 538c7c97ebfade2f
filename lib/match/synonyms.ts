/**
 * WordNet synonym groups of canonical terms, built by `npm run synonyms` into synonyms.json:
 * two terms sharing a group may name the same thing in two reports ("remarks"/"notes",
 * "decide"/"decision"). Only the generated table ships, not WordNet.
 */
import shipped from './synonyms.json';

let groupsByTerm: ReadonlyMap<string, readonly number[]> | null = null;

/** Indexed on first use, so that loading the matcher does not pay for it. */
function table(): ReadonlyMap<string, readonly number[]> {
  if (groupsByTerm) return groupsByTerm;
  const groups = new Map<string, number[]>();
  shipped.groups.forEach((group, id) => {
    for (const term of group.split(' ')) {
      const ids = groups.get(term);
      if (ids) ids.push(id);
      else groups.set(term, [id]);
    }
  });
  return (groupsByTerm = groups);
}

export const NO_GROUPS: readonly number[] = [];

/** Ids of the synonym groups of a canonical term; none for numbers, dates and words WordNet or idf.json lacks. */
export function synonymGroups(term: string): readonly number[] {
  return table().get(term) ?? NO_GROUPS;
}
