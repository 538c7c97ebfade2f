/**
 * Articles grouped by source, as the panel lists them beside a claim: sources in the order they
 * first appear, each original followed by its copies (a copy whose original is not listed leads
 * its group), so a reader meets a source before its reprints.
 */
export function bySource(articleIdLists: readonly (readonly string[])[], originalOf: (articleId: string) => string | null): string[] {
  const groups = new Map<string, Set<string>>();
  for (const ids of articleIdLists) {
    for (const id of ids) {
      const source = originalOf(id) ?? id;
      if (!groups.has(source)) groups.set(source, new Set());
      groups.get(source)!.add(id);
    }
  }
  const isCopy = (id: string) => originalOf(id) !== null;
  return [...groups.values()].flatMap((ids) => [...ids].sort((a, b) => Number(isCopy(a)) - Number(isCopy(b)) || a.localeCompare(b)));
}
