/** An outlet's name with its kind and country from the outlet registry. */
import { outletByName, type OutletKind } from '@/lib/corpus/outlets';

const KIND_LABELS: Record<OutletKind, string> = {
  wire: 'wire agency',
  'public-broadcaster': 'public broadcaster',
  'state-affiliated': 'state-affiliated',
  commercial: 'commercial',
  tabloid: 'tabloid',
  aggregator: 'aggregator',
  unknown: 'unknown kind',
};

export function OutletBadge({ name }: { name: string }) {
  const outlet = outletByName(name);
  const kind = outlet?.kind ?? 'unknown';
  const details = [KIND_LABELS[kind], outlet?.country].filter(Boolean).join(', ');
  return (
    <span class={`nc-badge nc-kind-${kind}`} title={outlet ? `${outlet.name}: ${details} (${outlet.kindSource})` : details}>
      <span class="nc-badge-name">{outlet?.name ?? name}</span>
      <span class="nc-badge-kind">{details}</span>
    </span>
  );
}
