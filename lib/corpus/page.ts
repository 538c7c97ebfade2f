/**
 * Splits the text of a saved news or aggregator page into the articles on it.
 *
 * A page is a main article, page furniture, and often a list of further articles
 * ("Related Articles"). Each article opens with a header: some of a headline (often
 * printed twice), an outlet line and a time line, in any order; then its body lines follow
 * until the next header, a section marker or furniture that starts a block (comments, app
 * promotion). The start of the file opens a header too, for pages that begin with the
 * main headline or directly with the body.
 */
import { boilerplateEffect, withoutBoilerplateTail } from './boilerplate';
import { readByline, type Byline } from './byline';
import { outletByName } from './outlets';

export interface PageArticle {
  title: string | null;
  outlet: string | null;
  time: string | null;
  bodyLines: string[];
}

export interface PageText {
  articles: PageArticle[];
  /** Furniture lines, kept so callers can tell whose page it is (an aggregator's name). */
  furniture: string[];
}

type PageLine =
  | { kind: 'text'; text: string }
  | { kind: 'byline'; byline: Byline }
  | { kind: 'furniture'; text: string; effect: 'line' | 'block' | 'section' };

/**
 * Headlines are short, start with a capital (or a quote or digit) and do not end like a
 * sentence; they may end in "?" or a quote.
 */
function isHeadlineShaped(text: string): boolean {
  return (
    text.split(/\s+/).length <= 25 &&
    text.length <= 200 &&
    /^['"‘“]?[\p{Lu}\p{N}]/u.test(text) &&
    !/\.$/.test(text.replace(/['"’”)]+$/, ''))
  );
}

function classifyLines(text: string): PageLine[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => withoutBoilerplateTail(line))
    .filter((line) => line !== '');
  return lines.map((line, index): PageLine => {
    const effect = boilerplateEffect(line);
    if (effect) return { kind: 'furniture', text: line, effect };
    const nearby = { next: lines.slice(index + 1, index + 3), previous: lines.slice(Math.max(0, index - 2), index).reverse() };
    const byline = readByline(line, nearby);
    return byline ? { kind: 'byline', byline } : { kind: 'text', text: line };
  });
}

/**
 * Cards may carry several name lines (a category bullet such as "• Entertainment" next to
 * the outlet): the first name the registry knows wins, else the first name given.
 */
function preferredOutlet(current: string | null, candidate: string | null): string | null {
  if (current === null) return candidate;
  if (candidate !== null && !outletByName(current) && outletByName(candidate)) return candidate;
  return current;
}

function emptyArticle(): PageArticle {
  return { title: null, outlet: null, time: null, bodyLines: [] };
}

export function readPage(text: string): PageText {
  const lines = classifyLines(text);
  const articles: PageArticle[] = [];
  const furniture: string[] = [];
  let current = emptyArticle();
  let mode: 'header' | 'body' | 'skip' = 'header';

  /** The next line that is not single-line furniture (an "Advertisement" between). */
  const nextContent = (index: number, skip = 0): PageLine | undefined =>
    lines.slice(index + 1).filter((line) => line.kind !== 'furniture' || line.effect !== 'line')[skip];
  const isTimedByline = (line: PageLine | undefined) => line?.kind === 'byline' && line.byline.time !== null;
  /** A card whose headline precedes its outlet and time lines. */
  const headlineOfCard = (index: number, text: string): boolean =>
    isHeadlineShaped(text) &&
    nextContent(index)?.kind === 'byline' &&
    (isTimedByline(nextContent(index)) || isTimedByline(nextContent(index, 1)));

  const startArticle = () => {
    if (current.bodyLines.length > 0) articles.push(current);
    current = emptyArticle();
    mode = 'header';
  };

  lines.forEach((line, index) => {
    if (line.kind === 'furniture') {
      furniture.push(line.text);
      if (line.effect === 'section') startArticle();
      else if (line.effect === 'block') mode = 'skip';
      return;
    }
    if (line.kind === 'byline') {
      // A byline after body text opens the next article; a lone outlet name that ends a
      // body ("Reuters") is a credit and yields an empty article, which is dropped.
      if (mode !== 'header') startArticle();
      current.outlet = preferredOutlet(current.outlet, line.byline.outlet);
      current.time ??= line.byline.time;
      return;
    }
    const next = nextContent(index);
    const printedTwice = next?.kind === 'text' && next.text === line.text;
    if (mode !== 'header' && (printedTwice || headlineOfCard(index, line.text))) startArticle();
    if (mode === 'skip') return;
    if (mode === 'header') {
      if (current.title === line.text) return;
      const moreFollows = next !== undefined && next.kind !== 'furniture';
      if (current.title === null && isHeadlineShaped(line.text) && moreFollows) {
        current.title = line.text;
        return;
      }
      mode = 'body';
    }
    current.bodyLines.push(line.text);
  });
  startArticle();
  return { articles, furniture };
}
