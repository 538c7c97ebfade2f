/**
 * Lets queries go before the index build's next chunk. A build is a run of write transactions
 * (entrypoints/background/indexer.ts), and IndexedDB queues a read behind the write in flight;
 * a query makes several reads one after another (candidates, their sentences, the claims), and
 * each found the next chunk already started: on a 2,000-article import, a page opened meanwhile
 * waited 30-50 s for its highlights (exploratory run). So the build waits, between chunks,
 * until no query runs: a query waits for one chunk at most. Queries are short (tens of ms) and
 * come from the tab in front and the panel, so the build still gets its turns.
 */
export class ReadPriority {
  private running = 0;
  private waiting: (() => void)[] = [];

  /** Runs `query`, the build's next chunk held back until it (and every other query) is done. */
  async during<T>(query: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await query();
    } finally {
      if (--this.running === 0) {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resume of waiting) resume();
      }
    }
  }

  /** Settles once no query runs. */
  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
