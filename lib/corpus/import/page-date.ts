/**
 * A saved page's date as an import stores it: ISO 8601 (record.ts), on the day its publisher
 * wrote, since the day decides which of two reprints is the original (../publication-day.ts).
 * Pages write dates in many forms; JavaScript reads most of them, but gives an instant, whose
 * day depends on the zone it is shown in. So the written zone is kept: an offset ("-0500",
 * "+02:00") or a zone name JavaScript reads ("GMT", "EDT"); a date without one stays without.
 */

/** Zone names Date.parse reads, as minutes from UTC. */
const NAMED_ZONES: Record<string, number> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
const OFFSET_AT_END = /([+-])(\d{2}):?(\d{2})\s*$/;
const NAME_AT_END = /\b(Z|UTC?|GMT|[ECMP][SD]T)\s*$/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes from UTC the text's date is written in, or null when it names no zone. */
function writtenOffset(text: string): number | null {
  const offset = OFFSET_AT_END.exec(text);
  if (offset) return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const name = NAME_AT_END.exec(text);
  return name ? (NAMED_ZONES[name[1].toUpperCase()] ?? null) : null;
}

/** `text` (not ISO 8601) as ISO 8601 on the day and at the time it was written, or null when JavaScript cannot read it. */
export function writtenDateAsIso(text: string): string | null {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const offset = writtenOffset(text);
  // With a zone: the instant shown in that zone. Without: Date.parse read it as local time, and
  // the local fields give back what was written.
  const at = new Date(offset === null ? time : time + offset * 60_000);
  const [year, month, day, hours, minutes, seconds] = offset === null
    ? [at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes(), at.getSeconds()]
    : [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()];
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!/\d:\d\d/.test(text)) return date;
  const zone = offset === null ? '' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${zone}`;
}
