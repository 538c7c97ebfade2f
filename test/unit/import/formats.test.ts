import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../../lib/corpus/import/read-files';
import { parsePastedText } from '../../../lib/corpus/import/text-file';
import { checkedTextRecord } from '../../../lib/corpus/import/text-record';
import { articleFromRecord, paragraphsOf } from '../../../lib/corpus/import/to-article';
import { exportLine } from '../../../lib/corpus/import/export-line';
import { MAX_ARTICLE_CHARS } from '../../../lib/corpus/import/limits';
import { parseNdjson } from '../../../lib/corpus/import/json-records';
import { pageRecord } from '../../../lib/corpus/import/page-record';
import { parseHtml } from './html-parser';

const file = (name: string, text: string) => new File([text], name);
const errorOf = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: Error) => error.message);

const good = { title: 'Bridge reopens', outlet: 'Coast Herald', url: 'https://coast.example/bridge', published: '2024-05-01T09:00:00Z', text: 'The bridge reopened on Friday.\n\nTraffic is back.' };

describe('JSON and NDJSON imports', () => {
  it('names the file, the line and the field of a bad record', async () => {
    const lines = [JSON.stringify(good), JSON.stringify({ ...good, url: 'https://coast.example/2' }), JSON.stringify({ ...good, published: 'last Friday' })];
    expect(await errorOf(readImportFiles([file('articles.ndjson', lines.join('\n'))], parseHtml))).toBe(
      'articles.ndjson line 3: "published" must be an ISO date (2024-05-01 or 2024-05-01T14:30:00Z)',
    );
  });

  it('gives the place and the line where a bad item of a JSON array starts', async () => {
    const text = `[\n  ${JSON.stringify(good)},\n  {\n    "title": "Two",\n    "text": 42\n  }\n]`;
    expect(await errorOf(readImportFiles([file('list.json', text)], parseHtml))).toBe('list.json article 2 (line 3): "text" must be a string, not a number');
  });

  it('lists every problem of every file at once', async () => {
    const message = await errorOf(
      readImportFiles([file('a.ndjson', '{"text": ""}\n{"text": "ok", "url": "ftp://x"}'), file('b.json', '{"text": "x", "colour": 1}')], parseHtml),
    );
    expect(message.split('\n')).toEqual([
      'a.ndjson line 1: "text" is empty',
      'a.ndjson line 2: "url" must be an http or https URL',
      'b.json line 1: "colour" is not a known field (known: title, outlet, url, published, text, origin)',
    ]);
  });

  it('reads records with optional fields left out, and an export reads back as the same articles', async () => {
    const records = await readImportFiles([file('a.json', JSON.stringify([good, { text: 'Only text.' }]))], parseHtml);
    expect(records).toEqual([
      { ...good, sourceFile: 'a.json' },
      { title: null, outlet: null, url: null, published: null, text: 'Only text.', sourceFile: 'a.json' },
    ]);
    const articles = records.map(articleFromRecord);
    const again = parseNdjson('export.ndjson', articles.map(exportLine).join('\n')).map(articleFromRecord);
    expect(again.map((a) => [a.id, a.title, a.outlet, a.url, a.published, a.paragraphs])).toEqual(
      articles.map((a) => [a.id, a.title, a.outlet, a.url, a.published, a.paragraphs]),
    );
  });

  it('exports an article at the length limit, given one paragraph per line, in a form that imports again', async () => {
    const line = 'The bridge reopened on Friday after fourteen months of repairs.';
    const lines = Array.from({ length: Math.floor(MAX_ARTICLE_CHARS / (line.length + 1)) }, () => line);
    const text = lines.join('\n');
    expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    const [article] = parseNdjson('a.ndjson', JSON.stringify({ text })).map(articleFromRecord);
    const [restored] = await readImportFiles([file('export.ndjson', exportLine(article))], parseHtml);
    expect(articleFromRecord(restored).paragraphs).toEqual(article.paragraphs);
  });

  it('exports an article of no known outlet with a null outlet, as the import schema has it', () => {
    const [article] = parseNdjson('a.ndjson', JSON.stringify({ text: 'Only text.' })).map(articleFromRecord);
    expect(JSON.parse(exportLine(article)).outlet).toBeNull();
  });
});

