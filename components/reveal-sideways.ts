/**
 * Scrolls a sideways-scrolling row (the panel's tabs) just far enough that one of its items is
 * wholly in view. Not scrollIntoView: that scrolls the panel itself too, and a tab selected
 * lower down would pull the view's top out of sight.
 */
export function revealSideways(row: HTMLElement, item: HTMLElement): void {
  const shown = row.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (box.left < shown.left) row.scrollLeft -= shown.left - box.left;
  else if (box.right > shown.right) row.scrollLeft += box.right - shown.right;
}
