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

/** Capitals and other cities that stand for their governments or for summits. */
const CITIES =
  'moscow washington london paris berlin beijing tokyo brussels rome madrid warsaw ankara istanbul tehran jerusalem ' +
  'cairo delhi minsk riga vilnius tallinn helsinki stockholm oslo copenhagen vienna prague budapest bucharest athens ' +
  'lisbon dublin amsterdam geneva davos doha riyadh dubai baghdad damascus beirut kabul islamabad seoul ' +
  'pyongyang taipei manila jakarta bangkok hanoi canberra ottawa havana caracas brasilia';

/** Seats of power named for their building, as news names governments. */
const SEATS = 'kremlin pentagon whitehall elysee bundestag duma';

const KNOWN_NAMES: ReadonlySet<string> = new Set([COUNTRIES, REGIONS, DEMONYMS, CITIES, SEATS].flatMap((line) => line.split(' ')));

/** A lowercase word that names someone or somewhere even where it opens a sentence. */
export function isKnownName(lower: string): boolean {
  return KNOWN_NAMES.has(lower) || VARIANT_NAMES.has(lower);
}
