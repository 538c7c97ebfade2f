/**
 * Spelling variants that name the same thing, mapped to one canonical lowercase form
 * before stemming: transliterations of names and places, and British/American spelling.
 * Keys are lowercase words with diacritics already removed.
 */

/** Transliteration variants of people and places (one group per line; the first is canonical). */
const TRANSLITERATION_GROUPS: readonly string[] = [
  'kyiv kiev kyyiv',
  'zelensky zelenskyy zelenskiy zelenskyi zelenskii zelenski',
  'luhansk lugansk luhanska luhansko',
  'kharkiv kharkov',
  'odesa odessa',
  'mykolaiv nikolaev nikolayev mykolayiv',
  'dnipro dnepr dnipropetrovsk',
  'zaporizhzhia zaporizhia zaporozhye zaporizhzhya zaporozhzhia',
  'donetsk donetsk',
  'chernihiv chernigov',
  'lviv lvov lwow',
  'vinnytsia vinnitsa',
  'sumy sumi',
  'kherson kherson',
  'turkey turkiye',
  'dmitry dmitri dmitriy',
  'sergei sergey',
  'alexei aleksei alexey aleksey',
  'yuri yury yuriy',
  'andriy andrii andrei andrey',
  'oleksandr aleksandr alexander',
  'yulia yuliya',
  'shoigu shoygu',
  'medvedev medvedyev',
  'lavrov lavrov',
  'navalny navalnyy',
  'gaddafi qaddafi kadhafi gadhafi',
  'qaeda qaida',
  'hezbollah hizbollah hizballah',
  'beijing peking',
  'mumbai bombay',
  'myanmar burma',
];

/**
 * Demonyms and adjectives of countries, mapped to the country: "Russian forces" and "Russia's
 * forces" state the same thing. Only adjectives that are not also common words are listed.
 */
const DEMONYM_GROUPS: readonly string[] = [
  'russia russian russians', 'ukraine ukrainian ukrainians', 'china chinese', 'britain british', 'france french',
  'germany german germans', 'israel israeli israelis', 'iran iranian iranians', 'turkey turkish', 'syria syrian syrians',
  'belarus belarusian belarusians', 'europe european europeans', 'japan japanese', 'italy italian italians',
  'spain spanish', 'america american americans', 'india indian indians', 'pakistan pakistani pakistanis',
  'iraq iraqi iraqis', 'afghanistan afghan afghans', 'canada canadian canadians', 'australia australian australians',
  'mexico mexican mexicans', 'brazil brazilian brazilians', 'egypt egyptian egyptians', 'palestine palestinian palestinians',
  'lebanon lebanese', 'korea korean koreans', 'georgia georgian georgians', 'moldova moldovan moldovans',
];

/** British spellings -> American (whole words; stemming handles inflection of most). */
const BRITISH_AMERICAN: Readonly<Record<string, string>> = {
  favour: 'favor', favourable: 'favorable', honour: 'honor', labour: 'labor', neighbour: 'neighbor', neighbouring: 'neighboring',
  colour: 'color', behaviour: 'behavior', harbour: 'harbor', rumour: 'rumor', rumours: 'rumors', endeavour: 'endeavor',
  armour: 'armor', armoured: 'armored', humour: 'humor', vigour: 'vigor', valour: 'valor', savour: 'savor', flavour: 'flavor',
  centre: 'center', centres: 'centers', metre: 'meter', metres: 'meters', kilometre: 'kilometer', kilometres: 'kilometers',
  theatre: 'theater', litre: 'liter', litres: 'liters', fibre: 'fiber', calibre: 'caliber', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  defence: 'defense', offence: 'offense', licence: 'license', pretence: 'pretense',
  analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', paralyse: 'paralyze', paralysed: 'paralyzed',
  dialogue: 'dialog', catalogue: 'catalog', programme: 'program', programmes: 'programs',
  travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled', cancelling: 'canceling', labelled: 'labeled',
  modelled: 'modeled', fuelled: 'fueled', signalled: 'signaled', totalled: 'totaled', levelled: 'leveled', counselling: 'counseling',
  grey: 'gray', jewellery: 'jewelry', sceptical: 'skeptical', sceptic: 'skeptic', judgement: 'judgment', ageing: 'aging',
  aluminium: 'aluminum', cheque: 'check', tyre: 'tire', tyres: 'tires', mould: 'mold', plough: 'plow', enrol: 'enroll', fulfil: 'fulfill',
  whilst: 'while', amongst: 'among', towards: 'toward', learnt: 'learned', spelt: 'spelled', burnt: 'burned',
};

/**
 * Verb roots written -ise in British and -ize in American English. Any -ise/-ised/-ising/
 * -isation form of these roots is rewritten to -ize before stemming.
 */
export const IZE_ROOTS: ReadonlySet<string> = new Set(
  `apolog author capital categor central character civil colon critic democrat destabil emphas final global harmon hospital immun
  industrial jeopard legal liberal marginal memor militar mobil modern monopol national neutral normal optim organ penal polar popular
  priorit privat public radical rational real recogn revolution sanit special stabil standard subsid summar symbol sympath synthes
  terror theor util visual weapon minim maxim`
    .split(/\s+/)
    .filter(Boolean),
);

function buildVariantTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const group of [...TRANSLITERATION_GROUPS, ...DEMONYM_GROUPS]) {
    const [canonical, ...variants] = group.split(' ');
    for (const variant of variants) table.set(variant, canonical);
  }
  for (const [british, american] of Object.entries(BRITISH_AMERICAN)) table.set(british, american);
  return table;
}

/**
 * Every spelling of the word's group, the word included, for a word the transliteration groups or
 * the British/American table list ("kiev" → kyiv, kiev, kyyiv); the word alone otherwise. A
 * country's adjective is not another spelling of it: demonyms are left out.
 */
export function spellingsOf(word: string): readonly string[] {
  return SPELLINGS.get(word) ?? [word];
}

const SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ...TRANSLITERATION_GROUPS.map((group) => group.split(' ')),
  ...Object.entries(BRITISH_AMERICAN),
].flatMap((spellings) => spellings.map((spelling) => [spelling, spellings] as const)));

/** Every spelling of the transliterated and demonym groups: names, whichever form is written. */
export const VARIANT_NAMES: ReadonlySet<string> = new Set([...TRANSLITERATION_GROUPS, ...DEMONYM_GROUPS].flatMap((group) => group.split(' ')));

/** Lowercase variant spelling -> canonical spelling. */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = buildVariantTable();

/** Inflections a listed British spelling may carry ("favours", "centred", "honouring"). */
const INFLECTIONS = ['s', 'es', 'ed', 'ing', 'able', 'ite', 'ites', 'ful', 'ly'];

/** Canonical spelling of a lowercase word, inflected or not; the word itself when unlisted. */
export function canonicalSpelling(word: string): string {
  const direct = SPELLING_VARIANTS.get(word);
  if (direct) return direct;
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    const canonical = SPELLING_VARIANTS.get(base);
    if (canonical) return canonical + ending;
    // "centred" = "centre" + "ed" with the e dropped; the American form drops its own final e.
    const eDropped = SPELLING_VARIANTS.get(`${base}e`);
    if (eDropped) return eDropped.replace(/e$/, '') + ending;
  }
  return word;
}