describe('text imports', () => {
  it('takes a headline-like first line as the title', async () => {
    const [record] = await readImportFiles([file('story.txt', 'Bridge reopens after repairs\n\nThe bridge reopened\non Friday.\n\nTraffic is back.')], parseHtml);
    expect(record.title).toBe('Bridge reopens after repairs');
    expect(articleFromRecord(record).paragraphs).toEqual(['The bridge reopened on Friday.', 'Traffic is back.']);
  });

  it.each([
    ['a sentence', 'The bridge reopened on Friday after months of work.\nTraffic is back.'],
    ['a lower-case line', 'and then the bridge reopened\nTraffic is back.'],
    ['the only line', 'Bridge reopens after repairs'],
    ['a long line', `${'Very long opening words '.repeat(12)}\nTraffic is back.`],
    ['a sentence ending in a quote', 'Peskov said on Tuesday: "No one is delaying anything here."\nTraffic is back.'],
    ['a sentence ending in a curly quote', 'Peskov said: \u201CNo one is delaying anything here.\u201D\nTraffic is back.'],
    ['a Chinese sentence', '\u4FC4\u7F57\u65AF\u5426\u8BA4\u62D6\u5EF6\u4E4C\u514B\u5170\u548C\u5E73\u8C08\u5224\u3002\n\u4EA4\u901A\u6062\u590D\u4E86\u3002'],
  ])('keeps %s as body text, not a title', async (_case, text) => {
    const [record] = await readImportFiles([file('story.txt', text)], parseHtml);
    expect(record.title).toBeNull();
    expect(record.text).toBe(text.trim());
  });

  it('uses the pasted fields, or the first line when no title is given', () => {
    const pasted = parsePastedText({ title: '', outlet: ' Coast Herald ', url: '', text: 'Bridge reopens\nThe bridge reopened.' });
    expect(pasted).toEqual({ title: 'Bridge reopens', outlet: 'Coast Herald', url: null, published: null, text: 'The bridge reopened.', sourceFile: 'pasted text' });
    expect(parsePastedText({ title: 'Mine', outlet: '', url: '', text: 'Bridge reopens\nThe bridge reopened.' }).text).toBe('Bridge reopens\nThe bridge reopened.');
  });

  it('splits paragraphs at blank lines and joins hard-wrapped lines', () => {
    expect(paragraphsOf('One line\nwrapped.\n\n  Two.  \n\n\n')).toEqual(['One line wrapped.', 'Two.']);
    expect(paragraphsOf('First.\nSecond.')).toEqual(['First.', 'Second.']);
  });

  it('finds the outlet from the URL when the record names none', () => {
    const article = articleFromRecord({ ...good, outlet: null, url: 'https://www.theguardian.com/world/x', sourceFile: 'a' });
    expect(article.outletId).toBe('guardian');
    expect(article.outlet).toBe('The Guardian');
    expect(article.origin).toBe('user');
    expect(article.id).toMatch(/^user:[0-9a-f]{16}$/);
  });
});

describe('HTML imports', () => {
  const page = `<!doctype html><html><head><title>Bridge reopens | Coast Herald</title>
    <link rel="canonical" href="https://coast.example/bridge">
    <meta property="og:site_name" content="Coast Herald">
    <meta property="article:published_time" content="2024-05-01T09:00:00+02:00">
    <script>document.write('<p>Injected by a script and never part of the article.</p>')</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Bridge reopens</h1>
    <p>The harbour bridge in Valmora reopened on Friday after fourteen months of repairs, the city council said in a statement.</p>
    <script>var tracking = "Script text that must not be imported as prose";</script>
    <p>Advertisement</p>
    <p>Mayor Ilse Brandt said traffic would return to normal within a week, and thanked residents for their patience during the closure.</p>
    <figure><img src="b.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
    <p>Story continues below advertisement</p>
    <p>Ferry operators expect fewer passengers this summer now that the crossing is open again to cars and lorries.</p>
    </article><footer>Copyright Coast Herald</footer></body></html>`;

  it("takes off a title's site name and section, which Readability leaves one of", async () => {
    const sectioned = page.replace('<title>Bridge reopens | Coast Herald</title>', '<title>Harbour bridge reopens to traffic | Valmora | Coast Herald</title>');
    const [record] = await readImportFiles([file('bridge.html', sectioned)], parseHtml);
    expect(record.title).toBe('Harbour bridge reopens to traffic');
  });

  it('extracts the article, its URL, outlet and date, without scripts or furniture', async () => {
    const [record] = await readImportFiles([file('bridge.html', page)], parseHtml);
    expect(record.url).toBe('https://coast.example/bridge');
    expect(record.outlet).toBe('Coast Herald');
    expect(record.published).toBe('2024-05-01T09:00:00+02:00');
    expect(record.title).toMatch(/Bridge reopens/);
    const paragraphs = articleFromRecord(record).paragraphs;
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The harbour bridge in Valmora reopened/);
    expect(paragraphs.join(' ')).not.toMatch(/Script text|Injected|dawn|Home|Copyright|advertisement/i);
  });
});

