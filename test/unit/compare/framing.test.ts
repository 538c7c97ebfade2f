/** How framingTerms reads words: quotation marks, apostrophes, possessives and hyphens. */
import { describe, expect, it } from 'vitest';
import { framingTerms } from '../../../lib/compare/framing';

const terms = (text: string) => framingTerms(text).map((f) => f.term);

describe('framingTerms: words beside apostrophes and quotation marks', () => {
  it('finds a term between single quotation marks, typographic or ASCII', () => {
    expect(terms('Russia’s ‘special military operation’ began in 2022.')).toContain('special military operation');
    expect(terms("what Moscow calls a 'special military operation'.")).toContain('special military operation');
    expect(terms("the 'liberated' territories")).toEqual(['liberated']);
  });

  it('reads a possessive as the word before it', () => {
    expect(terms("Kyiv's mayor, Kiev’s officials and Zelenskiy's mandate")).toEqual(['kyiv', 'kiev', 'zelenskiy']);
    expect(terms("the full-scale invasion's third year")).toEqual(['full-scale invasion']);
  });

  it('finds a place name inside a hyphenated compound', () => {
    expect(terms('a Kyiv-based analyst at a Putin-Zelenskiy meeting')).toEqual(['kyiv', 'zelenskiy']);
  });

  it('keeps a name whose apostrophe is part of it whole', () => {
    expect(terms("O'Brien flew from Côte d'Ivoire to Kyiv")).toEqual(['kyiv']);
    expect(terms("the coup d’état in Kiev")).toEqual(["coup d'etat", 'kiev']);
    expect(terms("the Luhansk People’s Republic")).toEqual(['luhansk', "people's republic"]);
  });
});

describe('framingTerms: words inside a quotation', () => {
  const quoted = (text: string) => framingTerms(text).map((f) => `${f.term}${f.quoted ? ' (quoted)' : ''}`);

  it('marks a term inside double quotation marks, typographic or ASCII', () => {
    expect(quoted('Peskov said: “The special military operation continues.” The invasion began in 2022.')).toEqual([
      'special military operation (quoted)',
      'invasion',
    ]);
    expect(quoted('He called it "liberation" of Kiev.')).toEqual(['liberation (quoted)', 'kiev']);
  });

  it('marks a term inside single quotation marks, typographic or ASCII', () => {
    expect(quoted('Russia’s ‘special military operation’ in Ukraine, the invasion')).toEqual(['special military operation (quoted)', 'invasion']);
    expect(quoted("'Some of the children,' said Medinsky of the war. Umerov said Kyiv expected 'further progress' after the 'liberated' areas voted")).toEqual([
      'war',
      'kyiv',
      'liberated (quoted)',
    ]);
  });

  it('ends a quotation left open at the end of its paragraph', () => {
    expect(quoted('Pasemnik said: “The territory of the Luhansk People’s Republic is fully liberated.\nOfficials in Kiev disagree.')).toEqual([
      'luhansk (quoted)',
      "people's republic (quoted)",
      'liberated (quoted)',
      'kiev',
    ]);
  });

  it('does not take an apostrophe for a quotation mark', () => {
    expect(quoted("The troops' positions near Kiev's edge, O'Brien said of the invasion")).toEqual(['kiev', 'invasion']);
    expect(quoted("A '90s treaty; the conflict in Côte d'Ivoire and the war in Ukraine")).toEqual(['conflict', 'war']);
    expect(quoted('UK to push ‘50-day drive’ to arm Kyiv')).toEqual(['kyiv']);
  });
});

describe('framingTerms: fixed phrases holding a term in another sense', () => {
  it('does not count the war of "prisoners of war", "Cold War", "trade war" or "war crimes"', () => {
    expect(terms('They swapped 1,200 prisoners of war; a prisoner of war said the war goes on.')).toEqual(['war']);
    expect(terms('Not since the Cold War, World War Two or the trade war with China; war crimes were charged.')).toEqual([]);
  });

  it('does not count "conflict of interest" or "invasion of privacy"', () => {
    expect(terms('a conflict of interest, conflicts of interest and an invasion of privacy during the invasion')).toEqual(['invasion']);
  });
});

describe('framingTerms: a term inside a longer term', () => {
  const found = (text: string) => framingTerms(text).map((f) => `${f.concept}: ${f.term}`);

  it('counts only the longer term of one concept', () => {
    expect(terms('the special military operation, the full-scale invasion, the Maidan revolution')).toEqual([
      'special military operation',
      'full-scale invasion',
      'maidan revolution',
    ]);
  });

  it("also counts a shorter term of another concept inside it: the Kiev of RT's \"Kiev regime\"", () => {
    expect(found('The Kiev regime shelled Donetsk; the Kyiv regime, Kiev said.')).toEqual([
      'capital of Ukraine: kiev',
      "Ukraine's government and forces: kiev regime",
      'capital of Ukraine: kyiv',
      "Ukraine's government and forces: kyiv regime",
      'capital of Ukraine: kiev',
    ]);
  });
});
