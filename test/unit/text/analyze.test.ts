import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../lib/match/features';
import { analyzeSentence } from '../../../lib/text/analyze';
import { foldText } from '../../../lib/text/normalize';

const keys = (text: string) => analyzeSentence(text).terms.map((t) => t.key);
const sameKeys = (a: string, b: string) => expect(new Set(keys(a))).toEqual(new Set(keys(b)));

describe('normalisation tables', () => {
  it('folds curly quotes, dashes, non-breaking spaces and accents', () => {
    expect(foldText('“Türkiye’s\u00A0plan” – done…')).toBe('"Turkiye\'s plan" - done...');
  });

  it('reads percentages written as "%", "per cent" and "percent" alike', () => {
    sameKeys('Turnout reached 64% in the capital.', 'Turnout reached 64 per cent in the capital.');
    sameKeys('Turnout reached 64 percent in the capital.', 'Turnout reached 64% in the capital.');
  });

  it('reads thousands separators, scale words and spelled-out numbers', () => {
    expect(keys('Officials counted 12,400 ballots.')).toContain('#12400');
    expect(keys('The fund holds $3.2 billion.')).toContain('#3200000000');
    sameKeys('Four ministers resigned.', '4 ministers resigned.');
    expect(keys('Twenty-six boats sank.')).toContain('#26');
  });

  it('reads a scale or unit written onto its number ("$1.2bn", "248m", "10km", "42.3C") as when spaced or spelled out', () => {
    sameKeys('The lender set aside $1.2bn.', 'The lender set aside $1.2 billion.');
    sameKeys('The streamer has 248m members.', 'The streamer has 248 million members.');
    sameKeys('The fund lost £3.5m last year.', 'The fund lost £3,500,000 last year.');
    sameKeys('Brussels pledged 5bn euros.', 'Brussels pledged 5 billion euros.');
    sameKeys('The queue stretched 10km.', 'The queue stretched 10 kilometres.');
    sameKeys('Kiskunhalas recorded 42.3C.', 'Kiskunhalas recorded 42.3 degrees Celsius.');
    sameKeys('Kiskunhalas recorded 42.3°C.', 'Kiskunhalas recorded 42.3C.');
    sameKeys('Up to 210mm of rain fell.', 'Up to 210 millimetres of rain fell.');
    sameKeys('The capsule flew at 27,000mph.', 'The capsule flew at 27,000 miles an hour.');
    sameKeys('Insurers put the damage at €780million.', 'Insurers put the damage at €780m.');
    expect(keys('The lender set aside $1.2bn.')).not.toEqual(keys('The lender set aside $1.3bn.'));
    expect(keys('The W3C notice and US30YT=RR moved.').filter((key) => key.startsWith('#'))).toEqual([]);
  });

  it('reads a figure after a currency sign as without it', () => {
    sameKeys('Meridian set aside $640 million.', 'Meridian set aside 640 million.');
    sameKeys('US$1.2 billion was raised.', '€1.2 billion was raised.');
  });

  it('multiplies a number by the dozen that follows it', () => {
    sameKeys('Two dozen people were hurt.', '24 people were hurt.');
    sameKeys('A dozen people were hurt.', '12 people were hurt.');
  });

  it('keeps a percentage apart from the same bare number', () => {
    expect(keys('It rose 19%.')).not.toEqual(keys('It rose 19,000.'));
  });

  it('reads words that name built-in object properties as plain words, not numbers or months', () => {
    const nonWords = (text: string) => analyzeSentence(text).terms.filter((t) => t.kind !== 'word').map((t) => t.key);
    expect(nonWords('Constructor firms grew.')).toEqual([]);
    expect(nonWords('Output rose 4 constructor units and toString valueOf.')).toEqual(['#4']);
  });

  it('unifies units and their spellings', () => {
    sameKeys('The reserve spans 4,100 square kilometres.', 'The reserve spans 4,100 sq km.');
  });

  it('reads day-month and month-day dates alike', () => {
    sameKeys('The summit opens on March 4.', 'The summit opens on 4 March.');
    expect(keys('The summit opens on March 4.')).not.toEqual(keys('The summit opens on March 5.'));
  });

  it('unifies transliterations and British/American spelling', () => {
    sameKeys('Officials in Kiev met Zelenskiy.', 'Officials in Kyiv met Zelenskyy.');
    sameKeys('Shelling hit Lugansk.', 'Shelling hit Luhansk.');
    sameKeys('The defence ministry favours the programme.', 'The defense ministry favors the program.');
    sameKeys('They recognised the result.', 'They recognized the result.');
  });

  it('stems inflections and maps listed near-synonyms to one term', () => {
    sameKeys('Nobody is delaying the vote.', 'Nobody stalled the vote.');
    sameKeys('The talks resumed.', 'The negotiations resumed.');
    sameKeys('The sides agreed to swap prisoners after a brief meeting.', 'The sides agreed to exchange prisoners after a short meeting.');
    sameKeys('Lavrov said Kyiv was undermining the talks.', 'Lavrov said Kyiv was derailing the talks.');
  });

  it('drops stop words and approximators but counts negation', () => {
    sameKeys('Nearly 40 homes burned.', 'Almost 40 homes burned.');
    expect(analyzeSentence('The mayor did not sign it.').negations).toBe(1);
    expect(analyzeSentence("The mayor didn't sign it.").negations).toBe(1);
    expect(analyzeSentence('The mayor didnt sign it, and he cant.').negations).toBe(2);
    sameKeys("I don't know anybody fighting it.", 'I dont know anybody fighting it.');
    expect(analyzeSentence('The mayor signed it.').negations).toBe(0);
  });

  it('reads a verb that denies what follows as negating the sentence, however many, and keeps it as a word', () => {
    expect(analyzeSentence('The mayor denied signing it.')).toMatchObject({ negations: 0, denials: 1 });
    expect(keys('The mayor denied signing it.')).toContain(keys('denied')[0]);
    const negated = (text: string) => extractFeatures(text).g;
    expect(negated('The mayor denied signing it.')).toBe(1);
    expect(negated('The mayor refused to sign it.')).toBe(1);
    expect(negated('The ministry denied the report and rejected it as propaganda.')).toBe(1);
    expect(negated('The mayor rejected claims that he would never sign it.')).toBe(1);
    expect(negated('The mayor signed it.')).toBe(0);
    // Not denials: firing someone, and the noun.
    expect(negated('The president dismissed the army chief on Sunday.')).toBe(0);
    expect(negated('Refuse collectors went on strike on Monday.')).toBe(0);
  });

  it('does not read a hyphenated compound as a negation', () => {
    expect(analyzeSentence('Allies discussed a no-fly zone and a no-confidence vote.').negations).toBe(0);
    expect(analyzeSentence('Allies did not discuss a no-fly zone.').negations).toBe(1);
  });

  it('removes boilerplate phrases entirely', () => {
    expect(keys('The ministry did not immediately respond to a request for comment.')).toEqual(keys('The ministry.'));
    expect(analyzeSentence('The ministry did not immediately respond to a request for comment.').negations).toBe(0);
  });

  it('quotes a figure back as written, hyphen and percent sign included', () => {
    const figures = (text: string) => analyzeSentence(text).terms.filter((t) => t.kind === 'number').map((t) => t.raw);
    expect(figures('Forty-five people were hurt and 19 % of homes lost power.')).toEqual(['Forty-five', '19%']);
    expect(figures('Forty five people were hurt.')).toEqual(['Forty five']);
    sameKeys('Forty-five people were hurt.', 'Forty five people were hurt.');    expect(figures('The deal is worth $1.2bn, up from US$900m.')).toEqual(['$1.2bn', 'US$900m']);
    expect(analyzeSentence('It hit 42.3°C in the shade.').terms.filter((t) => t.kind !== 'word').map((t) => t.raw)).toEqual(['42.3', '°C']);
  });

  it('marks names and quoted words', () => {
    const terms = analyzeSentence('Officials said “the bridge is closed” near Lisbon.').terms;
    expect(terms.find((t) => t.raw === 'Lisbon')?.entity).toBe(true);
    expect(terms.find((t) => t.raw === 'bridge')?.quoted).toBe(true);
    expect(terms.find((t) => t.raw === 'Officials')?.quoted).toBe(false);
  });

  it('marks words inside single quotation marks as quoted, but not beside an apostrophe', () => {
    const quotedWords = (text: string) => analyzeSentence(text).terms.filter((t) => t.quoted).map((t) => t.raw);
    expect(quotedWords('Officials said ‘the bridge is closed’ near Lisbon.')).toEqual(['bridge', 'closed']);
    expect(quotedWords("'Some of the children,' said Medinsky of the war.")).toEqual(['children']);
    expect(quotedWords("The troops' positions near Kiev's edge, O'Brien said in the '90s.")).toEqual([]);
    expect(quotedWords('UK to push ‘50-day drive’ to arm Kyiv.')).toEqual(['50', 'day', 'drive']);
  });

  it('does not read a term held in quotation marks as a quoted statement', () => {
    const quotedWords = (text: string) => analyzeSentence(text).terms.filter((t) => t.quoted).map((t) => t.raw);
    expect(quotedWords("Gabbard charged Obama with driving a 'false' narrative of a 'treasonous conspiracy'.")).toEqual([]);
    expect(quotedWords('She detailed "striking" findings and said "the evidence is overwhelming".')).toEqual(['evidence', 'overwhelming']);
  });

  it('knows a country, its people, a capital or a seat of power as a name where it opens a sentence', () => {
    const firstTerm = (text: string) => analyzeSentence(text).terms[0];
    for (const text of ['Britain approved new sanctions.', 'Russian forces advanced.', 'Moscow denied it.', 'Kyiv denied it.', 'Kremlin aides denied it.', '"Ukraine will not give up," he said.']) {
      expect(firstTerm(text).entity, text).toBe(true);
    }
    // Any other first word is capitalised for being first; a British spelling is no name.
    for (const text of ['Officials approved new sanctions.', 'Defence officials denied it.', 'Talks resumed.']) {
      expect(firstTerm(text).entity, text).toBe(false);
    }
  });
});
