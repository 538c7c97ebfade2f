/**
 * The command-line tools as a caller runs them: a child process on a file, reading the JSON it
 * prints. Checked on behaviour (offsets slice back, a corpus sentence is found, an unrelated
 * one is not, labels are scored) rather than on figures the tools computed before.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { LINK_THRESHOLD } from '../../../lib/match/score';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'nc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runJson(script: string, file: string): Promise<any> {
  const { stdout } = await promisify(execFile)(TSX, [join(ROOT, 'scripts', script), '--json', file], { cwd: ROOT });
  return JSON.parse(stdout);
}

/** A sentence the bundled Reuters story prints word for word. */
const CORPUS_SENTENCE = readFileSync(join(ROOT, 'seeds', '003_bed8e93c8511a76b.txt'), 'utf8')
  .split(/(?<=\.)\s+/)
  .find((s) => s.startsWith('Medinsky said the negotiators agreed'))!;

describe('npm run analyze -- --json', () => {
  it('gives passages whose offsets slice the file as read, for a reported sentence and not an unrelated one', async () => {
    const unrelated = 'A new bakery on the town square drew long queues on its first morning.';
    // CRLF line ends and a non-ASCII title: offsets are JavaScript string indices into the text as read.
    const text = `Gespräche in Istanbul\r\n\r\n${unrelated}\r\n\r\n${CORPUS_SENTENCE}\r\n`;
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const { passages } = await runJson('analyze.ts', file);
    expect(passages.map((p: { text: string }) => p.text)).toEqual([CORPUS_SENTENCE]);
    for (const p of passages) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.reports.length).toBeGreaterThan(0);
      for (const r of p.reports) expect(Object.keys(r)).toEqual(expect.arrayContaining(['articleId', 'outlet', 'title', 'sentence', 'relation']));
    }
    expect(passages[0].reports.some((r: { relation: string }) => r.relation === 'verbatim')).toBe(true);
  }, 60_000);

  it('reads a hard-wrapped paragraph as an import does, one paragraph, its offsets still slicing the file', async () => {
    // Wrapped at a word near the middle, with CRLF line ends inside and between paragraphs.
    const words = CORPUS_SENTENCE.split(' ');
    const wrapped = `${words.slice(0, 12).join(' ')}\r\n${words.slice(12).join(' ')}`;
    const text = `Talks in Istanbul\r\n\r\nA new bakery on the town square drew long queues\r\non its first morning.\r\n\r\n${wrapped}\r\n`;
    const file = join(dir, 'wrapped.txt');
    writeFileSync(file, text);
    const { passages } = await runJson('analyze.ts', file);
    expect(passages.map((p: { text: string }) => p.text)).toEqual([wrapped]);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  }, 60_000);

  it('reads an .html page as an import does: the article, not its comment box or link lists', async () => {
    const filler = (n: number) => `Paragraph ${n} of the story describes the scene at the venue in some detail for the reader.`;
    const inComment = 'Russia controls nearly 19 per cent of what is internationally recognised to be Ukraine.';
    const html = `<!doctype html><html><head><title>Talks in Istanbul</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">${inComment}</a></nav>
      <article><h1>Talks in Istanbul</h1>${[1, 2, 3].map((n) => `<p>${filler(n)}</p>`).join('')}<p>${CORPUS_SENTENCE}</p>${[4, 5].map((n) => `<p>${filler(n)}</p>`).join('')}</article>
      <section class="comments"><form><label>Your comment <textarea>${inComment}</textarea></label></form></section>
      </body></html>`;
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const { passages } = await runJson('analyze.ts', file);
    expect(passages.map((p: { text: string }) => p.text)).toEqual([CORPUS_SENTENCE]);
  }, 60_000);

  it('gives a report the claim holds far from the passage the relation via-claim, not paraphrase', async () => {
    // The page's standfirst links to the claim of Pasechnik's "100 per cent"; two reports of that
    // claim tell his words, not Moscow's, and score well under the link cut to the standfirst.
    const { passages } = await runJson('analyze.ts', join(ROOT, 'test', 'fixtures', 'pages', 'onpage', 'kremlin-denies-stalling.html'));
    const reports: { relation: string; score: number }[] = passages.flatMap((p: { reports: unknown[] }) => p.reports);
    const far = reports.filter((r) => r.score < LINK_THRESHOLD);
    expect(far.length).toBeGreaterThan(0);
    expect(far.map((r) => r.relation)).not.toContain('paraphrase');
    expect(far.map((r) => r.relation)).toContain('via-claim');
  }, 60_000);
});

describe('npm run pairs -- --json', () => {
  it('reads an MSRP-format file with a byte-order mark and CRLF, and scores its labels', async () => {
    const rows = [
      ['Quality', '#1 ID', '#2 ID', '#1 String', '#2 String'],
      ['1', 'a1', 'a2', CORPUS_SENTENCE, CORPUS_SENTENCE.replace('exchange', 'swap')],
      ['0', 'b1', 'b2', CORPUS_SENTENCE, 'The weather in Istanbul was hot and sunny all day, and the ferries ran on time.'],
    ];
    const file = join(dir, 'pairs.tsv');
    writeFileSync(file, `\uFEFF${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`);
    const result = await runJson('pairs.ts', file);
    expect(result.pairs.map((p: { id1: string; id2: string; same: boolean }) => [p.id1, p.id2, p.same])).toEqual([
      ['a1', 'a2', true],
      ['b1', 'b2', false],
    ]);
    for (const p of result.pairs) expect(p.score).toBeGreaterThanOrEqual(0);
    expect([result.accuracy, result.f1]).toEqual([1, 1]);
    expect(result.recall).toEqual({ same: 1, different: 1 });
  }, 60_000);
});

