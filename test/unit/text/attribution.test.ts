import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '../../../lib/text/analyze';
import { withoutAttribution } from '../../../lib/text/attribution';

/** The words left, without the stand-in and the spacing. */
const told = (sentence: string) => withoutAttribution(sentence).replace(/\bit\b/g, '').replace(/\s+/g, ' ').trim();

describe('withoutAttribution', () => {
  it('sets aside a subject and its reporting verb', () => {
    expect(told("Ukraine's air force said Russia launched 40 drones overnight.")).toBe('Russia launched 40 drones overnight.');
    expect(told('Kremlin spokesman Dmitry Peskov told reporters the talks would go on.')).toBe('reporters the talks would go on.');
  });

  it('sets aside an attribution clause at the end or opening with "according to"', () => {
    expect(told('Two drones were downed during the night, Kyiv said.')).toBe('Two drones were downed during the night, .');
    expect(told('Russia launched 40 drones, said the ministry.')).toBe('Russia launched 40 drones,');
    expect(told("According to Ukraine's air force, Russia launched 40 drones.")).toBe(', Russia launched 40 drones.');
  });

  it('keeps a claim after its reporting verb, and a figure before one', () => {
    for (const sentence of [
      'The air force, citing radar data, said it shot down four drones.',
      'The head of the region, Leonid Pasechnik, said 100 per cent of the region was under Russian control.',
      '40 drones were launched the air force said.',
    ]) expect(withoutAttribution(sentence)).toBe(sentence);
  });

  it('leaves a capitalised word after the attribution a name, as it was in the sentence', () => {
    const { terms } = analyzeSentence(withoutAttribution('Officials said Valmora raised its rate.'));
    expect(terms.find((t) => t.raw === 'Valmora')?.entity).toBe(true);
  });
});
