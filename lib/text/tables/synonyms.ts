/**
 * Near-synonyms that news reports use interchangeably for the same event. Each group maps
 * to its first word before stemming, so "stalling" and "delaying" become the same term.
 * Groups are kept narrow: direction words (rise/fall) and actors never share a group,
 * because that would merge opposite claims.
 */
const SYNONYM_GROUPS: readonly string[] = [
  // Not "state"/"states": in news they are mostly nouns ("United States", "state media").
  'say said says told tells tell stated saying',
  'delay delays delayed delaying stall stalls stalled stalling',
  'kill kills killed killing dead died die dies death deaths',
  'injure injured injuring injures wounded wounding wound hurt',
  'attack attacks attacked attacking strike strikes struck striking raid raids',
  'talk talks negotiation negotiations negotiate negotiating negotiated',
  'rise rises rose risen rising increase increased increases increasing climb climbed climbs jump jumped jumps',
  'fall falls fell fallen falling drop dropped drops decline declined declines decrease decreased decreases',
  'start starts started starting begin begins began begun beginning',
  'buy buys bought buying purchase purchased purchases acquire acquired acquires',
  'help helps helped helping assist assisted assists',
  'reject rejects rejected rejecting dismiss dismissed dismisses deny denied denies denying',
  'ceasefire truce',
  'big large major huge',
  'agreement agreements deal deals accord accords',
  'warn warned warns warning',
  'accuse accused accuses accusing accusation accusations',
  'exchange exchanges exchanged exchanging swap swaps swapped swapping',
  'short shorter shortest brief briefer',
  'support supports supported supporting backing',
  'undermine undermines undermined undermining derail derails derailed derailing',
  'fighting hostilities',
  'leader leaders head',
  'official officials authorities',
];

function buildSynonymTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const [canonical, ...members] = group.split(' ');
    for (const member of members) table.set(member, canonical);
  }
  return table;
}

/** Lowercase word -> canonical word of its synonym group. */
export const SYNONYMS: ReadonlyMap<string, string> = buildSynonymTable();
