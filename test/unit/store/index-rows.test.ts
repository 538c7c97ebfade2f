import { describe, expect, it } from 'vitest';
import { appendPostings, EMPTY_POSTINGS, MAX_CANDIDATE_POSTINGS } from '../../../lib/match/postings';
import { CommonCounts, readPostings, writePostings } from '../../../lib/store/posting-rows';
import { readSentences } from '../../../lib/store/sentence-rows';
import { COMMON_POSTINGS_KEY } from '../../../lib/store/index-state';
import { freshStore, indexAll, syntheticArticles } from './store-fixtures';

const ids = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

describe('posting rows', () => {
  it('keeps a list in its row while selective, and a common key as a count in the one map', async () => {
    const { db } = freshStore();
    const selective = appendPostings(EMPTY_POSTINGS, ids(1, MAX_CANDIDATE_POSTINGS));
    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['bridg', selective], ['said', selective]])));
    const common = appendPostings(selective, [5_000]);
    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['said', common]])));

    expect(await db.postings.toCollection().primaryKeys()).toEqual(['bridg']);
    expect(await readPostings(db, ['bridg', 'said', 'absent'])).toEqual(new Map([['bridg', selective], ['said', common]]));
    // Later chunks only count.
    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['said', appendPostings(common, [5_001])]])));
    expect((await readPostings(db, ['said'])).get('said')?.df).toBe(MAX_CANDIDATE_POSTINGS + 2);
  });

  it('reads the common counts once while they are kept, leaves the kept ones as they were while a write is under way, and reads again after forget', async () => {
    const { db } = freshStore();
    const common = appendPostings(EMPTY_POSTINGS, ids(1, MAX_CANDIDATE_POSTINGS + 1));
    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['said', common]])));
    const counts = new CommonCounts(db);
    expect((await readPostings(db, ['said'], counts)).get('said')?.df).toBe(MAX_CANDIDATE_POSTINGS + 1);
    // Changed behind its back, the row is not read again while the counts are kept.
    await db.meta.put({ key: COMMON_POSTINGS_KEY, value: new Map([['said', 1]]) });
    expect((await readPostings(db, ['said', 'told'], counts)).get('said')?.df).toBe(MAX_CANDIDATE_POSTINGS + 1);
    await db.meta.put({ key: COMMON_POSTINGS_KEY, value: new Map([['said', MAX_CANDIDATE_POSTINGS + 1]]) });

    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['said', appendPostings(common, [9_999])]]), counts));
    expect((await counts.get()).get('said')).toBe(MAX_CANDIDATE_POSTINGS + 1);
    counts.forget();
    expect((await readPostings(db, ['said'], counts)).get('said')?.df).toBe(MAX_CANDIDATE_POSTINGS + 2);
  });

  it('reads a common row an earlier build left in the table, and moves it to the map when next written', async () => {
    const { db } = freshStore();
    const legacy = { df: 4_000, ids: EMPTY_POSTINGS.ids };
    await db.postings.put({ term: 'said', ...legacy });
    expect(await readPostings(db, ['said'])).toEqual(new Map([['said', legacy]]));
    await db.transaction('rw', db.postings, db.meta, () => writePostings(db, new Map([['said', appendPostings(legacy, [9])]])));
    expect(await db.postings.count()).toBe(0);
    expect((await db.meta.get(COMMON_POSTINGS_KEY))?.value).toEqual(new Map([['said', 4_001]]));
  });
});

describe('sentence rows', () => {
  it('reads ids near each other as ranges and answers in the order asked, without ids not stored', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(3));
    await indexAll(store);
    const stored = await store.db.sentences.orderBy('id').toArray();
    const last = stored[stored.length - 1].id;
    const asked = [last, 3, 1, 2, 9, 3, last + 50, 20];
    const expected = asked.flatMap((id) => stored.filter((s) => s.id === id));
    expect(await readSentences(store.db, asked)).toEqual(expected);
  });
});
