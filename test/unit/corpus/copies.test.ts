import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkCopies } from '../../../lib/corpus/copies';
import { outletByName } from '../../../lib/corpus/outlets';
import type { Article } from '../../../lib/types';
import { madeUpStory } from './made-up-stories';
import { BALTIC_BRIEFS, HELSINKI_ZOO, TALLINN_BRIDGE } from './digest-stories';

function article(id: string, outlet: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    id,
    outlet,
    outletId: outletByName(outlet)?.id ?? null,
    title: `Title of ${id}`,
    paragraphs,
    captions: [],
    timeLabel: null,
    published: null,
    url: null,
    origin: 'user',
    sourceFile: 'pasted',
    via: null,
    copyOf: null,
    ...extra,
  };
}

const WIRE_STORY = [
  'Negotiators from both sides met for three hours on Wednesday in Geneva but failed to agree on a date for the next round of talks, officials said.',
  'The delegations exchanged lists of prisoners and agreed to return the remains of 500 soldiers killed in the fighting, according to a joint statement.',
  '"There is progress on humanitarian questions and none on a ceasefire," the head of one delegation told reporters after the meeting.',
  'Mediators said they would propose a new schedule within two weeks and urged both governments to keep their delegations in the city.',
];

/** The wire story in another house style: curly quotes, a changed word, one line cut. */
const RESTYLED = [
  'Negotiators from both sides met for three hours on Wednesday in Geneva but failed to agree on a date for the next round of talks, officials said.',
  'The delegations swapped lists of prisoners and agreed to return the remains of 500 soldiers killed in the fighting, according to a joint statement.',
  '‘There is progress on humanitarian questions and none on a ceasefire,’ the head of one delegation told reporters after the meeting.',
];

/** The same event reported independently: same facts and one shared quote, other words. */
const INDEPENDENT = [
  'Talks in Geneva ended on Wednesday without a date for another meeting, although the two delegations did trade prisoner lists.',
  'One delegation chief summed up the day: "There is progress on humanitarian questions and none on a ceasefire."',
  'Both sides will send the bodies of 500 fallen soldiers home, a statement from the mediators said.',
];

/** An inspection report; its second sentence is long and quotable. */
const DAM_REPORT = [
  'Inspectors from the regional water authority spent four days at the Kessel reservoir after residents downstream reported cracks in the access road above the dam.',
  'Seepage through the eastern embankment has doubled since the last inspection, and two of the six drainage pumps have not worked for more than a year, leaving the operator unable to lower the water level quickly in an emergency.',
  'The operator said the pumps would be repaired by the end of the month and that the dam was safe.',
  'The authority ordered the reservoir to be kept at least two metres below its normal level until new monitoring equipment is installed.',
  'Farmers who rely on the reservoir for irrigation said a lower level would cut their water allocation during the summer.',
];

/** A short article of its own that quotes the report's long sentence word for word. */
const DAM_MEETING = [
  'Residents of Lower Kessel packed the village hall on Friday evening to demand answers about the dam above their homes.',
  `The inspectors' findings were read out in full: "${DAM_REPORT[1]}"`,
  'Several speakers called for an independent engineer to be appointed before the autumn rains.',
];

/** A brief of three sentences, the middle one long. */
const PUMP_BRIEF = [
  'The Kessel dam operator has been told to repair its drainage pumps.',
  DAM_REPORT[1]!,
  'The operator says the dam is safe.',
];

/** A longer article of its own that quotes the brief's long sentence. */
const PUMP_FEATURE = [
  'For the farmers of the Kessel valley, the reservoir has always been a promise of water in August, not a threat hanging over their fields.',
  `That changed this week with one line of an official report: "${DAM_REPORT[1]}"`,
  'Older residents remember the flood of 1978, when the river rose two metres in a night and the church bells rang until dawn.',
  'Some have already moved their tractors and seed stores to higher ground, and the parish council has asked for sandbags to be delivered.',
  'The operator, which has run the dam since it was sold by the state, declined to say how much the repairs would cost.',
];