describe('the tools on input they cannot use', () => {
  /** Runs a tool expecting it to fail: its exit code and what it printed on stderr. */
  async function runFailing(script: string, file: string, args = ['--json', file]): Promise<{ code: number; stderr: string }> {
    try {
      await promisify(execFile)(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT });
    } catch (error) {
      const { code, stderr } = error as { code: number; stderr: string };
      return { code, stderr };
    }
    throw new Error(`${script} succeeded on ${file}`);
  }

  it('names a file that cannot be read, in one line without a stack trace', async () => {
    for (const script of ['analyze.ts', 'pairs.ts']) {
      const { code, stderr } = await runFailing(script, join(dir, 'no-such-file.txt'));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/no-such-file\.txt.*no such file/i);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('gives no accuracy for a pair file without pairs', async () => {
    const file = join(dir, 'header-only.tsv');
    writeFileSync(file, 'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n');
    expect(await runJson('pairs.ts', file)).toEqual({ accuracy: null, f1: null, recall: null, pairs: [] });
  }, 60_000);

  it('names the line of a pair file that lacks fields, counting blank lines', async () => {
    const file = join(dir, 'short.tsv');
    writeFileSync(file, `Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n\n1\ta\tb\tOne sentence.\tAnother.\n1\tc\td\tOnly one sentence\n`);
    const { code, stderr } = await runFailing('pairs.ts', file);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/short\.tsv.*line 4.*5 tab-separated fields/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses an .html page with no article text and a binary file, in one line', async () => {
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    for (const [name, problem] of [['empty.html', /holds no readable article text/], ['noise.txt', /is not text/]] as const) {
      const { code, stderr } = await runFailing('analyze.ts', join(dir, name));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(new RegExp(`^analyze: .*${name.replace('.', '\\.')}: ${problem.source}`));
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('reads a UTF-16 and a windows-1252 text as an import does, offsets indexing the text as decoded', async () => {
    const text = `Talks in Istanbul \u2013 caf\u00e9 report\r\n\r\n${CORPUS_SENTENCE}\r\n`;
    const utf16 = join(dir, 'notepad-unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const legacy = join(dir, 'windows-1252.txt');
    writeFileSync(legacy, Buffer.from(text.replace('\u2013', '\x96'), 'latin1'));
    for (const file of [utf16, legacy]) {
      const { passages } = await runJson('analyze.ts', file);
      expect(passages.map((p: { text: string }) => p.text)).toEqual([CORPUS_SENTENCE]);
      for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  }, 60_000);

  it('refuses an empty article file, saying so', async () => {
    writeFileSync(join(dir, 'blank.txt'), '\r\n  \n');
    const { code, stderr } = await runFailing('analyze.ts', join(dir, 'blank.txt'));
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^analyze: .*blank\.txt: is empty/);
  }, 60_000);

  it('stops with its usage on a mistyped option or a second file, rather than ignore them', async () => {
    const file = join(dir, 'any.txt');
    writeFileSync(file, 'A new bakery on the town square drew long queues on its first morning.\n');
    for (const script of ['analyze.ts', 'pairs.ts']) {
      const mistyped = await runFailing(script, file, ['--jsn', file]);
      expect(mistyped.code).toBe(2);
      expect(mistyped.stderr).toMatch(/unknown option --jsn[\s\S]*usage: npm run/);
      const twoFiles = await runFailing(script, file, ['--json', file, file]);
      expect(twoFiles.code).toBe(2);
      expect(twoFiles.stderr).toMatch(/one file at a time[\s\S]*usage: npm run/);
    }
  }, 60_000);

  it('names a pair whose label is not 0 or 1 among labelled ones, rather than drop every figure', async () => {
    const file = join(dir, 'odd-label.tsv');
    writeFileSync(file, `Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\ta\tb\tOne sentence.\tAnother.\nyes\tc\td\tA third.\tA fourth.\n`);
    const { code, stderr } = await runFailing('pairs.ts', file);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/odd-label\.tsv.*line 3.*"yes"/);
  }, 60_000);
});

describe('npm run pairs on files that bend the format', () => {
  it('keeps the first pair of a file without a header line', async () => {
    const file = join(dir, 'no-header.tsv');
    writeFileSync(file, `1\ta\tb\t${CORPUS_SENTENCE}\t${CORPUS_SENTENCE}\n0\tc\td\tThe harbour bridge reopened on Friday.\t${CORPUS_SENTENCE}\n`);
    const { pairs, accuracy } = await runJson('pairs.ts', file);
    expect(pairs.map((p: { id1: string }) => p.id1)).toEqual(['a', 'c']);
    expect(accuracy).toBe(1);
  }, 60_000);

  it('gives no F1 for a file with no pair of the same claim, labelled or scored so', async () => {
    const file = join(dir, 'all-different.tsv');
    writeFileSync(file, `Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n0\tc\td\tThe harbour bridge reopened on Friday.\t${CORPUS_SENTENCE}\n`);
    // No pair is labelled the same claim: its recall is over no case.
    expect(await runJson('pairs.ts', file)).toMatchObject({ accuracy: 1, f1: null, recall: { same: null, different: 1 } });
  }, 60_000);

  it('reads a UTF-16 file by its byte-order mark', async () => {
    const file = join(dir, 'utf16.tsv');
    const text = `Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\r\n1\ta\tb\t${CORPUS_SENTENCE}\t${CORPUS_SENTENCE}\r\n`;
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await runJson('pairs.ts', file)).toMatchObject({ accuracy: 1, pairs: [{ id1: 'a', id2: 'b', same: true }] });
  }, 60_000);
});
