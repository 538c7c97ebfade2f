/**
 * Drives index building in chunks. Each chunk is one transaction, so a worker stopped at any
 * point resumes from the queue on its next start. Page queries wait for the chunk in flight, and
 * an article costs more the larger the index, so chunks are sized by time, not by count: a build
 * starts with a small chunk, times each one and asks lib/store/chunk-sizing.ts for the next size
 * (about 2 s of work, 10 to 250 articles). Claims do not depend on the size (lib/match/claims),
 * so neither does the index. While chunks run, a cheap extension API call every 20 s keeps
 * Chrome's service worker from being stopped for idleness (30 s).
 */
import { browser } from 'wxt/browser';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { errorMessage } from '@/lib/error-message';
import { nextChunkSize } from '@/lib/store/chunk-sizing';

const KEEPALIVE_MS = 20_000;

export class Indexer {
  private running: Promise<void> | null = null;
  /** Set when articles are queued while a build runs, so it looks at the queue once more. */
  private requeued = false;
  private lastError: string | null = null;

  constructor(private readonly store: CorpusStore) {}

  /** Starts indexing if articles are queued; answers when the queue is empty. */
  ensureRunning(): Promise<void> {
    if (this.running) this.requeued = true;
    this.running ??= this.run().finally(() => (this.running = null));
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
      let size = nextChunkSize(null);
      do {
        this.requeued = false;
        for (;;) {
          const startedAt = performance.now();
          const pending = await this.store.indexChunk(size);
          if (pending === 0) break;
          // Articles were left, so the chunk took a full `size` (the chunk that empties the queue
          // may take fewer, and its time per article is unknown: after it the size stays). The
          // time includes any wait for another transaction, such as an import: at worst the next
          // chunk is smaller than it need be.
          size = nextChunkSize({ articles: size, durationMs: performance.now() - startedAt });
          // Yield between chunks so queries and messages are answered while a big build runs.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      } while (this.requeued);
    } catch (error) {
      this.lastError = errorMessage(error);
      throw error;
    } finally {
      clearInterval(keepalive);
    }
  }
}
