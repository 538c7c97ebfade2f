/**
 * Whether a key press belongs to a field the reader is typing in: the extension's page
 * shortcuts (Alt+Shift+↓/↑, Alt+Shift+H) must leave it alone there, since the same chords
 * select text or type letters in a field on some systems (Option+Shift+↓ selects to the end of
 * the paragraph on a Mac, Option+Shift+H types "Ó"), and a comment box or a search field is
 * the reader's, not the extension's.
 */

/** Input types that take no typed text: a shortcut pressed on them is the page's to answer. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden']);

export function isTypingTarget(event: KeyboardEvent): boolean {
  // The innermost target: a field inside a site's custom element is reached through its shadow root.
  const target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}
