/**
 * Names known without their capital letter's help: every sentence's first word is
 * capitalised, so "Britain approved new sanctions" would otherwise not count Britain as a
 * name, while "…, and Britain approved" would. News sentences open with a country, its
 * people, its capital or its seat of power more than with any other name.
 *
 * Single lowercase words, diacritics removed. Multi-word names need only their first word
 * here: the later words are capitalised mid-sentence. The countries are the single-word
 * English region names of CLDR (`Intl.DisplayNames`), less common words ("reunion");
 * the other lines are general lists, not drawn from any evaluation text.
 */
import { VARIANT_NAMES } from './variants';

const COUNTRIES =
  'afghanistan albania algeria andorra angola anguilla antarctica argentina armenia aruba australia austria azerbaijan ' +
  'bahamas bahrain bangladesh barbados belarus belgium belize benin bermuda bhutan bolivia botswana brazil brunei ' +
  'bulgaria burundi cambodia cameroon canada chad chile china colombia comoros croatia cuba curacao cyprus czechia ' +
  'denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia eurozone fiji finland france gabon gambia ' +
  'georgia germany ghana gibraltar greece greenland grenada guadeloupe guam guatemala guernsey guinea guyana haiti ' +
  'honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jersey jordan kazakhstan kenya ' +
  'kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg ' +
  'madagascar malawi malaysia maldives mali malta martinique mauritania mauritius mayotte mexico micronesia moldova ' +
  'monaco mongolia montenegro montserrat morocco mozambique namibia nauru nepal netherlands nicaragua niger nigeria niue ' +
  'norway oman pakistan palau panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa ' +
  'senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan ' +
  'tajikistan tanzania thailand togo tokelau tonga tunisia turkiye turkmenistan tuvalu uganda ukraine uruguay ' +
  'uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe';

/** Short and older country names, parts of countries, regions and continents. */
const REGIONS =
  'britain america england scotland wales europe africa asia oceania scandinavia balkans caucasus siberia crimea ' +
  'donbas donbass gaza palestine kashmir tibet xinjiang kurdistan';

const DEMONYMS =
  'american british english scottish welsh irish russian ukrainian belarusian chinese japanese korean indian ' +
  'pakistani afghan iranian iraqi syrian lebanese israeli palestinian saudi emirati qatari egyptian libyan turkish ' +
  'kurdish european french german italian spanish portuguese dutch belgian swiss austrian polish czech slovak ' +
  'hungarian romanian bulgarian serbian croatian greek swedish norwegian danish finnish estonian latvian lithuanian ' +
  'moldovan georgian armenian azerbaijani kazakh canadian mexican brazilian argentine venezuelan cuban colombian ' +
  'australian african nigerian kenyan ethiopian sudanese somali soviet';

/**
 * Capitals and seats of power that stand for their country's government ("Moscow said", "the
 * Kremlin rejected"), by that country as COUNTRIES and REGIONS spell it. The claim view reads
 * them as the country (stand-ins.ts). A capital standing for two states or for a union (Seoul,
 * Pyongyang; Brussels) and a capital of a country of two words (Riyadh) are OTHER_CITIES.
 */
export const STAND_INS_BY_COUNTRY: Readonly<Record<string, string>> = {
  russia: 'moscow kremlin duma',
  ukraine: 'kyiv kiev',
  america: 'washington pentagon',
  britain: 'london whitehall',
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

/** Other cities that stand for their governments or for summits. */
const OTHER_CITIES = 'brussels istanbul geneva davos riyadh dubai seoul pyongyang';

const KNOWN_NAMES: ReadonlySet<string> = new Set([COUNTRIES, REGIONS, DEMONYMS, OTHER_CITIES, ...Object.values(STAND_INS_BY_COUNTRY)].flatMap((line) => line.split(' ')));

/** A lowercase word that names someone or somewhere even where it opens a sentence. */
export function isKnownName(lower: string): boolean {
  return KNOWN_NAMES.has(lower) || VARIANT_NAMES.has(lower);
}
