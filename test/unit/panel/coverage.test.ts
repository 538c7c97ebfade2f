/** Coverage of the demo article's event, computed from the bundled seeds. */
import { describe, expect, it } from 'vitest';
import { eventCoverage } from '../../../lib/panel/coverage';
import { relationsFor } from '../../../lib/compare/relation';
import { extractFeatures, indexedTerms } from '../../../lib/match/features';
import { figureCheckerFor, type FigureMatch } from '../../../lib/panel/figure-conflicts';
import { factSide, tellSameFact } from '../../../lib/panel/same-fact';
import { segmentSentences } from '../../../lib/text/segment';
import { compareWithCorpus } from '../../../lib/panel/panel-corpus';
import { readPage, type PageSentence } from '../../../lib/panel/page-reading';
import type { TermWeight } from '../../../lib/match/idf';
import { pageCandidatesFor, statementFinderFor } from '../../../lib/panel/stated-claims';
import { CANDIDATES_PER_SENTENCE } from '../../../lib/match/candidates';
import { linkThresholdFor, MIN_CLAIM_INFORMATION, scorePair } from '../../../lib/match/score';
import { pairEvidence } from '../../../lib/match/pair-features';
import type { SentenceFeatures } from '../../../lib/match/features';
import { slicer } from '../../../lib/slices';
import { comparedPage, demo, expected, passageStarting } from './demo';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { article } from '../match/fixtures';
import { matchText } from '../../../lib/match/match';
import type { Article } from '../../../lib/types';

/** The seeds indexed again, for pages other than the demo's. */
async function indexOf(articles: Article[]): Promise<MemoryIndex> {
  const index = new MemoryIndex();
  await index.addArticles(articles);
  return index;
}

const REUTERS = 'seed:003_bed8e93c8511a76b:3';
const GUARDIAN_COPY = 'seed:003_bed8e93c8511a76b:1';
const DAILY8_COPY_OF_ABC = 'seed:000_92067d04bb2e0189:0';
/** The Reuters wire story says this; the demo page does not. */
const CEASEFIRE = 'Ukraine says it wants an immediate and much longer ceasefire.';

