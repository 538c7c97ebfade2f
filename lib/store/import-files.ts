/**
 * The user's articles grouped by the file an import read them from, so a mistaken import can be
 * removed whole. There is no index on `sourceFile`: adding one would take a schema version and
 * an upgrade for a query the options page makes only when its list changes, so these read the
 * user's articles with one cursor over the origin index (bundled articles are never read: they
 * are not the user's to remove). Tens of thousands of articles take one pass.
 */
import { isImportFileName } from '../corpus/import/limits';
import type { CorpusDatabase } from './schema';

export interface ImportFileSummary {
  sourceFile: string;
  /** How many of the user's articles it holds now (deleted ones and duplicates not counted). */
  articles: number;
}

const userArticles = (db: CorpusDatabase) => db.articles.where('origin').equals('user');

/** The ids of the user's articles read from `sourceFile`, in no particular order. */
export function userArticleIdsFrom(db: CorpusDatabase, sourceFile: string): Promise<string[]> {
  return userArticles(db)
    .filter((article) => article.sourceFile === sourceFile)
    .primaryKeys();
}

/**
 * Every imported file the user's articles came from, with their count, the latest import first
 * (as the list shows them). Pasted texts and pages added from the side panel are no file
 * (isImportFileName) and are left out.
 */
export async function importFiles(db: CorpusDatabase): Promise<ImportFileSummary[]> {
  const files = new Map<string, { articles: number; newest: number }>();
  await userArticles(db).each(({ sourceFile, addedOrder }) => {
    if (!isImportFileName(sourceFile)) return;
    const file = files.get(sourceFile) ?? { articles: 0, newest: -1 };
    file.articles++;
    file.newest = Math.max(file.newest, addedOrder ?? -1);
    files.set(sourceFile, file);
  });
  return [...files]
    .sort(([a, x], [b, y]) => y.newest - x.newest || (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceFile, { articles }]) => ({ sourceFile, articles }));
}
