/**
 * Names that stand for a country's government in news, by that country: its capital and its
 * seats of power ("Moscow said", "the Kremlin rejected"). Two reports of one claim name the same
 * actor so ("Kiev accused Moscow" / "Ukraine accused Russia"), and the claim view should not
 * tell the reader they name other places (compare/names.ts). Demonyms ("Russian") already read
 * as their country (the synonyms table). General lists, as known-names.ts's capitals; a capital
 * standing for two states (Seoul, Pyongyang; Brussels for Belgium or the EU) is left out.
 */
import { wordKey } from '../analyze';

const STAND_INS_BY_COUNTRY: Record<string, string> = {
  russia: 'moscow kremlin duma',
  ukraine: 'kyiv kiev',
  america: 'washington pentagon',
  britain: 'london whitehall uk',
  france: 'paris elysee',
  germany: 'berlin bundestag',
  china: 'beijing',
  japan: 'tokyo',
  italy: 'rome',
  spain: 'madrid',
  poland: 'warsaw',
  turkiye: 'ankara',
  iran: 'tehran',
  israel: 'jerusalem',
  egypt: 'cairo',
  india: 'delhi',
  belarus: 'minsk',
  latvia: 'riga',
  lithuania: 'vilnius',
  estonia: 'tallinn',
  finland: 'helsinki',
  sweden: 'stockholm',
  norway: 'oslo',
  denmark: 'copenhagen',
  austria: 'vienna',
  czechia: 'prague',
  hungary: 'budapest',
  romania: 'bucharest',
  greece: 'athens',
  portugal: 'lisbon',
  ireland: 'dublin',
  netherlands: 'amsterdam',
  qatar: 'doha',
  iraq: 'baghdad',
  syria: 'damascus',
  lebanon: 'beirut',
  afghanistan: 'kabul',
  pakistan: 'islamabad',
  taiwan: 'taipei',
  philippines: 'manila',
  indonesia: 'jakarta',
  thailand: 'bangkok',
  vietnam: 'hanoi',
  australia: 'canberra',
  canada: 'ottawa',
  cuba: 'havana',
  venezuela: 'caracas',
  brazil: 'brasilia',
};

/** A stand-in's term key -> its country's term key, as the analysis keys both. */
const COUNTRY_BY_STAND_IN: ReadonlyMap<string, string> = new Map(
  Object.entries(STAND_INS_BY_COUNTRY).flatMap(([country, names]) => names.split(' ').map((name) => [wordKey(name), wordKey(country)] as const)),
);

/** The country a name's term key stands for, or undefined when it stands for none. */
export function countryStoodFor(key: string): string | undefined {
  return COUNTRY_BY_STAND_IN.get(key);
}
