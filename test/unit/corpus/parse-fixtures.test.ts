/**
 * The parser on this suite's own pages (test/fixtures/corpus), written in the shapes of
 * the seed files but with other outlets, aggregators and furniture. Expected values are
 * what a reader of each fixture finds.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/types';
import { FIXTURES_DIR, parsedCorpus } from './corpus-files';

const corpus = parsedCorpus(FIXTURES_DIR);
const inFile = (stem: string) => corpus.filter((article) => article.sourceFile === `${stem}.txt`);
const byId = (id: string): Article => corpus.find((article) => article.id === id)!;

describe('aggregator page: main story with furniture, then related cards', () => {
  const articles = inFile('aggregator-bbc-main');

  it('finds the main story and three cards, with outlets, times and the aggregator', () => {
    expect(articles.map((a) => [a.outlet, a.outletId, a.timeLabel])).toEqual([
      ['BBC News', 'bbc', '3 hours ago'],
      ['Associated Press', 'ap', '1 hour ago'],
      ['Al Jazeera', 'al-jazeera', '4 hours ago'],
      ['Sydney Morning Herald', 'smh', '14-06-2025'], // the category bullet "Books" is not an outlet
    ]);
    expect(articles.map((a) => a.title)).toEqual([
      'Storm Elin floods coastal towns as rivers burst banks',
      'Rail services suspended across the north after landslip',
      'Aid convoy reaches flooded villages',
      'Is this the end of the high street bookshop?',
    ]);
    expect(new Set(articles.map((a) => a.via))).toEqual(new Set(['NewsBreak']));
    expect(articles.map((a) => a.id)).toEqual([0, 1, 2, 3].map((n) => `seed:aggregator-bbc-main:${n}`));
  });

  it('drops furniture between paragraphs and reader comments after the story', () => {
    const main = articles[0]!;
    expect(main.paragraphs).toHaveLength(6);
    expect(main.paragraphs[1]).toMatch(/^The Environment Agency issued 14 severe/);
    expect(main.paragraphs[5]).toMatch(/moves east on Tuesday\.$/);
    expect(main.paragraphs.join(' ')).not.toMatch(/Read more|Great coverage|newsletter|Share this/);
  });

  it('pulls a repeated embedded post and a syndication footer out of a run-on card', () => {
    const rail = articles[1]!;
    expect(rail.embeds).toEqual(['🚆⚠️ Line closed between Carlisle and Lockerbie until further notice.']);
    expect(rail.paragraphs).toEqual([
      'Train operators suspended all services between Carlisle and Glasgow on Monday after a landslip blocked the line near Lockerbie. Network Rail said engineers were assessing the damage and that the line was likely to stay closed until at least Wednesday. Passengers were told not to travel. Replacement buses will run on some routes.',
    ]);
  });

  it('pulls an inline photo caption with its credit out of a run-on card', () => {
    const convoy = articles[2]!;
    expect(convoy.captions).toEqual([
      'Villagers wade through floodwater carrying their belongings. Jane Doe / Handout Credit: Supplied',
    ]);
    expect(convoy.paragraphs[0]).toContain('on damaged roads. Officials said more than 3,000 people');
  });
});

describe('original page without headline or outlet line, with photos and subheads', () => {
  const [original] = inFile('original-with-photos');

  it('separates alt texts and credited captions, keeping prose that precedes a caption', () => {
    expect(original!.captions).toEqual([
      'Firefighters wading through a flooded street',
      'Firefighters helped residents leave their homes in Harwick on Sunday morning. (Getty Images)',
      'A woman carries a child through floodwater.',
      'About 600 people spent the night in rest centres. (AFP: Jean Martin)',
      'The river at Harwick rose to its highest level since records began in 1968. (Reuters/Environment Agency)',
    ]);
    expect(original!.paragraphs).toContain('Residents were told to check on elderly neighbours.');
  });

  it('keeps subheads apart and drops the closing agency credit line', () => {
    expect(original!.headings).toEqual(['Council opens rest centres', 'More rain forecast']);
    expect(original!.paragraphs).toHaveLength(9);
    expect(original!.paragraphs).not.toContain('AFP');
    // The trailing non-breaking space of the source line is trimmed.
    expect(original!.paragraphs[5]).toBe('A council spokesperson said volunteers were handing out blankets and hot food.');
  });

  it('is the original of the aggregator copy, and takes its headline and outlet from it', () => {
    expect(original!.copyOf).toBeNull();
    expect(byId('seed:aggregator-bbc-main:0').copyOf).toBe(original!.id);
    expect(original!.title).toBe('Storm Elin floods coastal towns as rivers burst banks');
    expect([original!.outlet, original!.outletId]).toEqual(['BBC News', 'bbc']);
    expect(original!.via).toBeNull();
  });
});

describe('aggregator page in the dash layout', () => {
  const articles = inFile('related-dash-style');

  it('reads a headline-first main story and cards introduced by outlet and time', () => {
    expect(articles.map((a) => [a.outlet, a.outletId, a.timeLabel, a.title])).toEqual([
      ['unknown', null, null, 'Ceasefire monitors report breaches along the front line'],
      ['AFP', 'afp', '1 hour ago', 'Port reopens after week-long strike ends'],
      ['France 24', 'france24', '3 hours ago', 'Marseille port back in business as dockers end strike'],
      ['Springfield Gazette', null, '5 hours ago', 'Local bakery wins national award'],
    ]);
    expect(articles[0]!.paragraphs).toHaveLength(3);
    expect(articles[0]!.paragraphs.join(' ')).not.toContain('#');
  });

  it('links the restyled outlet copy to the agency story even though the copy is longer', () => {
    expect(articles[2]!.copyOf).toBe(articles[1]!.id);
    expect(articles[1]!.copyOf).toBeNull();
    // Different publications: the copy keeps its own headline and outlet.
    expect(articles[2]!.title).toBe('Marseille port back in business as dockers end strike');
  });
});

describe('machine-translated rewrite', () => {
  const [rewrite] = inFile('translated-rewrite');

  it('has no title, keeps subheads apart and drops tag artefacts and adverts', () => {
    expect(rewrite!.title).toBeNull();
    expect(rewrite!.headings).toEqual(['The unions claim the victory', 'The ships wait in the sea']);
    expect(rewrite!.paragraphs).toHaveLength(5);
    expect(rewrite!.paragraphs.join(' ')).not.toMatch(/Tagstotranslate|Advertisement/);
  });

  it('is not a copy of the agency story it retells in other words', () => {
    expect(rewrite!.copyOf).toBeNull();
    expect(corpus.filter((article) => article.copyOf === rewrite!.id)).toEqual([]);
  });
});