/** A local story, and its reprint by another paper with a credit line added (so the reprint is the longer text). */
const BRIDGE_STORY = [
  'The city council voted seven to two on Tuesday night to close the Harbour Street bridge to cars for eighteen months while its steel deck is replaced.',
  'Engineers found corrosion in a third of the deck beams during an inspection in March, the council said in a statement after the vote.',
  'Buses will use a temporary lane on the railway bridge, and a free ferry will run every twenty minutes between the two market squares.',
  '"Nobody wanted this, but the alternative was a bridge that could fail," the mayor told the meeting.',
];
const BRIDGE_CREDITED = [
  ...BRIDGE_STORY,
  'This story was originally published by the Harbour Gazette and is republished here under a content-sharing agreement.',
];

/** Two market reports alike in form only, beside the digest's stories (digest-stories.ts). */
const MARKETS_UP = [
  'Stocks on the Tallinn exchange rose 1.2 percent on Monday, led by shipping firms.',
  'The index closed at 1,845 points, its highest level since March.',
  'Trading volume reached 3.4 million euros, above the monthly average.',
];
const MARKETS_DOWN = [
  'Stocks on the Tallinn exchange fell 0.7 percent on Tuesday, dragged down by shipping firms.',
  'The index closed at 1,832 points, its lowest level since March.',
  'Trading volume reached 2.9 million euros, below the monthly average.',
];

const linked = (articles: Article[]) => new Map(linkCopies(articles).map((a) => [a.id, a.copyOf]));

