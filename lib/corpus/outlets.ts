/**
 * The outlet registry: who published an article, what kind of outlet it is, and where
 * that classification comes from. The data lives in outlets.json so it can be reviewed
 * and extended without touching code.
 */
import registryData from './outlets.json';

/**
 * How an outlet is run. 'commercial' means privately owned (for profit or not) and not
 * state-controlled; 'state-affiliated' covers state-owned or state-controlled outlets that
 * are not public-service broadcasters.
 */
export type OutletKind =
  | 'wire'
  | 'public-broadcaster'
  | 'state-affiliated'
  | 'commercial'
  | 'tabloid'
  | 'aggregator'
  | 'unknown';

export interface Outlet {
  id: string;
  name: string;
  /** Names as they appear in page text; `name` is always one of them. */
  aliases: string[];
  /** Registrable domains or news subdomains, lower case, without "www.". */
  domains: string[];
  /** ISO 3166-1 alpha-2 country of the outlet's seat, or null when not known. */
  country: string | null;
  kind: OutletKind;
  /**
   * True for news agencies whose copy other outlets reprint (AP, Reuters, but also
   * state-run agencies such as TASS, whose kind stays 'state-affiliated').
   */
  agency: boolean;
  /** Short attribution for `kind`, e.g. "Wikipedia: Russian state-owned news agency". */
  kindSource: string;
}

// JSON imports are typed with plain strings; the registry test checks every `kind` is valid.
const REGISTRY = registryData as Outlet[];

/**
 * Lower case, accents and punctuation dropped, a leading "the" dropped: "The Guardian",
 * "guardian" and "Guardian." are one key. Ampersands and dots inside names such as
 * "news.com.au" are kept apart by turning punctuation into spaces, not deleting it.
 */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const byId = new Map(REGISTRY.map((outlet) => [outlet.id, outlet]));
const byKey = new Map<string, Outlet>();
const byDomain = new Map<string, Outlet>();
for (const outlet of REGISTRY) {
  for (const alias of outlet.aliases) byKey.set(nameKey(alias), outlet);
  for (const domain of outlet.domains) byDomain.set(domain, outlet);
}

/** Every outlet in the registry, in file order. */
export function allOutlets(): readonly Outlet[] {
  return REGISTRY;
}

export function outletById(id: string): Outlet | null {
  return byId.get(id) ?? null;
}

/**
 * The outlet a name refers to, ignoring case, punctuation and a leading "The".
 * A trailing parenthetical that is not part of a known name is treated as decoration
 * ("Reuters (via Daily8)"). Deliberately ambiguous names ("ABC News" is both the
 * Australian and the US broadcaster) are in no alias list and give null.
 */
export function outletByName(name: string): Outlet | null {
  const exact = byKey.get(nameKey(name));
  if (exact) return exact;
  const undecorated = name.replace(/\s*\([^()]*\)\s*$/, '');
  return undecorated !== name ? (byKey.get(nameKey(undecorated)) ?? null) : null;
}

/** The outlet serving a hostname: "www.abc.net.au", "edition.cnn.com", "news.sky.com". */
export function outletForHost(hostname: string): Outlet | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '').split('.');
  // Try the full host first, then drop one leading label at a time (subdomains).
  for (let start = 0; start < labels.length - 1; start++) {
    const outlet = byDomain.get(labels.slice(start).join('.'));
    if (outlet) return outlet;
  }
  return null;
}

/** All registry domains, for the content script's match patterns. */
export function newsHostnames(): string[] {
  return [...byDomain.keys()];
}

/** `Article.outlet` when the page names no outlet for an article. */
export const UNKNOWN_OUTLET = 'unknown';

/** Whether a text names the outlet as a whole word or phrase ("… Download the NewsBreak app"). */
export function mentionsOutlet(text: string, outlet: Outlet): boolean {
  const padded = ` ${nameKey(text)} `;
  return outlet.aliases.some((alias) => padded.includes(` ${nameKey(alias)} `));
}
