/**
 * The store's counts as last committed, answered at once while a write holds the tables.
 *
 * IndexedDB queues a read behind the write transaction in flight. The options page asks for the
 * index status every second while a build runs, and each answer waited for the index chunk being
 * written: 7-10 s per answer in Chromium and 10-15 s in Firefox on a 1,000-article import, where a
 * message that reads no table took 1-1.6 s. So the status line showed counts a chunk old, and still "up to date" for
 * seconds after an import had landed. The counts that were true when a write began are still the
 * committed ones until it ends: a read started just before each write (which IndexedDB runs
 * first, as it was asked first) keeps them, and the status is answered from them meanwhile.
 */
export class CommittedCounts<T> {
  private writes = 0;
  private last: T | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  /** Runs a write, its counts read first; until it ends, `current` answers the counts before it. */
  async around<R>(write: () => Promise<R>): Promise<R> {
    // A failed read only leaves the older counts kept; the write itself reports its own failure.
    this.read().then((counts) => (this.last = counts), () => undefined);
    this.writes++;
    try {
      return await write();
    } finally {
      this.writes--;
    }
  }

  /** The counts as committed: read, or, while a write runs, those it began with (or older, if its read has not ended). */
  async current(): Promise<T> {
    if (this.writes > 0 && this.last !== null) return this.last;
    const counts = await this.read();
    this.last = counts;
    return counts;
  }
}