describe('linkCopies', () => {
  it('links the same wire text under two outlets to the agency, whatever the order', () => {
    const guardian = article('g', 'The Guardian', RESTYLED);
    const reuters = article('r', 'Reuters', WIRE_STORY);
    expect(linked([guardian, reuters])).toEqual(new Map([['g', 'r'], ['r', null]]));
    expect(linked([reuters, guardian])).toEqual(new Map([['r', null], ['g', 'r']]));
  });

  it('prefers the agency even when a copy is longer', () => {
    const agencyShort = article('afp', 'AFP', WIRE_STORY.slice(0, 3));
    const outletLong = article('f24', 'France 24', [...WIRE_STORY, 'The talks were the first in six months.']);
    expect(linked([outletLong, agencyShort]).get('f24')).toBe('afp');
  });

  it('prefers the publisher over an aggregator reprint, then the fuller text', () => {
    const reprint = article('agg', 'BBC News', WIRE_STORY, { via: 'Daily8' });
    const own = article('own', 'BBC News', WIRE_STORY.slice(0, 3));
    expect(linked([reprint, own]).get('agg')).toBe('own');

    const shorter = article('short', 'CNN', WIRE_STORY.slice(0, 3));
    const fuller = article('full', 'NBC News', WIRE_STORY);
    expect(linked([shorter, fuller])).toEqual(new Map([['short', 'full'], ['full', null]]));
  });

  it('does not link independent reports of the same event', () => {
    const result = linked([article('r', 'Reuters', WIRE_STORY), article('bbc', 'BBC', INDEPENDENT)]);
    expect([...result.values()]).toEqual([null, null]);
  });

  it('does not link texts that share only a stock phrase', () => {
    const stock = 'The ministry did not immediately respond to a request for comment.';
    const a = article('a', 'CNN', ['A fire broke out at a warehouse in the port on Monday night.', stock]);
    const b = article('b', 'Fox News', ['Shares in the carmaker fell by a fifth after it cut its forecast.', stock]);
    expect([...linked([a, b]).values()]).toEqual([null, null]);
  });

  it('does not take a text that quotes one long sentence of another for its reprint, either way round', () => {
    const report = article('report', 'Valley Times', DAM_REPORT);
    const meeting = article('meeting', 'Kessel Courier', DAM_MEETING);
    expect([...linked([report, meeting]).values()]).toEqual([null, null]);

    const brief = article('brief', 'Valley Times', PUMP_BRIEF);
    const feature = article('feature', 'Kessel Courier', PUMP_FEATURE);
    expect([...linked([brief, feature]).values()]).toEqual([null, null]);
  });

  it('still links a brief of two or three sentences printed whole in a longer text', () => {
    const twoSentences = article('two', 'Valley Times', [DAM_REPORT[2]!, DAM_REPORT[3]!]);
    const threeSentences = article('three', 'Kessel Courier', PUMP_BRIEF);
    const full = article('full', 'Harbour Gazette', [
      'The Kessel dam was the main item at Monday’s meeting of the regional assembly.',
      ...PUMP_BRIEF,
      ...DAM_REPORT.slice(2),
    ]);
    expect(linked([twoSentences, threeSentences, full])).toEqual(
      new Map([['two', 'full'], ['three', 'full'], ['full', null]]),
    );
  });

  it('takes the earlier publication for the original when a reprint adds a credit line', () => {
    const dated = (original: string, reprint: string) => [
      article('gazette', 'Harbour Gazette', BRIDGE_STORY, { published: original }),
      article('times', 'Valley Times', BRIDGE_CREDITED, { published: reprint }),
    ];
    // Dates alone, the next day.
    expect(linked(dated('2024-05-01', '2024-05-02'))).toEqual(new Map([['gazette', null], ['times', 'gazette']]));
    expect(linked(dated('2024-05-01', '2024-05-02').reverse()).get('times')).toBe('gazette');
    // Times with zones on different days; a date alone against a time.
    expect(linked(dated('2024-05-01T22:40:00Z', '2024-05-02T09:15:00+02:00')).get('times')).toBe('gazette');
    expect(linked(dated('2024-04-30', '2024-05-01T06:00:00Z')).get('times')).toBe('gazette');
    // Weeks apart, across a year end, with and without seconds and zones.
    expect(linked(dated('2023-12-31T23:59', '2024-01-15T08:00:00.000-05:00')).get('times')).toBe('gazette');
  });

  it('leaves same-day, undated and zone-only differences to the fuller text, and an agency stays the original', () => {
    const dated = (original: string | null, reprint: string | null) =>
      linked([
        article('gazette', 'Harbour Gazette', BRIDGE_STORY, { published: original }),
        article('times', 'Valley Times', BRIDGE_CREDITED, { published: reprint }),
      ]).get('gazette');
    expect(dated('2024-05-01', '2024-05-01')).toBe('times');
    expect(dated('2024-05-01T07:00:00Z', '2024-05-01T19:30:00Z')).toBe('times');
    expect(dated('2024-05-01', '2024-05-01T18:00:00+01:00')).toBe('times');
    expect(dated('2024-05-01', null)).toBe('times');
    expect(dated(null, '2024-05-03')).toBe('times');
    expect(dated('2024-05-01', 'not a date')).toBe('times');
    // 02:00 in Paris on the 2nd is before 23:00 in New York on the 1st: the dates differ by zone only.
    expect(dated('2024-05-02T02:00:00+02:00', '2024-05-01T23:00:00-05:00')).toBe('times');

    // Agencies are reprinted, not the reverse, whatever the dates say.
    const reuters = article('r', 'Reuters', WIRE_STORY, { published: '2024-05-02' });
    const guardian = article('g', 'The Guardian', RESTYLED, { published: '2024-05-01' });
    expect(linked([reuters, guardian]).get('g')).toBe('r');
  });

  it('points every reprint of a group at one original, never at another copy', () => {
    const wire = article('ap', 'AP', WIRE_STORY);
    const copy = article('wapo', 'Washington Post', RESTYLED);
    const copyOfCopy = article('agg', 'Washington Post', RESTYLED.slice(0, 2), { via: 'Yahoo News' });
    expect(linked([copyOfCopy, copy, wire])).toEqual(new Map([['agg', 'ap'], ['wapo', 'ap'], ['ap', null]]));
  });

  it('lets an aggregator reprint and its original fill each other’s missing headline and outlet', () => {
    const original = article('own', 'unknown', WIRE_STORY, { outletId: null, title: null });
    const reprint = article('agg', 'ABC News (Australia)', WIRE_STORY.slice(0, 3), { via: 'Daily8', title: 'Talks stall' });
    const [reprintAfter, originalAfter] = linkCopies([reprint, original]);
    expect(originalAfter).toMatchObject({ title: 'Talks stall', outlet: 'ABC News (Australia)', outletId: 'abc-au' });
    expect(reprintAfter).toMatchObject({ copyOf: 'own', title: 'Talks stall' });
  });

  it('shares nothing between a wire story and another outlet’s copy', () => {
    const guardian = article('g', 'The Guardian', RESTYLED, { via: 'Daily8' });
    const reuters = article('r', 'Reuters', WIRE_STORY, { title: null });
    const [, reutersAfter] = linkCopies([guardian, reuters]);
    expect(reutersAfter!.title).toBeNull();
    expect(reutersAfter!.outlet).toBe('Reuters');
  });

  it('does not change its input and recomputes links from scratch', () => {
    const stale = article('x', 'CNN', INDEPENDENT, { copyOf: 'gone' });
    const input = [stale, article('r', 'Reuters', WIRE_STORY)];
    const snapshot = structuredClone(input);
    expect(linkCopies(input)[0]!.copyOf).toBeNull();
    expect(input).toEqual(snapshot);
  });

  it('keeps its invariants on any mix of copies and independent texts', () => {
    const texts = [
      WIRE_STORY,
      RESTYLED,
      INDEPENDENT,
      WIRE_STORY.slice(1),
      ['Unrelated short note about the weather today.'],
      DAM_REPORT,
      DAM_MEETING,
      PUMP_BRIEF,
      PUMP_FEATURE,
      BRIDGE_STORY,
      BRIDGE_CREDITED,
    ];
    const outlets = ['Reuters', 'The Guardian', 'BBC', 'CNN', 'Daily Mail'];
    const arbitraryArticles = fc
      .array(
        fc.record({
          text: fc.nat(texts.length - 1),
          outlet: fc.constantFrom(...outlets),
          viaAggregator: fc.boolean(),
          published: fc.constantFrom(null, '2024-05-01', '2024-05-02', '2024-05-01T23:00:00-05:00', '2024-05-02T02:00:00+02:00'),
        }),
        { maxLength: 8 },
      )
      .map((specs) =>
        specs.map((spec, index) =>
          article(`a${index}`, spec.outlet, texts[spec.text]!, { via: spec.viaAggregator ? 'Daily8' : null, published: spec.published }),
        ),
      );
    fc.assert(
      fc.property(arbitraryArticles, (articles) => {
        const result = linkCopies(articles);
        const byId = new Map(result.map((a) => [a.id, a]));
        expect(result.map((a) => a.id)).toEqual(articles.map((a) => a.id));
        for (const a of result) {
          if (a.copyOf === null) continue;
          expect(a.copyOf).not.toBe(a.id);
          expect(byId.get(a.copyOf)!.copyOf).toBeNull();
        }
        // Linking is stable: running it again on its own output changes no link.
        expect(linkCopies(result).map((a) => a.copyOf)).toEqual(result.map((a) => a.copyOf));
      }),
    );
  });
});

