/**
 * Every bulk request of the database in batches. A request clones its row as it is issued, on
 * the calling thread: an index chunk's ~20,000 posting rows in one bulkPut held the background
 * for a second, and an import's or a chunk's bulkGet and bulkAdd as long (bench:index), answering
 * no message and freezing Firefox's options page, which shares the background page's event loop.
 * Batches are issued as earlier ones are answered, and the answers come as tasks of their own,
 * so whatever waits runs between them. Several are in flight, so the database always has the
 * next ones while the thread issues more: in Chromium 20,000 rows written in batches of 100,
 * two in flight, took about as long as in one request, where one batch at a time took half as
 * long again. Firefox, whose database runs in another process, answers later: a 2,000-article
 * import and build took 88-99 s with four in flight, 101-108 s with two and 100 s with each
 * bulk call one request (a shared machine: runs vary by about 10 s). A batch is issued from the
 * answer of an earlier one, so a transaction stays active.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';

/** Rows per batch: in Chromium a row's request costs 20-120 µs (a sentence with its features the most), so a batch is issued in ~2-12 ms. */
const ROWS_PER_BATCH = 100;
/** Batches issued and not yet answered: the first ones are issued at once, so about 400 rows' worth. */
const IN_FLIGHT = 4;

export const requestBatches: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'request-batches',
  create: (down) => ({
    ...down,
    table: (name) => batchedTable(down.table(name)),
  }),
};

function batchedTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    getMany: (request) =>
      request.keys.length <= ROWS_PER_BATCH
        ? table.getMany(request)
        : inTurn(batchesOf(request.keys), (keys) => table.getMany({ ...request, keys })).then((answers) => answers.flat()),
    mutate: (request) => {
      const rows = rowsOf(request);
      if (rows === null || rows <= ROWS_PER_BATCH) return table.mutate(request);
      const starts = Array.from({ length: Math.ceil(rows / ROWS_PER_BATCH) }, (_, k) => k * ROWS_PER_BATCH);
      return inTurn(starts, (start) => table.mutate(slice(request, start, start + ROWS_PER_BATCH))).then((answers) => joined(answers, starts));
    },
  };
}

/**
 * How many rows a mutation carries, when it is a plain list of rows: adds, puts and deletes
 * by key. Null for one given by a range or a change to apply (a Collection's modify or
 * delete, a bulkUpdate), which are issued as Dexie makes them.
 */
function rowsOf(request: DBCoreMutateRequest): number | null {
  if (request.type === 'add') return request.values.length;
  if (request.type === 'put') return request.criteria || request.changeSpec || request.updates ? null : request.values.length;
  if (request.type === 'delete') return request.criteria ? null : request.keys.length;
  return null;
}

function slice(request: DBCoreMutateRequest, start: number, end: number): DBCoreMutateRequest {
  if (request.type === 'delete') return { ...request, keys: request.keys.slice(start, end) };
  if (request.type === 'add' || request.type === 'put') {
    return { ...request, values: request.values.slice(start, end), keys: request.keys?.slice(start, end) };
  }
  return request;
}

/** The batches' answers as one: failures and results numbered as in the whole request. */
function joined(answers: DBCoreMutateResponse[], starts: number[]): DBCoreMutateResponse {
  const failures: DBCoreMutateResponse['failures'] = {};
  answers.forEach((answer, k) => {
    for (const [at, error] of Object.entries(answer.failures)) failures[starts[k] + Number(at)] = error;
  });
  return {
    numFailures: answers.reduce((sum, answer) => sum + answer.numFailures, 0),
    failures,
    lastResult: answers[answers.length - 1].lastResult,
    results: answers.every((answer) => answer.results) ? answers.flatMap((answer) => answer.results!) : undefined,
  };
}

function batchesOf<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < items.length; at += ROWS_PER_BATCH) batches.push(items.slice(at, at + ROWS_PER_BATCH));
  return batches;
}

/** Issues the requests IN_FLIGHT at a time, each next one as an earlier one is answered; the answers in order. */
function inTurn<T, R>(items: readonly T[], request: (item: T) => Promise<R>): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const answers: R[] = [];
    let issued = 0;
    let answered = 0;
    const issue = () => {
      const k = issued++;
      request(items[k]).then((answer) => {
        answers[k] = answer;
        if (++answered === items.length) resolve(answers);
        else if (issued < items.length) issue();
      }, reject);
    };
    while (issued < Math.min(IN_FLIGHT, items.length)) issue();
  });
}
