/**
 * Tables for reading numbers, percentages, units and dates in a uniform way, so that
 * "19 per cent" = "19%", "three" = 3, "26,700 square km" = "26,700 square kilometres"
 * and "July 23" = "23 July".
 */

/** Spelled-out cardinals. "one" is left out: it is far more often a pronoun ("no one"). */
export const SPELLED_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

/** Ordinals that are unambiguous ("first" and "second" have other senses). */
export const SPELLED_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);

/** Words that multiply the preceding number. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['millions', 1e6], ['mln', 1e6], ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['trillion', 1e12],
  ['dozen', 12],
]);

/**
 * Scales written onto a number ("248m", "5k", "1.2bn"), read only so: a spaced "m" is a metre,
 * a spaced "b" or "k" no number's.
 */
export const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Units written onto a number that are no unit spaced ("42C", "104F"): degrees. */
export const ATTACHED_UNITS: ReadonlyMap<string, string> = new Map([['c', '°c'], ['f', '°f']]);


/** Word sequences after a number that make it a percentage. */
export const PERCENT_PHRASES: readonly (readonly string[])[] = [['per', 'cent'], ['percent'], ['pct'], ['percentage', 'points']];

/** Unit spellings mapped to one canonical unit term. Multi-word units come first so they win. */
export const UNIT_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['square', 'kilometres'], 'km2'], [['square', 'kilometers'], 'km2'], [['square', 'kilometre'], 'km2'], [['square', 'kilometer'], 'km2'],
  [['square', 'km'], 'km2'], [['sq', 'km'], 'km2'], [['km2'], 'km2'], [['sqkm'], 'km2'],
  [['square', 'miles'], 'mi2'], [['square', 'mile'], 'mi2'], [['sq', 'mi'], 'mi2'],
  [['miles', 'per', 'hour'], 'mph'], [['miles', 'an', 'hour'], 'mph'], [['mph'], 'mph'],
  [['kilometres', 'per', 'hour'], 'kmh'], [['kilometers', 'per', 'hour'], 'kmh'], [['kilometres', 'an', 'hour'], 'kmh'],
  [['kilometers', 'an', 'hour'], 'kmh'], [['km', 'per', 'hour'], 'kmh'], [['kph'], 'kmh'], [['kmh'], 'kmh'],
  [['degrees', 'celsius'], '°c'], [['degrees', 'centigrade'], '°c'], [['celsius'], '°c'], [['degrees', 'fahrenheit'], '°f'], [['fahrenheit'], '°f'],
  [['kilometres'], 'km'], [['kilometers'], 'km'], [['kilometre'], 'km'], [['kilometer'], 'km'], [['km'], 'km'],
  [['millimetres'], 'mm'], [['millimeters'], 'mm'], [['mm'], 'mm'], [['centimetres'], 'cm'], [['centimeters'], 'cm'], [['cm'], 'cm'],
  [['feet'], 'ft'], [['foot'], 'ft'], [['ft'], 'ft'], [['inches'], 'inch'], [['inch'], 'inch'],
  [['megawatts'], 'mw'], [['megawatt'], 'mw'], [['mw'], 'mw'], [['gigawatts'], 'gw'], [['gigawatt'], 'gw'], [['gw'], 'gw'],
  [['miles'], 'mile'], [['mile'], 'mile'], [['metres'], 'm'], [['meters'], 'm'], [['metre'], 'm'], [['meter'], 'm'],
  [['kilograms'], 'kg'], [['kilogram'], 'kg'], [['kg'], 'kg'], [['tonnes'], 'tonne'], [['tons'], 'tonne'], [['tonne'], 'tonne'], [['ton'], 'tonne'],
  [['hectares'], 'ha'], [['hectare'], 'ha'], [['barrels'], 'barrel'], [['barrel'], 'barrel'],
];

/** Month names and abbreviations -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month words that are also ordinary English words: only read as months next to a day number. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'mar', 'jun', 'dec', 'sep', 'oct', 'nov', 'jan', 'feb', 'apr', 'aug', 'jul']);

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Words that say when, not what: after a figure ("4.5% on Thursday", "14 killed overnight") they
 * do not name what it counts (lib/match/figures.ts looks before the figure instead). Not "week",
 * "month" or "year": after a number they are what it counts ("14 months of repairs").
 */
export const TIME_WORDS: readonly string[] = [
  ...WEEKDAYS,
  'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'weekend',
];
