/**
 * Drives index building in chunks. Each chunk is one transaction, so a worker stopped at any
 * point resumes from the queue on its next start. While chunks run, a cheap extension API call
 * every 20 s keeps Chrome's service worker from being stopped for idleness (30 s).
 */
import { browser } from 'wxt/browser';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { errorMessage } from '@/lib/error-message';

/**
 * Articles per transaction. Each chunk reads and rewrites the posting list of every key it
 * carries once, and keys recur from chunk to chunk, so larger chunks write fewer rows per
 * article: on the synthetic corpus 250 articles touch ~1,400 term rows where 100 touch ~1,300,
 * and ~19,000 pair rows where 2.5 chunks of 100 touch ~22,000. Claims do not depend on it
 * (lib/match/claims). But queries wait for the chunk in flight, and a stopped worker loses
 * its work: 250 keeps a chunk to seconds.
 */
const ARTICLES_PER_CHUNK = 250;
const KEEPALIVE_MS = 20_000;

export class Indexer {
  private running: Promise<void> | null = null;
  /** Set when articles are queued while a build runs, so it looks at the queue once more. */
  private requeued = false;
  private lastError: string | null = null;

  /**
   * `onBuild` hears each build start and end; each chunk waits for `turn` (the queries' priority,
   * lib/store/read-priority); `onProgress` hears how many articles are still queued, as a chunk
   * goes (CorpusStore.indexChunk) and after it: an import's progress.
   */
  constructor(
    private readonly store: CorpusStore,
    private readonly onBuild: () => void = () => {},
    private readonly turn: () => Promise<void> = () => Promise.resolve(),
    private readonly onProgress: (remaining: number) => void = () => {},
  ) {}

  /** Starts indexing if articles are queued; answers when the queue is empty. */
  ensureRunning(): Promise<void> {
    if (this.running) {
      this.requeued = true;
      return this.running;
    }
    this.onBuild();
    this.running = this.run().finally(() => {
      this.running = null;
      this.onBuild();
    });
    return this.running;
  }

  get building(): boolean {
    return this.running !== null;
  }

  get error(): string | null {
    return this.lastError;
  }

  private async run(): Promise<void> {
    const keepalive = setInterval(() => void browser.runtime.getPlatformInfo(), KEEPALIVE_MS);
    try {
      this.lastError = null;
      do {
        this.requeued = false;
        let remaining: number;
        do {
          // Yield between chunks so messages are answered while a big build runs, and let the
          // queries made meanwhile finish before the next chunk's writes hold their reads up.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await this.turn();
          remaining = await this.store.indexChunk(ARTICLES_PER_CHUNK, this.onProgress);
          this.onProgress(remaining);
        } while (remaining > 0);
      } while (this.requeued);
    } catch (error) {
      this.lastError = errorMessage(error);
      throw error;
    } finally {
      clearInterval(keepalive);
    }
  }
}
