/** One figure a report gives differently from the page: shared by the hover card and the panel's report cards. */
export function FigureDifference({ figure: [ours, theirs] }: { figure: [string, string] }) {
  return (
    <>
      Different figure: <strong>{ours}</strong> on this page, <strong>{theirs}</strong> here
    </>
  );
}
