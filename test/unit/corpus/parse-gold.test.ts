/**
 * Agreement of the parser with the hand-made catalogue in ../shared/eval/seeds-gold (beside the repository; $EVAL_DIR elsewhere):
 * which articles the seed files hold, their outlets, titles, copy links and the parts kept
 * apart from the body. Gold strings are read from the file, never copied into code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { evalDir } from '../../../scripts/match-tools/paths';
import { describe, expect, it } from 'vitest';
import { outletById, outletByName } from '../../../lib/corpus/outlets';
import type { Article } from '../../../lib/types';
import { parsedCorpus, SEEDS_DIR } from './corpus-files';

const GOLD_DIR = join(evalDir([]), 'seeds-gold') + sep;

interface GoldArticle {
  id: string;
  file: string;
  outlet: string;
  title: string | null;
  first_words: string;
  duplicate_of: string | null;
  via: string | null;
  time_label: string | null;
  body_lines: [number, number];
  headings: string[];
  caption_details: { text: string }[];
  embeds: { text: string }[];
}

interface GoldClaim {
  reports: { article_id: string; sentence: string }[];
  heading_reports?: { article_id: string; heading: string }[];
}

const gold: GoldArticle[] = JSON.parse(readFileSync(GOLD_DIR + 'articles.json', 'utf8'));
const claims: GoldClaim[] = JSON.parse(readFileSync(GOLD_DIR + 'claims.json', 'utf8'));
const parsed = parsedCorpus(SEEDS_DIR);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The parsed article of the gold article's file whose body starts with its first words. */
function counterpart(goldArticle: GoldArticle): Article[] {
  return parsed.filter(
    (article) =>
      article.sourceFile === goldArticle.file &&
      squash(article.paragraphs[0] ?? '').startsWith(squash(goldArticle.first_words)),
  );
}

const pairs = gold.map((goldArticle) => ({ goldArticle, article: counterpart(goldArticle)[0]! }));
const parsedIdOf = new Map(pairs.map(({ goldArticle, article }) => [goldArticle.id, article?.id]));

/** File lines (1-based) before an article's body that belong to no earlier article. */
function headerLines(goldArticle: GoldArticle): string[] {
  const lines = readFileSync(SEEDS_DIR + goldArticle.file, 'utf8').split('\n');
  const previousEnd = Math.max(
    0,
    ...gold
      .filter((other) => other.file === goldArticle.file && other.body_lines[1] < goldArticle.body_lines[0])
      .map((other) => other.body_lines[1]),
  );
  return lines.slice(previousEnd, goldArticle.body_lines[0] - 1);
}

describe('parser agreement with the seeds gold catalogue', () => {
  it('finds exactly the 14 gold articles, each once', () => {
    expect(existsSync(GOLD_DIR + 'articles.json')).toBe(true);
    for (const goldArticle of gold) expect(counterpart(goldArticle), goldArticle.id).toHaveLength(1);
    expect(parsed).toHaveLength(gold.length);
  });

  it('agrees on outlets wherever the page names one, and says unknown where it does not', () => {
    for (const { goldArticle, article } of pairs) {
      const goldOutlet = outletByName(goldArticle.outlet);
      if (article.outletId !== null) {
        expect(article.outletId, goldArticle.id).toBe(goldOutlet?.id);
        continue;
      }
      // Documented rule: with no outlet line on the page (and none inherited from an
      // aggregator reprint), the outlet is unknown. Check the page really names none.
      expect(article.outlet, goldArticle.id).toBe('unknown');
      const aliases = goldOutlet ? outletById(goldOutlet.id)!.aliases.map(squash) : [];
      const named = headerLines(goldArticle).some((line) => aliases.includes(squash(line.replace(/^\s*[•-]/, ''))));
      expect(named, `${goldArticle.id} header names its outlet`).toBe(false);
    }
  });

  it('names the outlet of at least 12 of the 14 articles as gold does', () => {
    const agreeing = pairs.filter(
      ({ goldArticle, article }) => (outletByName(goldArticle.outlet)?.id ?? null) === article.outletId,
    );
    expect(agreeing.length).toBeGreaterThanOrEqual(12);
  });

  it('agrees on titles (A09 takes its headline from its aggregator copy, as gold does)', () => {
    for (const { goldArticle, article } of pairs) expect(article.title, goldArticle.id).toBe(goldArticle.title);
  });

  it('links the same copies to the same originals', () => {
    for (const { goldArticle, article } of pairs) {
      const expected = goldArticle.duplicate_of ? parsedIdOf.get(goldArticle.duplicate_of) : null;
      expect(article.copyOf, goldArticle.id).toBe(expected);
    }
  });

  it('agrees on time labels and on which articles came via an aggregator', () => {
    for (const { goldArticle, article } of pairs) {
      expect(article.timeLabel, goldArticle.id).toBe(goldArticle.time_label);
      expect(article.via !== null, goldArticle.id).toBe(goldArticle.via !== null);
    }
  });

  it('keeps subheads, captions with alt texts, and embedded posts out of the body', () => {
    for (const { goldArticle, article } of pairs) {
      expect(article.headings, goldArticle.id).toEqual(goldArticle.headings);
      expect(article.captions.map(squash), goldArticle.id).toEqual(
        goldArticle.caption_details.map((caption) => squash(caption.text)),
      );
      expect(article.embeds, goldArticle.id).toEqual(goldArticle.embeds.map((embed) => embed.text));
      const body = article.paragraphs.join('\n');
      for (const caption of goldArticle.caption_details) expect(body, goldArticle.id).not.toContain(caption.text);
      for (const embed of goldArticle.embeds) expect(body, goldArticle.id).not.toContain(embed.text);
    }
  });

  it('keeps every gold claim sentence in its article body, and gold heading reports in headings', () => {
    const byGoldId = new Map(pairs.map(({ goldArticle, article }) => [goldArticle.id, article]));
    for (const claim of claims) {
      for (const report of claim.reports) {
        const paragraphs = byGoldId.get(report.article_id)!.paragraphs.map(squash);
        const sentence = squash(report.sentence);
        expect(
          paragraphs.some((paragraph) => paragraph.includes(sentence)),
          `${report.article_id}: ${sentence}`,
        ).toBe(true);
      }
      for (const report of claim.heading_reports ?? []) {
        expect(byGoldId.get(report.article_id)!.headings).toContain(report.heading);
      }
    }
  });
});
