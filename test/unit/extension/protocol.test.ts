import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest, parseImportProgress, parseIndexStatus, publishedChange, type BackgroundRequest } from '@/lib/protocol';
import { clientFor, createReceiver, retryingOnce } from '@/lib/messaging';

/** A passage of one report, whose names differing from the page's are `names`. */
function passageWith(names: unknown) {
  const report = { sentenceId: 1, articleId: 'a', outlet: 'O', title: null, sentence: 'S.', score: 0.9, relation: 'paraphrase', figures: [], copyOf: null, published: null, names };
  return { text: 'P.', start: 0, end: 2, claimId: 1, score: 0.9, reports: [report], moreReports: false, loose: false };
}

describe('message validation', () => {
  it('accepts a well-formed request', () => {
    const parsed = parseBackgroundRequest({ type: 'analyzePage', payload: { url: 'https://a.b/c', title: 'T', text: 'Some text.', whole: true } });
    expect(parsed).toEqual({ ok: true, value: { type: 'analyzePage', payload: { url: 'https://a.b/c', title: 'T', text: 'Some text.', whole: true } } });
  });

  it('accepts the stories of a page that holds several, one of them named or none', () => {
    for (const named of [1, null]) {
      const payload = { url: 'https://a.b/c', title: 'T', text: 'One.\n\nTwo.', whole: true, stories: { texts: ['One.', 'Two.'], named } };
      expect(parseBackgroundRequest({ type: 'analyzePage', payload })).toEqual({ ok: true, value: { type: 'analyzePage', payload } });
    }
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', [1, 2]],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'deleteEverything', payload: {} }],
    ['an inherited property as type', { type: 'toString', payload: {} }],
    ['a missing payload', { type: 'getTabState' }],
    ['a field of the wrong type', { type: 'getTabState', payload: { tabId: '3' } }],
    ['a negative tab id', { type: 'getTabState', payload: { tabId: -1 } }],
    ['a page to add named by its address instead of its tab', { type: 'addPageToCorpus', payload: { url: 'https://example.org/a' } }],
    ['a fractional passage index', { type: 'revealPassage', payload: { tabId: 1, passageIndex: 0.5 } }],
    ['a value outside the allowed set', { type: 'pageSkipped', payload: { url: 'u', title: 't', reason: 'bored' } }],
    ['text over the size limit', { type: 'analyzePage', payload: { url: 'u', title: 't', text: 'x'.repeat(5_000_001) } }],
    ['a story named by its headline, not its place', { type: 'pagePassages', payload: { url: 'u', title: 't', passages: [], text: 'x', stories: { texts: ['x'], named: 'x' } } }],
    ['a whole-file removal of pasted texts, which name no file', { type: 'deleteImportFile', payload: { sourceFile: 'pasted text' } }],
    ['a whole-file removal of pages added from the side panel', { type: 'deleteImportFile', payload: { sourceFile: 'side panel' } }],
    ['a whole-file removal without a file name', { type: 'deleteImportFile', payload: {} }],
    ['stories given as one text', { type: 'analyzePage', payload: { url: 'u', title: 't', text: 'x', whole: true, stories: { texts: 'x', named: null } } }],
    ['an import named by a number', { type: 'importArticles', payload: { records: [], importId: 7 } }],
    ['a cancel naming no import', { type: 'cancelImport', payload: {} }],
    ['a cancel naming its import by number', { type: 'cancelImport', payload: { importId: 7 } }],
    ['a report whose other names are one name, not lists', { type: 'pagePassages', payload: { url: 'u', title: 't', passages: [passageWith({ page: 'Putin', report: ['Trump'] })], text: 'x' } }],
    ['a report without its other names', { type: 'pagePassages', payload: { url: 'u', title: 't', passages: [passageWith(undefined)], text: 'x' } }],
  ])('refuses %s with a readable error', (_case, message) => {
    const parsed = parseBackgroundRequest(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/\w{4,}/);
  });

  it('accepts a passage whose reports name other people than the page, or none', () => {
    const payload = { url: 'u', title: 't', passages: [passageWith({ page: ['Putin', 'Istanbul'], report: ['Trump'] }), passageWith(null)], text: 'x' };
    expect(parseBackgroundRequest({ type: 'pagePassages', payload })).toEqual({ ok: true, value: { type: 'pagePassages', payload } });
  });

  it('accepts the removal of an imported file by its name, whatever its case', () => {
    for (const sourceFile of ['user.ndjson', 'Saved Page.HTM', 'notes.txt']) {
      expect(parseBackgroundRequest({ type: 'deleteImportFile', payload: { sourceFile } })).toEqual({ ok: true, value: { type: 'deleteImportFile', payload: { sourceFile } } });
    }
  });

  it('refuses an import without an id, saying what it needs one for', () => {
    expect(parseBackgroundRequest({ type: 'importArticles', payload: { records: [] } })).toEqual({
      ok: false,
      error: 'importArticles: importId: missing: an import is sent under an id, which its progress and cancelImport go by',
    });
  });

  it('accepts an import and its cancel by the import’s id', () => {
    const importId = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
    expect(parseBackgroundRequest({ type: 'importArticles', payload: { records: [], importId } })).toEqual({ ok: true, value: { type: 'importArticles', payload: { records: [], importId } } });
    expect(parseBackgroundRequest({ type: 'cancelImport', payload: { importId } })).toEqual({ ok: true, value: { type: 'cancelImport', payload: { importId } } });
  });

  it('reads the published import progress only when it is well formed', () => {
    const progress = { importId: 'a', phase: 'indexing', done: 250, total: 1_000 };
    expect(parseImportProgress(progress)).toEqual(progress);
    expect(parseImportProgress(undefined)).toBeNull();
    expect(parseImportProgress({ ...progress, phase: 'reading' })).toBeNull();
    expect(parseImportProgress({ ...progress, done: -1 })).toBeNull();
    expect(parseImportProgress({ phase: 'checking', done: 0, total: 3 })).toBeNull();
  });

  it('reads the published index status only when it is well formed', () => {
    const status = { articles: 10, userArticles: 4, sentences: 90, claims: 70, pending: 0, state: 'ready' };
    expect(parseIndexStatus(status)).toEqual(status);
    expect(parseIndexStatus({ ...status, state: 'error', error: 'The disk is full.' })).toEqual({ ...status, state: 'error', error: 'The disk is full.' });
    expect(parseIndexStatus(undefined)).toBeNull();
    expect(parseIndexStatus({ ...status, state: 'indexing' })).toBeNull();
    expect(parseIndexStatus({ ...status, pending: -1 })).toBeNull();
    expect(parseIndexStatus({ ...status, claims: undefined })).toBeNull();
  });

  it('finds a published value changed only when its value did: Firefox lists every key of the area on any write', () => {
    const progress = { importId: 'a', phase: 'indexing', done: 250, total: 1_000 };
    // Each change event carries copies, never the object written.
    expect(publishedChange({ 'import:progress': { oldValue: progress, newValue: { ...progress } } }, 'import:progress')).toBeNull();
    expect(publishedChange({ 'index:build': { oldValue: '1:1', newValue: '1:1' } }, 'index:build')).toBeNull();
    expect(publishedChange({ 'tab:3': { newValue: {} } }, 'import:progress')).toBeNull();
    expect(publishedChange({ 'import:progress': { oldValue: progress, newValue: { ...progress, done: 500 } } }, 'import:progress')).toEqual({ value: { ...progress, done: 500 } });
    expect(publishedChange({ 'import:progress': { oldValue: progress } }, 'import:progress')).toEqual({ value: undefined });
    expect(publishedChange({ 'import:progress': { newValue: progress } }, 'import:progress')).toEqual({ value: progress });
    expect(publishedChange({ 'index:status': { oldValue: { pending: 1 }, newValue: { pending: 1, error: 'x' } } }, 'index:status')).toEqual({ value: { pending: 1, error: 'x' } });
  });

  it('keeps the two directions apart: the content script does not accept background requests', () => {
    expect(parseContentRequest({ type: 'getIndexStatus', payload: {} }).ok).toBe(false);
    expect(parseContentRequest({ type: 'revealPassage', payload: { passageIndex: 2 } }).ok).toBe(true);
  });
});