describe('linkCopies on texts that print several others whole', () => {
  const digestCase = (outlets: { story: string; digest: string }, published: { story: string | null; digest: string | null }) => [
    article('bridge', outlets.story, TALLINN_BRIDGE, { published: published.story }),
    article('zoo', outlets.story, HELSINKI_ZOO, { published: published.story }),
    article('briefs', outlets.digest, BALTIC_BRIEFS, { published: published.digest }),
    article('up', 'Baltic Markets', MARKETS_UP, { published: '2025-07-14' }),
    article('down', 'Baltic Markets', MARKETS_DOWN, { published: '2025-07-15' }),
  ];

  it('keeps two agency stories originals when a digest prints both, and the digest a copy of one of them at most', () => {
    const articles = digestCase({ story: 'AP', digest: 'Baltic Morning' }, { story: '2025-07-10', digest: '2025-07-11' });
    for (const order of [articles, [...articles].reverse(), [articles[2]!, articles[1]!, articles[0]!, articles[3]!, articles[4]!]]) {
      const result = linked(order);
      expect(result.get('bridge')).toBeNull();
      expect(result.get('zoo')).toBeNull();
      expect([null, 'bridge', 'zoo']).toContain(result.get('briefs'));
      expect(result.get('up')).toBeNull();
      expect(result.get('down')).toBeNull();
    }
  });

  it('never makes the stories a digest prints copies of each other, whoever is taken for the original', () => {
    // One story by an agency, the other by a paper that dates and agency do not set above the
    // digest (the fuller text): the digest may be the paper's original, never the agency's copy's glue.
    for (const published of [{ story: null, digest: null }, { story: '2025-07-10', digest: '2025-07-10' }]) {
      const articles = digestCase({ story: 'Harbour Gazette', digest: 'Valley Times' }, published);
      articles[0] = { ...articles[0]!, outlet: 'AP', outletId: outletByName('AP')!.id };
      for (const order of [articles, [...articles].reverse()]) {
        const result = linked(order);
        expect(result.get('bridge')).toBeNull();
        expect(result.get('zoo')).not.toBe('bridge');
        expect([null, 'zoo']).toContain(result.get('briefs'));
      }
    }
  });

  const STORIES = 40;
  const shortStories = (outlet: string, published: string | null) =>
    Array.from({ length: STORIES }, (_, n) => article(`short${n}`, outlet, madeUpStory(n), { published }));
  const compilation = (published: string | null) =>
    article('long', 'Weekly Review', Array.from({ length: STORIES }, (_, n) => madeUpStory(n)).flat(), { published });

  it('does not join the short stories a long article is made of into one group', () => {
    for (const [shorts, long] of [
      // Agency stories, and stories published before the long article: the long one is never their original.
      [shortStories('AP', null), compilation(null)],
      [shortStories('Harbour Gazette', '2024-05-01'), compilation('2024-05-08')],
    ] as const) {
      const result = linked([long, ...shorts]);
      for (const short of shorts) expect(result.get(short.id)).toBeNull();
      expect([null, ...shorts.map((s) => s.id)]).toContain(result.get('long'));
    }
  });

  it('links each short story a long article is made of to that article at most, never to another short story', () => {
    // Half of them by an agency, which stay originals; the others by a paper, whose stories the
    // long article, the fuller text that nothing dates later, may be the original of.
    const agency = shortStories('AP', null);
    const shorts = shortStories('Harbour Gazette', null).map((short, n) => (n % 2 ? agency[n]! : short));
    const result = linked([...shorts, compilation(null)]);
    for (const short of shorts) expect([null, 'long']).toContain(result.get(short.id));
    for (const short of shorts.filter((s) => s.outlet === 'AP')) expect(result.get(short.id)).toBeNull();
  });

  it('on a few hundred articles, links each reprint to its own story and leaves digests and their stories apart', () => {
    const STORY_COUNT = 240;
    const stories = Array.from({ length: STORY_COUNT }, (_, n) => article(`story${n}`, n % 2 ? 'Reuters' : 'AP', madeUpStory(n, 4)));
    // Every third story reprinted by a paper with a credit line, every fifth by an aggregator cut short.
    const credited = stories
      .filter((_, n) => n % 3 === 0)
      .map((story) => article(`credited-${story.id}`, 'Valley Times', [...story.paragraphs, 'Distributed by a news agency.']));
    const cut = stories
      .filter((_, n) => n % 5 === 0)
      .map((story) => article(`cut-${story.id}`, 'Harbour Gazette', story.paragraphs.slice(0, 3), { via: 'Daily8' }));
    // Digests of sixty stories each, overlapping by twenty, so that every story is in one or two.
    const digests = [0, 40, 80, 120, 160].map((start) =>
      article(`digest${start}`, 'Weekly Review', stories.slice(start, start + 60).flatMap((story) => story.paragraphs)),
    );
    const result = linked([...digests, ...credited, ...stories, ...cut]);
    for (const story of stories) expect(result.get(story.id)).toBeNull();
    for (const copy of [...credited, ...cut]) expect(result.get(copy.id)).toBe(copy.id.replace(/^(credited|cut)-/, ''));
    for (const digest of digests) expect(result.get(digest.id)).toBeNull();
  });
});
