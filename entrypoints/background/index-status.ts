/**
 * The index status (lib/protocol.ts, IndexStatus) as the background publishes it for the options
 * page (INDEX_STATUS_KEY): after each change the store commits (an index chunk, an import, a
 * deletion, a bundled corpus installed) and as each build starts and ends (building, ready, or
 * failed). Its counts are read then, and only then: not before every write in case a page asks,
 * nor at every ask. A page that just opened asks (getIndexStatus) and is answered with the
 * status as of every change so far.
 *
 * Why the read after a change is quick: IndexedDB runs requests in the order they are asked,
 * and a read waits for a write asked before it (an index chunk holds the tables for a second
 * or more). The read is asked as the change commits, before the indexer asks for its next chunk
 * (it yields a turn first), so it runs ahead of that chunk.
 */
import { INDEX_STATUS_KEY, type IndexStatus } from '@/lib/protocol';
import type { CorpusStore, StoreCounts } from '@/lib/store/corpus-store';
import type { Indexer } from './indexer';
import { publishInSession } from './publish-in-session';

type BuildState = Pick<Indexer, 'building' | 'error'>;

function statusOf(counts: StoreCounts, { building, error }: { building: boolean; error: string | null }): IndexStatus {
  return {
    ...counts,
    state: error ? 'error' : counts.pending > 0 || building ? 'building' : 'ready',
    ...(error && { error }),
  };
}

const sameStatus = (a: IndexStatus, b: IndexStatus) =>
  a.articles === b.articles &&
  a.userArticles === b.userArticles &&
  a.sentences === b.sentences &&
  a.claims === b.claims &&
  a.pending === b.pending &&
  a.state === b.state &&
  a.error === b.error;

export class IndexStatusReport {
  /** The status read after the latest change: what an ask is answered with. */
  private latest: Promise<IndexStatus> | null = null;
  private shown: IndexStatus | null = null;

  /** Hears of every change `store` commits; the wiring tells it of each build's start and end (`changed`). */
  constructor(
    private readonly store: CorpusStore,
    private readonly build: BuildState,
    private readonly publish: (status: IndexStatus) => void = publishInSession<IndexStatus>(INDEX_STATUS_KEY),
  ) {
    store.onChange(() => this.changed());
  }

  /** The status changed: reads it and publishes it, unless a later change's read overtook this one. */
  changed(): void {
    // The build as it stands at the change, with the counts the change left.
    const build = { building: this.build.building, error: this.build.error };
    const reading = this.store.counts().then((counts) => statusOf(counts, build));
    this.latest = reading;
    reading.then(
      (status) => {
        if (this.latest !== reading || (this.shown && sameStatus(this.shown, status))) return;
        this.shown = status;
        this.publish(status);
      },
      // Told to the next ask, which reads again.
      () => undefined,
    );
  }

  /** The status as of the latest change; read now when nothing changed yet in this worker's life, or the last read failed. */
  async current(): Promise<IndexStatus> {
    if (!this.latest) this.changed();
    try {
      return await this.latest!;
    } catch {
      this.changed();
      return this.latest!;
    }
  }
}
