/**
 * Shows which sentences of an article report claims the bundled corpus also reports.
 * Usage: npm run analyze -- [--json] FILE   (.txt, or .html: its article's title and prose)
 * For .txt input, offsets are JS string indices into the file's text as read.
 */
import { decodeFile } from '../lib/corpus/import/decode-file';
import { wrappedLinesJoined } from '../lib/corpus/import/to-article';
import { matchText } from '../lib/match/match';
import { articleTextOfHtml } from './match-tools/html-text';
import { loadSeedIndex } from './match-tools/seed-corpus';
import { sourceLabel } from '../lib/panel/article-info';
import { figureDifferenceWords } from '../lib/panel/wording';
import { exitQuietlyOnClosedPipe } from './match-tools/closed-pipe';
import { commandLine, InputError, parseInput, readInput } from './match-tools/tool-input';
import { looksBinary } from '../lib/corpus/import/binary-text';

exitQuietlyOnClosedPipe();
const { file, flags } = commandLine('npm run analyze -- [--json] FILE.txt|FILE.html', ['--json']);
const json = flags.has('--json');
// An .html page is read as an import reads it, in the charset it declares: the article's title
// and prose (offsets index that text). A .txt file's offsets index its text as read: UTF-8 as
// Node reads it (a byte-order mark is its first character), and as an import reads any other
// text: UTF-16 by its byte-order mark, bytes that are not UTF-8 as windows-1252.
const contents = readInput('analyze', file);
const text = parseInput('analyze', file, () => {
  const read = /\.html?$/i.test(file) ? decodeFile(contents, true) : textOfFile(contents);
  if (looksBinary(read)) throw new InputError('is not text (binary data?)');
  if (/\.html?$/i.test(file)) return articleTextOfHtml(file, read);
  if (read.trim() === '') throw new InputError('is empty: there is no article to analyze');
  return read;
});
const index = await loadSeedIndex();
// Sentences are read in paragraphs as an import reads them (a hard-wrapped line is no sentence
// end); each passage's text is then the file's own, line breaks included, as its offsets slice it.
const passages = (await matchText(wrappedLinesJoined(text), index)).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));

if (json) {
  console.log(JSON.stringify({
    passages: passages.map(({ text, start, end, claimId, score, loose, reports }) => ({
      text, start, end, claimId, score, loose,
      reports: reports.map(({ articleId, outlet, title, sentence, relation, figures, score, copyOf }) => ({ articleId, outlet, title, sentence, relation, figures, score, copyOf })),
    })),
  }));
} else if (passages.length === 0) {
  console.log('No sentence of this article reports a claim found in the corpus.');
} else {
  // Sources named as the side panel names them: an outlet, or an unnamed page by its title.
  const ids = new Set(passages.flatMap((p) => p.reports.flatMap((r) => [r.articleId, ...(r.copyOf ? [r.copyOf] : [])])));
  const articles = new Map((await index.articles([...ids])).map((a) => [a.id, a]));
  const source = (id: string) => sourceLabel(articles.get(id));
  for (const p of passages) {
    console.log(`[${p.start}-${p.end}] (claim ${p.claimId}, ${p.score.toFixed(2)}${p.loose ? ', loose' : ''}) ${p.text}`);
    for (const r of p.reports) {
      const copy = r.copyOf ? `, copy of ${source(r.copyOf)}` : '';
      console.log(`    ${r.relation.padEnd(16)} ${r.score.toFixed(2)}  ${source(r.articleId)}${copy}: ${r.sentence}`);
      for (const figure of r.figures) console.log(`      ${figureDifferenceWords(figure)}`);
    }
    console.log('');
  }
}

function textOfFile(bytes: Buffer): string {
  const decoded = decodeFile(bytes, false);
  const utf8 = bytes.toString('utf8');
  // The decoder drops a UTF-8 byte-order mark, which Node's reading keeps.
  return utf8.replace(/^\uFEFF/, '') === decoded ? utf8 : decoded;
}
