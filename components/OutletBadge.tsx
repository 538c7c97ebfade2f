/** An outlet's name with its kind and country from the outlet registry. */
import { outletDetails } from '@/lib/panel/outlet-details';

export function OutletBadge({ name, outletId }: { name: string; outletId?: string | null }) {
  const { name: shown, kind, details, outlet } = outletDetails(name, outletId);
  return (
    <span class={`nc-badge nc-kind-${kind}`} title={outlet ? `${outlet.name}: ${details} (${outlet.kindSource})` : details}>
      <span class="nc-badge-name">{shown}</span>
      <span class="nc-badge-kind">{details}</span>
    </span>
  );
}
