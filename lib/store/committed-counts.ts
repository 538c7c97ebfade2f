/**
 * The store's counts as last committed, answered without waiting for a write that holds the tables.
 *
 * IndexedDB queues a read behind the write transaction in flight. The options page asks for the
 * index status every second while a build runs, and each answer waited for the index chunk being
 * written: 7-10 s per answer in Chromium and 10-15 s in Firefox on a 1,000-article import, where a
 * message that reads no table took 1-1.6 s. So the status line showed counts a chunk old, and still
 * "up to date" for seconds after an import had landed. The counts that were true when a write
 * began are still the committed ones until it ends: a read started just before each write (which
 * IndexedDB runs first, as it was asked first) holds them, and answers the status meanwhile.
 */
export class CommittedCounts<T> {
  /** The reads started before the writes under way, the oldest write's first. */
  private readonly before: Promise<T>[] = [];

  constructor(private readonly read: () => Promise<T>) {}

  /** Runs a write, its counts read first; until it ends, `current` answers the counts before it. */
  async around<R>(write: () => Promise<R>): Promise<R> {
    const before = this.read();
    // Answered to `current` alone, which reads again if it failed.
    before.catch(() => undefined);
    this.before.push(before);
    try {
      return await write();
    } finally {
      this.before.splice(this.before.indexOf(before), 1);
    }
  }

  /**
   * The counts as committed: read now, or, while writes run, as the oldest of them began (a
   * later one's read was asked after that write, so IndexedDB would hold it back until it ends).
   */
  current(): Promise<T> {
    const oldest = this.before[0];
    return oldest ? oldest.catch(() => this.read()) : this.read();
  }
}
