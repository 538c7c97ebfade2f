/**
 * Cuts a long computation into slices that give way to other tasks. The background answers
 * every tab and extension page on one thread: a long page's comparison for the side panel,
 * computed in one go, held back every request that came meanwhile (another tab's page, the
 * options page, the panel itself) for seconds, in Firefox for most of a minute, and an
 * import's claim grouping held it 1-1.6 s per index chunk, freezing Firefox's options page,
 * which shares the background page's event loop.
 *
 * Inside an IndexedDB transaction the work may await nothing but the transaction's own
 * requests: a timer lets the transaction commit, and Dexie loses track of its transaction
 * after some hundred awaits of promises that carry no request (PrematureCommitError). So
 * work there asks `due` between units and awaits `giveWay()` only then, and gives way with a
 * request on its transaction, whose answer comes as a task of its own.
 */
export type Pause = () => Promise<void>;

/** How long a slice runs before it gives way: another request waits at most about this long (and one unit). */
const SLICE_MS = 30;

/** A timer, not a resolved promise: only a new task lets the event loop deliver the messages that are waiting. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class TimeSlices {
  private sliceStart: number;

  /** `giveWayBy` lets the waiting tasks run: a timer, or inside a transaction a request on it. */
  constructor(
    private readonly giveWayBy: () => PromiseLike<unknown> = nextTask,
    private readonly sliceMs = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStart = now();
  }

  /** One slice for the whole work: it never gives way. */
  static endless(): TimeSlices {
    return new TimeSlices(nextTask, Infinity);
  }

  /** The slice has run its time: give way before the next unit of work. */
  get due(): boolean {
    return this.now() - this.sliceStart >= this.sliceMs;
  }

  /** Lets the waiting tasks run, then starts a new slice. */
  giveWay(): PromiseLike<void> {
    return this.giveWayBy().then(() => {
      this.sliceStart = this.now();
    });
  }
}

/** A pause that gives way once `sliceMs` have passed since it last did, and otherwise answers at once. */
export function slicer(sliceMs = SLICE_MS, now: () => number = () => performance.now()): Pause {
  const slices = new TimeSlices(nextTask, sliceMs, now);
  return async () => {
    if (slices.due) await slices.giveWay();
  };
}

/**
 * A computation written as a generator that yields between its units of work and returns its
 * result: run at once where nothing waits, or in slices where something may.
 */
export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving way between them whenever a slice is due (awaiting nothing else: safe in a transaction). */
export async function runInSlices<T>(steps: Steps<T>, slices: TimeSlices): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due) await slices.giveWay();
  }
}
