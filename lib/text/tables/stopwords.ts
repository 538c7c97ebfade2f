/**
 * Function words that carry no claim content. They are dropped from sentence
 * features, so they neither count as overlap nor become index keys.
 * Negation words are deliberately absent: they are tracked separately (negation.ts).
 * Approximators ("nearly", "almost", "about") are here because "nearly 19%" and
 * "almost 19%" report the same figure. "one" is here because it is mostly a pronoun ("no one").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost along already also although always am among amongst an and another any anybody anyone anything anyway anywhere approximately are around as at
  be became because become becomes been before being below beside besides between both but by
  can could did do does doing done down during each either else enough etc even ever every everyone everything
  few for former formerly from further had has have having he her here hers herself him himself his how however
  i if in including indeed into is it its itself just last least less let like likely many may me meanwhile might more moreover most mostly much must my myself
  namely nearly next now of off often on once one only onto or other others otherwise our ours ourselves out over own
  per perhaps quite rather really roughly same seem seemed seems several she should since so some somehow someone something sometime sometimes somewhat still such
  than that the their theirs them themselves then there thereby therefore these they this those though through throughout thus to together too toward towards
  under until up upon us very via was we well were what whatever when whenever where whereas whether which while who whoever whole whom whose why will with within would
  yet you your yours yourself yourselves mr mrs ms dr s`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words kept as content for scoring but too common in news to be useful index keys:
 * a posting list for "said" would hold most of the corpus.
 */
export const UNSELECTIVE_INDEX_WORDS: readonly string[] = ['said', 'year', 'week', 'day', 'time', 'new', 'people', 'reported', 'official'];
