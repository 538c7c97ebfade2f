/**
 * Hand-labelled pages (test/fixtures/eval-pages): news pages written in other words than the
 * seeds, each sentence labelled as reported by a seed or not, before the extension was run on
 * them. Unlike "seeds as pages", the wording is not any outlet's in the corpus, as on a page a
 * reader opens. A sentence without a label (the headline) is not counted. Pages marked
 * `"blind": true` were written and labelled by an annotator who neither ran the extension nor
 * read its matching code: the closest thing here to the unseen pages the product meets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segmentSentences } from '../../lib/text/segment';
import { REPO_ROOT } from './paths';
import { figuresOfHighlights, type PassageCut, type PassageFigures } from './seeds-queries';

const PAGES_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'eval-pages');

export interface LabelledSentence {
  text: string;
  reported: boolean;
  /** On a page labelled blind (see above). */
  blind: boolean;
}

interface Labels {
  /** Starts of the sentences a seed reports, and of those none does. */
  reported: string[];
  unreported: string[];
  blind?: boolean;
}

export function loadLabelledPages(dir = PAGES_DIR): LabelledSentence[][] {
  return readdirSync(dir).filter((file) => file.endsWith('.txt')).sort().map((file) => {
    const labels: Labels = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.labels.json')), 'utf8'));
    const sentences = segmentSentences(readFileSync(path.join(dir, file), 'utf8')).map((span) => span.text);
    const labelled = (start: string, reported: boolean): LabelledSentence => {
      const text = sentences.find((s) => s.startsWith(start));
      if (!text) throw new Error(`${file}: no sentence starts with "${start}"`);
      return { text, reported, blind: labels.blind === true };
    };
    return [...labels.reported.map((start) => labelled(start, true)), ...labels.unreported.map((start) => labelled(start, false))];
  });
}

/** Highlights are the sentences whose best corpus score (`scoreOf`) reaches their cut (`cutOf`). */
export function labelledPageFigures(pages: readonly Pick<LabelledSentence, 'text' | 'reported'>[][], scoreOf: (text: string) => number, cutOf: PassageCut): PassageFigures {
  let reported = 0, right = 0, wrong = 0;
  for (const { text, reported: isReported } of pages.flat()) {
    if (isReported) reported++;
    if (scoreOf(text) < cutOf(text)) continue;
    if (isReported) right++;
    else wrong++;
  }
  return figuresOfHighlights(reported, right, wrong);
}
