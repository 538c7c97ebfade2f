/**
 * Malformed imports, generated: each must fail with an error that names the file (and, for a
 * bad record, its line and field), and leave the stored articles exactly as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readImportFiles } from '../../../lib/corpus/import/read-files';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { MAX_ARTICLE_CHARS, MAX_ARTICLES_PER_IMPORT, MAX_IMPORT_BYTES } from '../../../lib/corpus/import/limits';
import { parseBackgroundRequest } from '../../../lib/protocol';
import { random } from '../../../scripts/corpus-tools/synthetic-corpus';
import { articleSnapshot, freshStore, indexAll, syntheticArticles } from '../store/store-fixtures';
import { parseHtml } from './html-parser';

interface Case {
  name: string;
  files: File[];
  /** What the error must say, file name included. */
  error: RegExp;
}

const good = { title: 'Bridge reopens', outlet: 'Coast Herald', url: 'https://coast.example/bridge', published: '2024-05-01', text: 'The bridge reopened on Friday.' };
const line = (record: object) => JSON.stringify(record);
const file = (name: string, data: string | Uint8Array) => new File([data as BlobPart], name);
const bytes = (seed: number, length: number) => {
  const next = random(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
};

function cases(): Case[] {
  const all: Case[] = [];
  const add = (name: string, files: File[], error: RegExp) => all.push({ name, files, error });

  for (const ext of ['txt', 'html', 'json', 'ndjson']) {
    add(`empty .${ext}`, [file(`empty.${ext}`, '')], new RegExp(`^empty\\.${ext}: is empty$`));
    add(`white space only .${ext}`, [file(`blank.${ext}`, ' \n\t \r\n')], new RegExp(`^blank\\.${ext}: is empty \\(only white space\\)$`));
    add(`byte order mark only .${ext}`, [file(`bom.${ext}`, '\uFEFF')], new RegExp(`^bom\\.${ext}: is empty`));
    for (const seed of [1, 2, 3]) {
      add(`random bytes .${ext} #${seed}`, [file(`noise${seed}.${ext}`, bytes(seed, 4096))], new RegExp(`^noise${seed}\\.${ext}: is not UTF-8 text`));
    }
    add(`text with NUL bytes .${ext}`, [file(`nul.${ext}`, 'The bridge\u0000reopened')], new RegExp(`^nul\\.${ext}: is not UTF-8 text`));
  }
  add('a PNG image renamed .txt', [file('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))], /^photo\.txt: is not UTF-8 text/);
  add('gzip data renamed .ndjson', [file('dump.ndjson', Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, ...bytes(9, 200)]))], /^dump\.ndjson: is not UTF-8 text/);
  // With a byte-order mark, UTF-16 is read (formats.test.ts); without one, nothing says it is text.
  add('UTF-16 text without a byte-order mark', [file('utf16.json', new Uint8Array(Buffer.from(line(good), 'utf16le')))], /^utf16\.json: is not UTF-8 text/);

  const array = JSON.stringify([good, { ...good, url: 'https://coast.example/2' }, { ...good, url: 'https://coast.example/3' }], null, 2);
  for (const cut of [1, 10, 40, 77, 120, 200, 260, array.length - 1]) {
    add(`JSON truncated at ${cut}`, [file('cut.json', array.slice(0, cut))], /^cut\.json line \d+: is not valid JSON/);
  }
  const ndjson = [line(good), line({ ...good, url: 'https://coast.example/2' }), line({ ...good, url: 'https://coast.example/3' })].join('\n');
  for (const cut of [20, 120, ndjson.length - 5]) {
    add(`NDJSON truncated at ${cut}`, [file('cut.ndjson', ndjson.slice(0, cut))], /^cut\.ndjson line \d: is not valid JSON/);
  }
  add('a JSON array instead of NDJSON lines', [file('wrong.ndjson', array)], /^wrong\.ndjson line 1: is not valid JSON/);
  add('a trailing comma', [file('comma.json', `[${line(good)},]`)], /^comma\.json line 1: is not valid JSON/);
  add('single quotes', [file('quotes.json', "[{'text': 'x'}]")], /^quotes\.json line 1: is not valid JSON/);

  const wrongValues: [string, unknown][] = [['a number', 42], ['a boolean', true], ['an object', { a: 1 }], ['an array', ['x']]];
  for (const field of ['title', 'outlet', 'url', 'published', 'text']) {
    for (const [kind, value] of wrongValues) {
      add(`"${field}" is ${kind}`, [file('types.ndjson', `${line(good)}\n${line({ ...good, [field]: value })}`)], new RegExp(`^types\\.ndjson line 2: "${field}" must be a string`));
    }
  }

  const badValues: [string, object, RegExp][] = [
    ['a date in words', { published: 'yesterday' }, /"published" must be an ISO date/],
    ['an impossible date', { published: '2024-13-45' }, /"published" must be an ISO date/],
    ['a US-style date', { published: '05/01/2024' }, /"published" must be an ISO date/],
    ['a URL without scheme', { url: 'coast.example/bridge' }, /"url" must be an http or https URL/],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /"url" must be an http or https URL/],
    ['an ftp URL', { url: 'ftp://coast.example/x' }, /"url" must be an http or https URL/],
    ['an empty text', { text: '' }, /"text" is empty/],
    ['a blank text', { text: ' \n ' }, /"text" is empty/],
    ['a misspelt field', { publised: '2024-05-01' }, /"publised" is not a known field/],
    ['an unknown origin', { origin: 'robot' }, /"origin" must be "user" or "bundled"/],
    ['a text over the size limit', { text: 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1) }, /"text" is longer than/],
    ['a title over the size limit', { title: 't'.repeat(1_001) }, /"title" is longer than/],
  ];
  for (const [name, change, error] of badValues) {
    add(name, [file('values.json', JSON.stringify([good, { ...good, url: 'https://coast.example/9', ...change }], null, 1))], new RegExp(`^values\\.json article 2 \\(line \\d+\\): ${error.source}`));
  }
  // A list on one line: the article's place in it tells which is wrong.
  add('a bad record in a one-line list', [file('oneline.json', JSON.stringify([good, { ...good, url: 'https://coast.example/8' }, { ...good, url: 'https://coast.example/9', published: 'May 1' }]))], /^oneline\.json article 3 \(line 1\): "published" must be an ISO date/);
  const { text: _text, ...withoutText } = good;
  add('a record without text', [file('notext.ndjson', line(withoutText))], /^notext\.ndjson line 1: "text" is missing/);
  for (const [kind, value] of [['a number', '7'], ['a string', '"text"'], ['null', 'null'], ['an array', '[1, 2]'], ['true', 'true']]) {
    add(`an NDJSON line holding ${kind}`, [file('items.ndjson', `${line(good)}\n${value}`)], /^items\.ndjson line 2: each article must be a JSON object/);
    // A list's item is named by its place too.
    const where = kind === 'an array' ? 'article 1 \\(line 1\\)' : 'line 1';
    add(`a JSON file holding ${kind}`, [file('top.json', value)], new RegExp(`^top\\.json ${where}: each article must be a JSON object`));
  }
  add('an empty JSON array', [file('none.json', '[]')], /^none\.json: holds an empty list/);

  add('a 50 MB file', [file('huge.ndjson', new Uint8Array(50 * 1024 * 1024).fill(0x61))], /^huge\.ndjson: is 50\.0 MB \(52428800 bytes\), over the 16\.0 MB \(16777216 bytes\) an import may hold; split it/);
  add('one byte over the limit', [file('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))], /^big\.txt: is 16\.0 MB \(16777217 bytes\), over the 16\.0 MB \(16777216 bytes\)/);
  add('two files over the limit together', [file('a.txt', new Uint8Array(MAX_IMPORT_BYTES / 2 + 1).fill(0x61)), file('b.txt', new Uint8Array(MAX_IMPORT_BYTES / 2).fill(0x61))], /^2 files: is 16\.0 MB \(16777217 bytes\), over/);
  const tooMany = Array.from({ length: MAX_ARTICLES_PER_IMPORT + 1 }, (_, i) => line({ text: `Article number ${i}.` })).join('\n');
  add('too many articles', [file('many.ndjson', tooMany)], new RegExp(`^many\\.ndjson: holds ${MAX_ARTICLES_PER_IMPORT + 1} articles; at most ${MAX_ARTICLES_PER_IMPORT}`));

  add('HTML with only scripts', [file('scripts.html', '<html><head><script>var story = "The bridge reopened on Friday after long repairs.";</script></head><body><script>document.body.innerHTML = "<p>" + story + "</p>"</script></body></html>')], /^scripts\.html: holds no readable article text/);
  add('HTML with scripts, styles and an empty article', [file('shell.html', '<html><body><style>p{color:red}</style><article><script>alert("hi")</script></article><noscript>Enable JavaScript</noscript></body></html>')], /^shell\.html: holds no readable article text/);
  add('HTML of a bare frameset', [file('frames.html', '<html><frameset><frame src="a.html"></frameset></html>')], /^frames\.html: holds no readable article text/);
  add('an HTML file of just markup', [file('markup.htm', '<div><div><span></span></div></div>')], /^markup\.htm: holds no readable article text/);
  add('HTML with an event-handler payload and no text', [file('xss.html', '<img src=x onerror="alert(1)"><svg onload="alert(2)"></svg>')], /^xss\.html: holds no readable article text/);

  for (const name of ['report.pdf', 'story.docx', 'README', 'setup.exe']) {
    add(`unsupported file ${name}`, [file(name, 'The bridge reopened on Friday.')], new RegExp(`^${name.replace('.', '\\.')}: has an unsupported type`));
  }
  add('no files', [], /^import: no files chosen$/);
  add('a good file with a bad one', [file('fine.ndjson', line(good)), file('bad.ndjson', `${line({ ...good, url: 'https://coast.example/4' })}\n{"text":`)], /^bad\.ndjson line 2: is not valid JSON/);
  add('a good text file with an empty one', [file('fine.txt', 'Bridge reopens\nThe bridge reopened.'), file('empty.txt', '')], /^empty\.txt: is empty$/);
  return all;
}

const CASES = cases();

describe('malformed imports', () => {
  const store = freshStore();
  let before: unknown[];

  beforeAll(async () => {
    await store.importArticles(syntheticArticles(12));
    await indexAll(store);
    before = await articleSnapshot(store);
  });

  it('covers at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: a clear error, nothing stored', async (_name, { files, error }) => {
    let message = 'no error';
    try {
      const records = await readImportFiles(files, parseHtml);
      await store.importArticles(records.map(articleFromRecord));
    } catch (caught) {
      message = (caught as Error).message;
    }
    expect(message).toMatch(error);
    expect(await articleSnapshot(store)).toEqual(before);
    expect((await store.counts()).pending).toBe(0);
  });

  it.each([
    ['records that are not a list', { records: 'x' }, /records: must be an array/],
    ['a record of the wrong type', { records: [7] }, /records: \[0\]: must be an object/],
    ['a record with a numeric title', { records: [{ ...good, title: 3, sourceFile: 'f' }] }, /records: \[0\]: title: must be a string or null/],
    ['a record without its source file', { records: [{ ...good }] }, /records: \[0\]: must be a string/],
    ['a record with a bad date', { records: [{ ...good, published: 'soon', sourceFile: 'f' }] }, /records: \[0\]: published: must be an ISO date/],
  ])('the background refuses an import message with %s', (_name, payload, error) => {
    const parsed = parseBackgroundRequest({ type: 'importArticles', payload });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});