describe('receiver', () => {
  type Ctx = { tabId: number | null };
  const receive = createReceiver<BackgroundRequest, Ctx>(parseBackgroundRequest, {
    analyzePage: async () => ({ passages: [] }),
    pageSkipped: async () => ({ ok: true as const }),
    analysisFailed: async () => ({ ok: true as const }),
    openSidePanel: async () => ({ opened: false }),
    getTabState: async ({ tabId }, context) => {
      if (tabId === 13) throw new Error('storage is gone');
      return { tabId, url: `from ${context.tabId}`, title: '', status: 'idle' as const, passages: [] };
    },
    getIndexStatus: async () => ({ articles: 0, userArticles: 0, sentences: 0, claims: 0, pending: 0, state: 'ready' as const }),
    revealPassage: async () => ({ ok: true }),
    pagePassages: async () => ({ ok: true as const }),
    getSettings: async () => ({ enabled: true, sitePaused: false }),
    updateSettings: async ({ enabled, sitePaused }) => ({ enabled, sitePaused }),
    getComparison: async () => null,
    getPageReprint: async () => null,
    searchCorpus: async () => ({ claims: [], articles: [], claimArticles: {} }),
    getArticle: async () => null,
    importArticles: async () => ({ added: [], duplicates: [], copies: {}, storedCopies: {} }),
    cancelImport: async () => ({ cancelled: false }),
    readPageAnyway: async () => ({ ok: true }),
    addPageToCorpus: async () => ({ added: [], duplicates: [], copies: {}, storedCopies: {} }),
    listUserArticles: async () => ({ total: 0, articles: [] }),
    deleteArticles: async () => ({ deleted: 0 }),
    listImportFiles: async () => ({ files: [] }),
    deleteImportFile: async () => ({ deleted: 0 }),
    exportCorpus: async () => ({ lines: [], next: null }),
  });

  it('answers a valid request with the handler’s value and passes the sender context', async () => {
    const answer = await receive({ type: 'getTabState', payload: { tabId: 4 } }, { tabId: 9 });
    expect(answer).toEqual({ ok: true, value: expect.objectContaining({ tabId: 4, url: 'from 9' }) });
  });

  it('answers a malformed request with an error instead of calling a handler', async () => {
    const answer = await receive({ type: 'getTabState', payload: { tabId: 'x' } }, { tabId: null });
    expect(answer).toEqual({ ok: false, error: 'getTabState: tabId: must be a non-negative integer' });
  });

  it('turns a failing handler into an error answer, never a rejection', async () => {
    await expect(receive({ type: 'getTabState', payload: { tabId: 13 } }, { tabId: null })).resolves.toEqual({
      ok: false,
      error: 'getTabState: storage is gone',
    });
  });

  it('lets a client unwrap answers and throw refused ones', async () => {
    const ask = clientFor<import('@/lib/protocol').BackgroundRequests>((message) => receive(message, { tabId: 1 }));
    await expect(ask('getTabState', { tabId: 2 })).resolves.toMatchObject({ tabId: 2 });
    await expect(ask('getTabState', { tabId: 13 })).rejects.toThrow('storage is gone');
    const silent = clientFor<import('@/lib/protocol').BackgroundRequests>(async () => undefined);
    await expect(silent('getIndexStatus', {})).rejects.toThrow('getIndexStatus: no answer');
  });
});

describe('retryingOnce', () => {
  it('repeats a send that failed in transit, once, and answers the second result', async () => {
    const outcomes = [Promise.reject(new Error('The message port closed before a response was received.')), Promise.resolve('answer')];
    const sent: unknown[] = [];
    const send = retryingOnce((message) => {
      sent.push(message);
      return outcomes.shift()!;
    }, 1);
    await expect(send({ type: 'getIndexStatus' })).resolves.toBe('answer');
    expect(sent).toEqual([{ type: 'getIndexStatus' }, { type: 'getIndexStatus' }]);
  });

  it('gives up after the second failure with its error', async () => {
    let calls = 0;
    const send = retryingOnce(() => Promise.reject(new Error(`gone ${++calls}`)), 1);
    await expect(send({})).rejects.toThrow('gone 2');
    expect(calls).toBe(2);
  });
});
