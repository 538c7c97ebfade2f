/** An outlet's kind and country from the registry, in words, for badges and exports. */
import { outletById, outletByName, UNKNOWN_OUTLET, type Outlet, type OutletKind } from '../corpus/outlets';

export const KIND_LABELS: Record<OutletKind, string> = {
  wire: 'wire agency',
  'public-broadcaster': 'public broadcaster',
  'state-affiliated': 'state-affiliated',
  commercial: 'commercial',
  tabloid: 'tabloid',
  aggregator: 'aggregator',
  unknown: 'unknown kind',
};

export interface OutletDetails {
  name: string;
  kind: OutletKind;
  /** Kind and country in words, e.g. "wire agency, GB"; empty for an outlet not in the registry. */
  details: string;
  outlet: Outlet | null;
}

/** Looks the outlet up by registry id when known, else by the name the page gave. */
export function outletDetails(name: string, outletId?: string | null): OutletDetails {
  const outlet = (outletId ? outletById(outletId) : null) ?? outletByName(name);
  const kind = outlet?.kind ?? 'unknown';
  return {
    name: outlet?.name ?? (name && name !== UNKNOWN_OUTLET ? name : 'Unknown outlet'),
    kind,
    // Nothing is known of an outlet outside the registry: saying "unknown kind" adds no information.
    details: outlet ? [KIND_LABELS[kind], outlet.country].filter(Boolean).join(', ') : '',
    outlet,
  };
}
