/**
 * The options page's imports under way: each one's progress, published for the page under
 * IMPORT_PROGRESS_KEY (lib/protocol.ts), and its cancellation.
 *
 * Why a cancel is honoured only before the commit point: an import lands in one transaction
 * (CorpusStore.importArticles), whole or not at all. Until that transaction writes, a cancel
 * makes it throw at its commit point, which aborts it: nothing was written, and the articles,
 * the index, the claims and the copy links are exactly as before. Once it writes, the articles
 * are stored and the index build extends the index with them. Taking them out again through
 * the deletion path (CorpusStore.deleteUserArticles) would not restore it all: a key the import
 * made too common to keep its sentence ids stays common (lib/store/index-removal.ts), the copy
 * links of stored reprints the import relinked are worked out anew rather than put back, and
 * sentence ids move on. So from then on a cancel is refused and the page says why; the user
 * can still remove the imported file from the options page, as a deletion.
 */
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '@/lib/protocol';
import { publishInSession } from './publish-in-session';

/** Thrown at the commit point of a cancelled import: its transaction aborts. */
class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled: nothing was added.');
  }
}

/**
 * Imports over, and imports cancelled before they arrived (a page may cancel while its request
 * is still on the way, or cancel and close, never sending it), remembered at most: a late cancel
 * of one that is over is refused, and one that arrives after its cancel is refused too.
 */
const MAX_REMEMBERED = 100;

/** One import's part in its own progress, from its arrival to its articles indexed. */
export interface ImportRun {
  /** Called inside the import's transaction before it writes: throws ImportCancelled if it was cancelled; from then on it cannot be. */
  commitPoint(): void;
  /** The transaction committed, adding `added` articles: they are indexed next (none: the import is over). */
  stored(added: number): void;
  /** The import is over: cancelled, failed, or its articles indexed. */
  end(): void;
}

interface Run {
  progress: ImportProgress;
  cancelled: boolean;
}

const percent = (done: number, total: number) => Math.floor((100 * done) / total);

export class ImportRuns {
  private readonly runs = new Map<string, Run>();
  private readonly gone = new Map<string, 'over' | 'cancelled before it arrived'>();
  private shown: ImportProgress | null = null;

  /** `publish` hears the latest import's progress at each change, and null once no import runs. */
  constructor(private readonly publish: (progress: ImportProgress | null) => void = publishInSession(IMPORT_PROGRESS_KEY)) {}

  /** An import of `total` records arrives; one cancelled before it did is refused here. */
  begin(importId: string, total: number): ImportRun {
    if (this.gone.get(importId) === 'cancelled before it arrived') throw new ImportCancelled();
    const run: Run = { progress: { importId, phase: 'checking', done: 0, total }, cancelled: false };
    this.runs.set(importId, run);
    this.show();
    return {
      commitPoint: () => {
        if (run.cancelled) throw new ImportCancelled();
        this.update(run, { phase: 'storing' });
      },
      stored: (added) => (added ? this.update(run, { phase: 'indexing', done: 0, total: added }) : this.finish(importId)),
      end: () => this.finish(importId),
    };
  }

  /**
   * Asks an import to stop: true when it will change nothing (it is still checking, or has not
   * arrived), false once it is past its commit point or over.
   */
  cancel(importId: string): boolean {
    const run = this.runs.get(importId);
    if (run) {
      if (run.progress.phase !== 'checking') return false;
      run.cancelled = true;
      return true;
    }
    if (this.gone.get(importId) === 'over') return false;
    this.remember(importId, 'cancelled before it arrived');
    return true;
  }

  /**
   * The index build went on, `remaining` articles still queued: a chunk gave way (those it has
   * not grouped yet counted as queued) or was written. An import's articles were
   * queued after everything before them, so those remaining are its own up to its count: a later
   * import queued behind it makes it look less far along, never further. The count moves in
   * whole percents: a chunk gives way many times a second, and each change published re-renders
   * the options page, in Firefox on the background page's own thread.
   */
  indexed(remaining: number): void {
    for (const run of this.runs.values()) {
      const { phase, total } = run.progress;
      const done = total - Math.min(remaining, total);
      if (phase === 'indexing' && percent(done, total) !== percent(run.progress.done, total)) run.progress = { ...run.progress, done };
    }
    this.show();
  }

  private update(run: Run, change: Partial<ImportProgress>): void {
    run.progress = { ...run.progress, ...change };
    this.show();
  }

  private finish(importId: string): void {
    if (!this.runs.delete(importId)) return;
    this.remember(importId, 'over');
    this.show();
  }

  private remember(importId: string, how: 'over' | 'cancelled before it arrived'): void {
    this.gone.set(importId, how);
    if (this.gone.size > MAX_REMEMBERED) this.gone.delete(this.gone.keys().next().value!);
  }

  /**
   * One key holds one import: the latest begun (another window's earlier one still runs,
   * unshown), published only when it changed (an earlier one's chunks change nothing shown).
   */
  private show(): void {
    const latest = [...this.runs.values()].at(-1)?.progress ?? null;
    if (latest === this.shown) return;
    this.shown = latest;
    this.publish(latest);
  }
}