describe('event coverage of the demo article', () => {
  it('lists claims of the event the page leaves out, with every outlet carrying them', async () => {
    const { comparison } = await demo();
    const ceasefire = comparison.coverage.notOnPage.find((c) => c.text === CEASEFIRE);
    expect(ceasefire).toMatchObject({ articleIds: [REUTERS, GUARDIAN_COPY], sources: 1, copies: 1 });
    const leftOut = comparison.coverage.notOnPage.map((c) => c.text);
    for (const sentence of expected.reported) expect(leftOut).not.toContain(sentence);
  });

  it('lists a line a reprint copies word for word once, with the original and its copy', async () => {
    const { comparison, articles } = await demo();
    // Too short on information to reach the pair cut even against itself: the index files the
    // Daily8 reprint's copy of ABC's line under ABC's claim as a copy, not as a claim of its own.
    const drawingOut = comparison.coverage.notOnPage.filter((c) => /^\W*Therefore, we are not interested in drawing out anything/.test(c.text));
    const abc = articles.find((a) => a.id === DAILY8_COPY_OF_ABC)!.copyOf!;
    expect(drawingOut).toHaveLength(1);
    expect(drawingOut[0]).toMatchObject({ articleIds: [abc, DAILY8_COPY_OF_ABC], sources: 1, copies: 1 });
  });

  it('gives a left-out line that leans on the sentence before it that sentence, and no other line any', async () => {
    const { notOnPage } = (await demo()).comparison.coverage;
    const line = (start: string) => notOnPage.find((c) => c.text.startsWith(start))!;
    // Who "he" is:
    expect(line('He said Ukraine had proposed a meeting').before).toEqual({
      sentences: [expect.stringMatching(/^"We have progress on the humanitarian track.*Rustem Umerov said/)],
      opensEarlier: false,
    });
    // A quotation the line closes, from the sentence where Reuters opens it, two before:
    expect(line('If their legal parents').before).toEqual({
      sentences: ['"Some of the children have already been returned back to Ukraine.', 'Work is under way on the rest.'],
      opensEarlier: false,
    });
    // A line that stands alone:
    expect(line('Ukraine says it wants an immediate and much longer ceasefire.').before).toBeNull();
    expect(line('Medinsky said the negotiators agreed').before).toBeNull();
  });

  it('puts the most widely carried left-out claims first', async () => {
    const { notOnPage } = (await demo()).comparison.coverage;
    const sources = notOnPage.map((c) => c.sources);
    expect(sources).toEqual([...sources].sort((a, b) => b - a));
    expect(sources[0]).toBeGreaterThan(1);
  });

  it('starts the matrix with the page’s claims in page order, one row each, each copy in the column after its original', async () => {
    const { passages, comparison } = await demo();
    const { rows, columns } = comparison.coverage;
    // The headline and the lead state one claim: its row is the first passage stating it.
    const firstOfClaim = passages.filter((p, i) => passages.findIndex((q) => q.claimId === p.claimId) === i);
    expect(firstOfClaim.length).toBeLessThan(passages.length);
    expect(rows.slice(0, firstOfClaim.length).map((r) => r.text)).toEqual(firstOfClaim.map((p) => p.text));
    expect(rows.slice(0, firstOfClaim.length).every((r) => r.place === 'page')).toBe(true);
    expect(rows[firstOfClaim.length].place).not.toBe('page');
    expect(columns.indexOf(GUARDIAN_COPY)).toBe(columns.indexOf(REUTERS) + 1);
    for (const id of columns) {
      const original = comparison.articles[id].copyOf;
      if (original) expect(columns.indexOf(original)).toBeLessThan(columns.indexOf(id));
    }
  });

  it('finds a page sentence stating a left-out claim with another figure', async () => {
    const { corpus, passages, pageText } = await demo();
    // As when the matcher keeps the two drone counts apart: the claim is then not the page's.
    const unlinked = passages.filter((p) => p.text !== expected.differentFigure);
    const { coverage } = await compareWithCorpus(corpus, unlinked, comparedPage(pageText));
    const drones = coverage.otherFigures.find((c) => c.pageSentence === expected.differentFigure);
    expect(drones?.figures).toEqual([['6,297', '5,438']]);
    expect(drones?.text).toContain('5,438 drones');
    expect(coverage.notOnPage.map((c) => c.claimId)).not.toContain(drones?.claimId);
    // On the page, with another figure: its matrix row says so, not "not on this page".
    expect(coverage.rows.find((r) => r.claimId === drones?.claimId)?.place).toBe('other-figures');
  });

  it('shows a claim the matcher linked despite its figure as the page’s, not as left out', async () => {
    const { passages, comparison } = await demo();
    const linked = passages.find((p) => p.text === expected.differentFigure);
    if (!linked) return expect(comparison.coverage.otherFigures.map((c) => c.pageSentence)).toContain(expected.differentFigure);
    expect(comparison.coverage.otherFigures).toEqual([]);
    expect(comparison.coverage.rows.find((r) => r.claimId === linked.claimId)?.place).toBe('page');
  });

  it('has no left-out claims and no columns for a page without passages', async () => {
    const { pageText, corpus } = await demo();
    const page = await readPage(pageText, corpus, slicer());
    expect(await eventCoverage({ passages: [], page, sentences: [], articles: {} }, slicer())).toEqual({
      notOnPage: [],
      otherFigures: [],
      columns: [],
      rows: [],
    });
  });
});

describe('claims the page states that the corpus split from its passages’ claims', () => {
  /**
   * The machine-translated rewrite's sentence, apart from the claim the page's "almost 19%" links
   * to. (ABC's lead, apart from the Reuters lead the page's lead links to, states it too, but
   * scores just under the link cut against it: by the matcher's own rule it is not stated.)
   */
  const TRANSLATED_SHARE = 'Russia now controls almost 19% of Ukraine';
  const TRANSLATION = 'seed:004_a6126afd97640d62:0';
  /** ABC's line, apart from the Reuters quote ("No one is stalling anything") it restates. */
  const ABC_QUOTE = '“No one is delaying anything here,” Mr Peskov told reporters in Moscow.';

  const leftOutTexts = (coverage: { notOnPage: { text: string }[] }) => coverage.notOnPage.map((c) => c.text);

  it('does not list as left out a claim whose sentence a demo passage restates', async () => {
    const { comparison } = await demo();
    const leftOut = leftOutTexts(comparison.coverage);
    expect(leftOut.filter((t) => t.startsWith(TRANSLATED_SHARE))).toEqual([]);
  });

  it('marks such a claim on the page in the matrix, in the row of the claim the stating passage links to', async () => {
    const { passages, comparison } = await demo();
    const share = passageStarting(passages, 'Russia now controls almost 19%');
    const row = comparison.coverage.rows.find((r) => r.claimId === share.claimId)!;
    expect(row.place).toBe('page');
    expect(row.articleIds).toContain(TRANSLATION);
    expect(comparison.coverage.rows.filter((r) => r.text.startsWith(TRANSLATED_SHARE))).toEqual([]);
  });

  it('does not give a page quoting ABC word for word ABC’s own line as left out', async () => {
    const { corpus, articles } = await demo();
    const index = await indexOf(articles);
    const pageText = '"No one is delaying anything here," Kremlin spokesperson Dmitry Peskov told reporters.';
    const passages = await matchText(pageText, index);
    const { coverage } = await compareWithCorpus(corpus, passages, comparedPage(pageText));
    expect(leftOutTexts(coverage)).not.toContain(ABC_QUOTE);
    expect(leftOutTexts(coverage).length).toBeGreaterThan(0);
  });
});

/** The page sentence scoring highest at or above its cut against `features`, the first in order among equals. */
function bestStating(sentences: readonly PageSentence[], features: SentenceFeatures, weigh: TermWeight): PageSentence | null {
  let best: { sentence: PageSentence; score: number } | null = null;
  for (const sentence of sentences) {
    const score = scorePair(sentence.features, features, weigh);
    if (score >= linkThresholdFor(sentence.features) && (!best || score > best.score)) best = { sentence, score };
  }
  return best?.sentence ?? null;
}

describe('statementFinderFor', () => {
  it('finds what scoring every page sentence against each corpus sentence finds', async () => {
    const { corpus, pageText, articles } = await demo();
    const page = await readPage(pageText, corpus, slicer());
    const scoringEvery = async (features: SentenceFeatures) => {
      await page.weights.cover(indexedTerms(features));
      return bestStating(page.sentences, features, page.weights.weigh);
    };
    const corpusFeatures = (await indexOf(articles)).allSentences().map((s) => s.features);
    const found = await Promise.all(corpusFeatures.map(statementFinderFor(page)));
    expect(found).toEqual(await Promise.all(corpusFeatures.map(scoringEvery)));
    expect(found.filter(Boolean).length).toBeGreaterThan(10);
  });

  it('scores a corpus sentence against a bounded few sentences of a long page, and still finds its statement', async () => {
    const { corpus, pageText } = await demo();
    // 3,000 sentences on other matters around the demo article, sharing its commonest words.
    const filler = Array.from({ length: 3000 }, (_, i) => `Officials in Russia said on day ${i} that talks in district ${i} of Ukraine would go on.`);
    const longText = [...filler.slice(0, 1500), pageText, ...filler.slice(1500)].join('\n\n');
    const page = await readPage(longText, corpus, slicer());
    const translated = extractFeatures('Russia now controls almost 19% of Ukraine, including all Luhansk and large parts of Donetsk, Zeporizzhia and Kherson, as well as parts of other regions.');
    const candidates = pageCandidatesFor(page)(translated);
    expect(candidates.length).toBeLessThanOrEqual(CANDIDATES_PER_SENTENCE);
    expect((await statementFinderFor(page)(translated))?.text).toMatch(/^Russia now controls almost 19%/);
  });

  it('finds what scoring each candidate finds where little shared information decides, and with names misspelled', async () => {
    // The page's sentences, the demo's and short ones of two or three content words, each against
    // the page as it is and with its names misspelled by a letter (a fuzzy match only). A short
    // pair's score is damped for the little information it shares (MIN_CLAIM_INFORMATION), so
    // it reaches the cut or not by a word: a candidate skipped that reaches the cut shows as
    // another sentence found, or none.
    const { corpus, pageText } = await demo();
    const page = await readPage([pageText, ...SHORT_STATEMENTS].join('\n\n'), corpus, slicer());
    const candidatesFor = pageCandidatesFor(page);
    const scoringEveryCandidate = async (features: SentenceFeatures) => {
      await page.weights.cover(indexedTerms(features));
      const candidates = candidatesFor(features).sort((a, b) => a - b).map((at) => page.sentences[at]);
      return bestStating(candidates, features, page.weights.weigh);
    };
    const corpusSentences = page.sentences.flatMap(({ text }) => [text, misspellNames(text)]);
    const features = corpusSentences.map(extractFeatures);
    const found = await Promise.all(features.map(statementFinderFor(page)));
    expect(found).toEqual(await Promise.all(features.map(scoringEveryCandidate)));
    const sharedLittle = found.filter((s, i) => s && pairEvidence(s.features, features[i], page.weights.weigh).values.sharedInfo < Math.log1p(MIN_CLAIM_INFORMATION));
    expect(sharedLittle.length).toBeGreaterThan(10);
  });
});

const THINGS = ['harbour', 'storm', 'court', 'tour', 'bridge', 'ferry', 'mayor', 'council', 'budget', 'drought', 'museum', 'strike', 'police', 'school', 'hospital', 'election'];
const NAMES = ['Gdynia', 'Valladolid', 'Peskov', 'Marseille', 'Tallinn', 'Kharkiv', 'Rotterdam'];
/** Two or three content words each, most of them words the corpus lacks. */
const SHORT_STATEMENTS = THINGS.flatMap((thing) => NAMES.flatMap((name) => [
  `The ${thing} in ${name} was there.`,
  `Then the ${thing} was closed in ${name} for a while, again.`,
  `The ${thing} in ${name} was there, officials said.`,
]));

/** Every name after the first word, of six letters or more, with its fourth letter doubled ("Peskkov"). */
function misspellNames(sentence: string): string {
  return sentence.replace(/(?<=\S\s)(\p{Lu}\p{Ll}{2}(\p{Ll}))(?=\p{Ll}{2,})/gu, '$1$2');
}

describe('event coverage of an article that repeats a sentence', () => {
  it('does not list the repeat as left out when the page states it, and still lists what the page does not say', async () => {
    const lead = 'Dock workers at the northern port ended their strike on Monday.';
    const other = 'Ships had queued outside the harbour for a week.';
    const index = new MemoryIndex();
    await index.addArticles([article('wire', 'Coast Wire', [lead, other, lead])]);
    const sentences = index.allSentences();
    const report = { sentenceId: sentences[0].id, articleId: 'wire', outlet: 'Coast Wire', title: null, sentence: lead, score: 0.96, relation: 'verbatim' as const, figures: [], copyOf: null, published: null, names: null };
    const passage = { text: lead, start: 0, end: lead.length, claimId: sentences[0].claimId, score: 0.96, reports: [report], moreReports: false, loose: false };
    const coverage = await eventCoverage({ passages: [passage], page: await readPage(lead, index, slicer()), sentences, articles: {} }, slicer());
    expect(coverage.notOnPage.map((c) => c.text)).toEqual([other]);
  });
});

describe('figureCheckerFor', () => {
  const check = figureCheckerFor('Officials said 14 people were killed in the flood on Monday.\n\nThe bridge cost $48 million.');

  it('pairs the figures of the same statement', () => {
    expect(check('Officials said 17 people were killed in the flood on Monday.')).toEqual({
      pageSentence: 'Officials said 14 people were killed in the flood on Monday.',
      figures: [['14', '17']],
    });
  });

  it('ignores the same figures, other statements, and sentences without figures', () => {
    expect(check('Officials said 14 people were killed in the flood on Monday.')).toBeNull();
    expect(check('The council approved 3 new bus routes for the summer timetable.')).toBeNull();
    expect(check('Officials said people were killed in the flood.')).toBeNull();
  });

  it('pairs figures the text spells out, on either side', () => {
    const spelled = figureCheckerFor('Officials said three people were killed in the flood on Monday.');
    expect(spelled('Officials said five people were killed in the flood on Monday.')).toEqual({
      pageSentence: 'Officials said three people were killed in the flood on Monday.',
      figures: [['three', 'five']],
    });
    expect(check('Officials said sixteen people were killed in the flood on Monday.')?.figures).toEqual([['14', 'sixteen']]);
  });

  it('answers with the first page sentence stating it, whichever word beside the figure the two share', () => {
    const first = 'Officials reported that 14 people were killed in the flood on Monday.';
    const twice = figureCheckerFor(`${first} Officials said 15 residents were killed in the flood on Monday.`);
    expect(twice('Officials said 17 people were killed in the flood on Monday.')).toEqual({ pageSentence: first, figures: [['14', '17']] });
  });

  it('finds what relating every page sentence to each corpus sentence finds', async () => {
    const { articles } = await demo();
    // A quarter of the seeds: relating every pair of all their sentences takes seconds.
    const paragraphs = articles.slice(0, 4).flatMap((a) => a.paragraphs);
    // Every other seed paragraph with its numbers moved: those sentences state seed claims with
    // other figures. Not its years: in another year the same words tell another fact.
    const moved = (d: string) => (/^(?:1[89]|20)\d\d$/.test(d) ? d : String(Number(d) + 3));
    const pageText = paragraphs.map((p, i) => (i % 2 ? p.replace(/\d+/g, moved) : p)).join('\n\n');
    const sentencesOf = (text: string) => segmentSentences(text).map((s) => s.text);
    const relators = sentencesOf(pageText).map((page) => ({ page, relate: relationsFor(page), fact: factSide(page, extractFeatures(page)) }));
    const relatingEvery = (corpusSentence: string): FigureMatch | null => {
      const features = extractFeatures(corpusSentence);
      const corpusFact = factSide(corpusSentence, features);
      for (const { page, relate, fact } of relators) {
        const { relation, figures } = relate(corpusSentence, features);
        if (relation === 'different-figure' && tellSameFact(fact, corpusFact)) return { pageSentence: page, figures };
      }
      return null;
    };
    const corpusSentences = paragraphs.flatMap(sentencesOf);
    const check = figureCheckerFor(pageText);
    const found = corpusSentences.map((sentence) => check(sentence));
    expect(found).toEqual(corpusSentences.map(relatingEvery));
    // Not a vacuous agreement: a few of the moved sentences are found.
    expect(found.filter(Boolean).length).toBeGreaterThan(2);
  });

  it('finds the demo article’s drone count against the seeds’', async () => {
    const { pageText } = await demo();
    const seed = 'Analysis by the Associated Press found Russia had launched a record 5,438 drones at Ukraine in June.';
    expect(figureCheckerFor(pageText)(seed)).toEqual({ pageSentence: expected.differentFigure, figures: [['6,297', '5,438']] });
  });
});

describe('passages used by the tests', () => {
  it('include the wire story the Guardian reprinted', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    expect(new Set(talks.reports.map((r) => r.articleId))).toEqual(new Set([REUTERS, GUARDIAN_COPY]));
  });
});