describe('one article a person gives', () => {
  const tooShort = 'has fewer than 2 words: too short to report a claim';

  it.each([
    ['pasted', async (text: string) => [checkedTextRecord(parsePastedText({ title: '', outlet: '', url: '', text }))], 'pasted text'],
    ['a .txt file', (text: string) => readImportFiles([file('note.txt', text)], parseHtml), 'note.txt'],
    ['a .html file', (text: string) => readImportFiles([file('page.html', `<html><body><article><p>${text}</p></article></body></html>`)], parseHtml), 'page.html'],
  ])('is refused, named by its source, when %s with fewer than two words', async (_case, read, source) => {
    expect(await errorOf(Promise.resolve().then(() => read('ab')))).toBe(`${source}: its text ${tooShort}`);
    expect(await errorOf(Promise.resolve().then(() => read('  42 !')))).toBe(`${source}: its text ${tooShort}`);
  });

  it.each([
    ['a two-word sentence', 'Putin resigned.'],
    ['a Chinese sentence, written without spaces', '普京宣布辞职。'],
    ['a Japanese sentence', '日本政府は新しい政策を発表した。'],
  ])('is taken when it is %s', async (_case, text) => {
    const [record] = await readImportFiles([file('note.txt', text)], parseHtml);
    expect(record.text).toBe(text);
  });

  it('is refused as one word when it is a word with marks (Hindi) or an elision', async () => {
    for (const text of ['नमस्ते', "Don't"]) {
      expect(await errorOf(readImportFiles([file('note.txt', text)], parseHtml))).toBe(`note.txt: its text ${tooShort}`);
    }
  });

  it('is stored without the ad labels and share prompts between its paragraphs when added from the side panel', () => {
    const text = ['The harbour bridge reopened on Friday.', 'Advertisement', 'Traffic is back, the mayor said.', ' Story continues below advertisement ', 'Share this article', 'Ferries expect fewer passengers.'].join('\n\n');
    const record = pageRecord({ url: 'https://coast.example/bridge', title: 'Bridge reopens', text, story: undefined });
    expect(articleFromRecord(record).paragraphs).toEqual(['The harbour bridge reopened on Friday.', 'Traffic is back, the mayor said.', 'Ferries expect fewer passengers.']);
  });

  it("is stored under its headline when added from the side panel, not the site's name after it", () => {
    const record = pageRecord({ url: 'https://coast.example/bridge', title: 'Harbour bridge reopens after repairs | News | The Coast Herald', text: good.text, story: undefined });
    expect(record.title).toBe('Harbour bridge reopens after repairs');
  });

  it('is stored under an address short enough once its tracking parameters are gone, when added from the side panel', () => {
    const url = `https://coast.example/bridge?utm_source=${'x'.repeat(2_100)}`;
    expect(pageRecord({ url, title: 'Bridge reopens', text: good.text, story: undefined }).url).toBe('https://coast.example/bridge');
  });

  it('leaves a JSON record of one word to the JSON rules: an export holding an older short article imports whole', async () => {
    const records = await readImportFiles([file('corpus.ndjson', [JSON.stringify({ text: 'ab' }), JSON.stringify(good)].join('\n'))], parseHtml);
    expect(records.map((r) => r.text)).toEqual(['ab', good.text]);
  });

  it('keeps a saved page whose title is too long or whose canonical link is not a web address, cutting or leaving them out', async () => {
    // Cut at 1,000 characters, the title would end in a space.
    const page = `<html><head><title>${'News '.repeat(300)}</title><link rel="canonical" href="https://"></head><body><article><h1>${'News '.repeat(300)}</h1><p>The bridge reopened on Friday after months of repairs, officials said.</p><p>Traffic is back.</p></article></body></html>`;
    const [record] = await readImportFiles([file('saved.html', page)], parseHtml);
    expect(record.title).toBe('News '.repeat(200).trimEnd());
    expect(record.url).toBeNull();
  });

  it('takes a saved page\'s og:url when its canonical link is relative, and leaves out a date it garbles', async () => {
    const page = `<html><head><link rel="canonical" href="/world/bridge"><meta property="og:url" content="https://coast.example/world/bridge"><meta property="article:published_time" content="Jan 1 20000"></head><body><article><p>The bridge reopened on Friday after months of repairs, officials said.</p><p>Traffic is back.</p></article></body></html>`;
    const [record] = await readImportFiles([file('saved.html', page)], parseHtml);
    expect(record.url).toBe('https://coast.example/world/bridge');
    expect(record.published).toBeNull();
  });

  it('keeps a saved page\'s date on the day its publisher gave, whatever the importing machine\'s zone', async () => {
    const saved = (date: string) => `<html><head><meta property="article:published_time" content="${date}"></head><body><article><p>The bridge reopened on Friday after months of repairs, officials said.</p><p>Traffic is back.</p></article></body></html>`;
    const publishedOf = async (date: string) => (await readImportFiles([file('saved.html', saved(date))], parseHtml))[0].published;
    // 21:00 in New York is the next day in UTC: the page's own day and zone are kept.
    expect(await publishedOf('2024-05-01T21:00:00-04:00')).toBe('2024-05-01T21:00:00-04:00');
    expect(await publishedOf('2024-05-01')).toBe('2024-05-01');
    const machineZone = process.env.TZ;
    try {
      for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(await publishedOf('May 1, 2024')).toBe('2024-05-01');
        expect(await publishedOf('May 1, 2024 23:30')).toBe('2024-05-01T23:30:00');
        // Written with a zone: kept on that zone's day, whatever the machine's.
        expect(await publishedOf('Tue, 22 Jul 2025 23:30:00 -0500')).toBe('2025-07-22T23:30:00-05:00');
        expect(await publishedOf('July 22, 2025 11:30 PM EDT')).toBe('2025-07-22T23:30:00-04:00');
        expect(await publishedOf('2025-07-22 23:30 GMT')).toBe('2025-07-22T23:30:00+00:00');
        expect(await publishedOf('2025-07-22 23:30:00+02:00')).toBe('2025-07-22T23:30:00+02:00');
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });
});

describe('files in other encodings than UTF-8', () => {
  const bytesFile = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);
  const CAFE = 'Café prices rise in Kyiv as the hryvnia falls, traders said on Friday.';

  it('reads a saved page in the charset it declares (windows-1252, ISO-8859-1)', async () => {
    for (const declaration of ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">']) {
      const page = `<html><head>${declaration}<title>Prices</title></head><body><article><p>${CAFE}</p><p>The central bank said it would act.</p></article></body></html>`;
      // Latin-1 bytes: é is the single byte 0xE9, which is no UTF-8.
      const [record] = await readImportFiles([bytesFile('prices.html', new Uint8Array(Buffer.from(page, 'latin1')))], parseHtml);
      expect(record.text).toContain(CAFE);
    }
  });

  it('reads UTF-16 text with its byte-order mark, either byte order, as Notepad saves "Unicode"', async () => {
    const text = `Prices\n\n${CAFE}`;
    const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
    const big = Buffer.from(little).swap16();
    for (const bytes of [little, big]) {
      const [record] = await readImportFiles([bytesFile('prices.txt', new Uint8Array(bytes))], parseHtml);
      expect(record.text).toBe(CAFE);
    }
  });

  it('reads an undeclared text that is not UTF-8 as windows-1252, curly quotes included', async () => {
    // 0x93 and 0x94 are windows-1252's curly double quotes.
    const bytes = new Uint8Array([...Buffer.from('Prices\n\n', 'latin1'), 0x93, ...Buffer.from(CAFE, 'latin1'), 0x94]);
    const [record] = await readImportFiles([bytesFile('prices.txt', bytes)], parseHtml);
    expect(record.text).toBe(`\u201c${CAFE}\u201d`);
  });
});

