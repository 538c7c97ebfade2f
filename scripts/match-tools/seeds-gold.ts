/**
 * Evaluation scaffolding for the seeds gold catalogue (never used by the product): builds the
 * gold articles straight from the gold line ranges of the seed files, so the matcher can be
 * measured independently of the corpus parser, and reads the gold claims and negatives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withoutBoilerplateTail } from '../../lib/corpus/boilerplate';
import type { Article } from '../../lib/types';
import { REPO_ROOT } from './paths';

interface GoldArticle {
  id: string;
  file: string;
  outlet: string;
  title: string | null;
  duplicate_of: string | null;
  body_lines: [number, number];
  headings: string[];
  caption_details: { line: number; type: string; text: string }[];
  embeds: { text: string }[];
}

export interface GoldReport {
  article_id: string;
  sentence: string;
  duplicate?: boolean;
}

export interface GoldClaim {
  id: string;
  single_source: boolean;
  ambiguous?: boolean;
  reports: GoldReport[];
}

export interface GoldNegative {
  id: string;
  a: GoldReport;
  b: GoldReport;
}

export interface SeedsGold {
  articles: Article[];
  claims: GoldClaim[];
  negatives: GoldNegative[];
  /** Article id -> ids of its copies and originals (duplicate_of, both directions). */
  copiesOf: Map<string, Set<string>>;
}

export function loadSeedsGold(evalDir: string): SeedsGold {
  const goldDir = path.join(evalDir, 'seeds-gold');
  const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as T;
  const goldArticles = read<GoldArticle[]>('articles.json');
  const copiesOf = new Map<string, Set<string>>(goldArticles.map((a) => [a.id, new Set<string>()]));
  for (const a of goldArticles) {
    if (!a.duplicate_of) continue;
    copiesOf.get(a.id)!.add(a.duplicate_of);
    copiesOf.get(a.duplicate_of)!.add(a.id);
  }
  return {
    articles: goldArticles.map(toArticle),
    claims: read<GoldClaim[]>('claims.json'),
    negatives: read<GoldNegative[]>('negatives.json'),
    copiesOf,
  };
}

/**
 * Body lines of the gold range without headings, image lines and embeds; inline captions cut out,
 * and syndication footers glued to a paragraph ("Originally published as …", which the gold
 * calls boilerplate) removed as the product's corpus parser removes them.
 */
function toArticle(gold: GoldArticle): Article {
  const lines = readFileSync(path.join(REPO_ROOT, 'seeds', gold.file), 'utf8').split(/\r?\n/);
  const headings = new Set(gold.headings.map((h) => h.trim()));
  const paragraphs: string[] = [];
  for (let n = gold.body_lines[0]; n <= gold.body_lines[1]; n++) {
    let line = lines[n - 1] ?? '';
    for (const caption of gold.caption_details.filter((c) => c.line === n)) {
      line = caption.type.includes('inline') ? line.replace(caption.text, ' ') : '';
    }
    for (const embed of gold.embeds) line = line.split(embed.text).join(' ');
    line = withoutBoilerplateTail(line);
    if (line.trim() && !headings.has(line.trim())) paragraphs.push(line);
  }
  return {
    id: gold.id, outlet: gold.outlet, outletId: null, title: gold.title, paragraphs, captions: [], timeLabel: null,
    published: null, url: null, origin: 'bundled', sourceFile: gold.file, via: null, copyOf: gold.duplicate_of,
  };
}
