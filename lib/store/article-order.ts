/**
 * The order articles are listed and exported in: the bundled ones by id, then the user's newest
 * first (`addedOrder`, highest first). An export in that order restores the same list, since an
 * import numbers its articles so that its first is listed first.
 */
import Dexie from 'dexie';
import { linkCopies } from '../corpus/copies';
import type { CorpusDatabase, StoredArticle } from './schema';

/** Where an export page continues; opaque to the options page, which hands it back. */
export type ExportCursor = string;

const BUNDLED = 'bundled:';
const USER = 'user:';

/** The user's articles that have a list order, newest first; `below`: only those listed after that order. */
export function userArticlesNewestFirst(db: CorpusDatabase, below: unknown = Dexie.maxKey) {
  return db.articles.where('[origin+addedOrder]').between(['user', Dexie.minKey], ['user', below]).reverse();
}

/** The list's order as a comparison: bundled articles by id, then the user's newest first. */
export function inListOrder(a: StoredArticle, b: StoredArticle): number {
  if (a.origin !== b.origin) return a.origin === 'bundled' ? -1 : 1;
  if (a.origin === 'bundled') return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return (b.addedOrder ?? -1) - (a.addedOrder ?? -1);
}

/** Up to `limit` articles after `after` (null: from the start) in list order, and where the next page starts (null: done). */
export async function exportPage(db: CorpusDatabase, after: ExportCursor | null, limit: number): Promise<{ articles: StoredArticle[]; next: ExportCursor | null }> {
  return db.transaction('r', db.articles, async () => {
    const articles: StoredArticle[] = [];
    if (after === null || after.startsWith(BUNDLED)) {
      const afterId = after === null ? null : after.slice(BUNDLED.length);
      // Bundled articles are few (the seeds): their ids are read whole, the articles a page at a time.
      const ids = (await db.articles.where('origin').equals('bundled').primaryKeys()).filter((id) => afterId === null || id > afterId);
      articles.push(...((await db.articles.bulkGet(ids.slice(0, limit))) as StoredArticle[]));
      if (ids.length > limit) return { articles, next: `${BUNDLED}${ids[limit - 1]}` };
    }
    const room = limit - articles.length;
    if (room === 0) return { articles, next: USER };
    const below = after?.startsWith(USER) && after.length > USER.length ? Number(after.slice(USER.length)) : Dexie.maxKey;
    const users = await userArticlesNewestFirst(db, below).limit(room).toArray();
    articles.push(...users);
    return { articles, next: users.length === room ? `${USER}${users.at(-1)!.addedOrder}` : null };
  });
}

/**
 * Numbers user articles stored without an order (written by an older version of the extension
 * into this database, after a rollback) as the newest, so the list and the export show them.
 */
export async function orderUnorderedUserArticles(db: CorpusDatabase): Promise<number> {
  return db.transaction('rw', db.articles, async () => {
    const ordered = await userArticlesNewestFirst(db).count();
    if (ordered === (await db.articles.where('origin').equals('user').count())) return 0;
    const newest = (await userArticlesNewestFirst(db).first())?.addedOrder ?? -1;
    let order = newest + 1;
    return db.articles
      .where('origin')
      .equals('user')
      .filter((article) => article.addedOrder === undefined)
      .modify((article) => {
        article.addedOrder = order++;
      });
  });
}

/**
 * The copy links of a group of stored articles as importing them alone would make them: linked
 * in the order an export lists and an import reads them (bundled by id, then the user's newest
 * first), since linkCopies gives ties to the earlier text. Id → its original, or null.
 */
export function linksInListOrder(group: readonly StoredArticle[]): Map<string, string | null> {
  return new Map(linkCopies([...group].sort(inListOrder)).map((article) => [article.id, article.copyOf]));
}
