/**
 * The country a name stands for in news (known-names.ts, STAND_INS_BY_COUNTRY), by term key as
 * the analysis keys both: "Moscow" and "Russia" on two sides of one claim name one actor, not
 * other places, and the claim view's "other names" (compare/names.ts) reads them alike.
 * Demonyms ("Russian") already share their country's key (the synonyms table).
 */
import { wordKey } from '../analyze';
import { STAND_INS_BY_COUNTRY } from './known-names';

const COUNTRY_BY_STAND_IN: ReadonlyMap<string, string> = new Map(
  Object.entries(STAND_INS_BY_COUNTRY).flatMap(([country, names]) => names.split(' ').map((name) => [wordKey(name), wordKey(country)] as const)),
);

/** The country a name's term key stands for, or undefined when it stands for none. */
export function countryStoodFor(key: string): string | undefined {
  return COUNTRY_BY_STAND_IN.get(key);
}
