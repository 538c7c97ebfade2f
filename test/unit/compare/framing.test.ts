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
