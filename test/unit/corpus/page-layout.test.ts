/** Page layouts beyond the seed files, given inline: how articles and headers are found. */
import { describe, expect, it } from 'vitest';
import { readByline } from '../../../lib/corpus/byline';
import { readPage } from '../../../lib/corpus/page';
import { parseSeedFile } from '../../../lib/corpus/parse';

const none = { next: [], previous: [] };

describe('readByline', () => {
  it('reads outlet and time glued together, or a time behind an icon label', () => {
    expect(readByline('Russia Today6 days ago', none)).toEqual({ outlet: 'Russia Today', time: '6 days ago' });
    expect(readByline('Springfield Gazette5 hours ago', none)).toEqual({ outlet: 'Springfield Gazette', time: '5 hours ago' });
    expect(readByline('time2 hours ago', none)).toEqual({ outlet: null, time: '2 hours ago' });
    expect(readByline('Updated: 1 minute ago', none)).toEqual({ outlet: null, time: '1 minute ago' });
    expect(readByline('yesterday', none)).toEqual({ outlet: null, time: 'yesterday' });
  });

  it('reads registry names bare or bulleted', () => {
    expect(readByline('  • Perth Now', none)).toEqual({ outlet: 'Perth Now', time: null });
    expect(readByline('- The Guardian', none)).toEqual({ outlet: 'The Guardian', time: null });
    expect(readByline('Reuters', none)).toEqual({ outlet: 'Reuters', time: null });
  });

  it('takes an unknown name only where a card layout puts it', () => {
    expect(readByline('Harbour Times', { next: ['3 hours ago'], previous: [] })?.outlet).toBe('Harbour Times');
    expect(readByline('- Harbour Times', { next: ['Headline'], previous: ['3 hours ago'] })?.outlet).toBe('Harbour Times');
    expect(readByline('Harbour Times', { next: ['Some headline'], previous: ['3 hours ago'] })).toBeNull();
    expect(readByline('Council opens rest centres', none)).toBeNull();
  });

  it('does not mistake prose or subheads that end in a time for bylines', () => {
    expect(readByline('Talks collapsed 3 days ago', none)).toBeNull();
    expect(readByline('The ceasefire was agreed 3 days ago.', none)).toBeNull();
    expect(readByline('Kyiv hit again yesterday', none)).toBeNull();
  });
});

describe('readPage', () => {
  it('splits cards whose headline comes before the outlet and time, printed once', () => {
    const page = readPage(
      [
        'Related Stories',
        'Floods close the coast road',
        'Harbour Times',
        '3 hours ago',
        'The coast road was closed on Monday after floods.',
        'Bridge reopens after repairs',
        'Reuters',
        '5 hours ago',
        'The bridge reopened on Tuesday after six months of repairs.',
      ].join('\n'),
    );
    expect(page.articles).toEqual([
      { title: 'Floods close the coast road', outlet: 'Harbour Times', time: '3 hours ago', bodyLines: ['The coast road was closed on Monday after floods.'] },
      { title: 'Bridge reopens after repairs', outlet: 'Reuters', time: '5 hours ago', bodyLines: ['The bridge reopened on Tuesday after six months of repairs.'] },
    ]);
  });

  it('keeps a headline separated from its body by an advert', () => {
    const [article] = readPage('Storm closes schools\nAdvertisement\nAll schools in the district were closed on Friday.').articles;
    expect(article).toMatchObject({ title: 'Storm closes schools', bodyLines: ['All schools in the district were closed on Friday.'] });
  });

  it('treats a lone agency name after the body as a credit, not a new article or an outlet', () => {
    const { articles } = readPage('Schools reopened on Monday.\nMost pupils returned.\nAFP');
    expect(articles).toEqual([{ title: null, outlet: null, time: null, bodyLines: ['Schools reopened on Monday.', 'Most pupils returned.'] }]);
  });

  it('drops reader comments until the next section', () => {
    const { articles } = readPage('Headline here\nBody sentence one.\nComments (2)\nFirst!\nWhat a story.\nYou may also like\nNext story\nNext story\nBBC\n1 hour ago\nNext body.');
    expect(articles.map((a) => a.bodyLines)).toEqual([['Body sentence one.'], ['Next body.']]);
    expect(articles[1]!.outlet).toBe('BBC');
  });
});

describe('parseSeedFile', () => {
  it('names ids after the file stem and sets the bundled fields', () => {
    const [article] = parseSeedFile('seeds/042_abc.txt', 'A short headline\nThe body sentence.');
    expect(article).toMatchObject({
      id: 'seed:042_abc:0',
      origin: 'bundled',
      sourceFile: 'seeds/042_abc.txt',
      title: 'A short headline',
      outlet: 'unknown',
      outletId: null,
      published: null,
      url: null,
      via: null,
      copyOf: null,
    });
  });

  it('returns nothing for a page of furniture only', () => {
    expect(parseSeedFile('empty.txt', 'logo\nAdvertisement\n\nComments\nNo comments yet...')).toEqual([]);
  });
});
