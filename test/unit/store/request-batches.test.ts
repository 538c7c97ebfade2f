/**
 * The database issues bulk requests in batches (lib/store/request-batches.ts): a request larger
 * than a batch answers as one request would, rows, order, missing keys and failures included.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { freshStore } from './store-fixtures';

const ROWS = 1_000;
const rows = Array.from({ length: ROWS }, (_, k) => ({ key: `k${String(k).padStart(4, '0')}`, value: { k } }));
const keys = rows.map((row) => row.key);

describe('bulk requests in batches', () => {
  it('writes, reads and deletes every row of a request many batches long, answering in the order asked', async () => {
    const { db } = freshStore();
    await db.meta.bulkPut(rows);
    expect(await db.meta.count()).toBe(ROWS);
    // Asked backwards, with keys never stored among them.
    const asked = ['absent', ...[...keys].reverse(), 'missing'];
    expect(await db.meta.bulkGet(asked)).toEqual([undefined, ...[...rows].reverse(), undefined]);
    await db.meta.bulkDelete(keys.filter((_, k) => k % 2 === 0));
    expect(await db.meta.toCollection().primaryKeys()).toEqual(keys.filter((_, k) => k % 2 === 1));
  });

  it('numbers an add\'s failures by their place in the whole request, and stores the other rows', async () => {
    const { db } = freshStore();
    await db.meta.bulkAdd([rows[450], rows[901]]);
    const failure = await db.meta.bulkAdd(rows).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Dexie.BulkError);
    expect(Object.keys((failure as InstanceType<typeof Dexie.BulkError>).failuresByPos).map(Number)).toEqual([450, 901]);
    expect(await db.meta.count()).toBe(ROWS);
  });

  it('keeps a transaction whole: a request many batches long is undone with the rest when the transaction fails', async () => {
    const { db } = freshStore();
    const failing = db.transaction('rw', db.meta, async () => {
      await db.meta.bulkPut(rows);
      throw new Error('after the writes');
    });
    await expect(failing).rejects.toThrow('after the writes');
    expect(await db.meta.count()).toBe(0);
  });
});
