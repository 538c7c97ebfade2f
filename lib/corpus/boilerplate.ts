/**
 * Page furniture that is not article text, as a table of line patterns. Each rule says
 * what the match does to the surrounding page:
 * - 'line': drop this line only;
 * - 'block': drop this line and the text lines after it until the next article header or
 *   section (reader comments, tag lists, app promotion);
 * - 'section': a list of further articles starts here, so the current article ends;
 * - 'tail': drop from the match to the end of the paragraph (syndication footers that
 *   are glued onto the last paragraph of run-on text).
 */
export type BoilerplateEffect = 'line' | 'block' | 'section' | 'tail';

interface BoilerplateRule {
  pattern: RegExp;
  effect: BoilerplateEffect;
}

const RULES: BoilerplateRule[] = [
  // Image alt texts of page decoration.
  { pattern: /^(site |brand )?logo$/i, effect: 'line' },
  { pattern: /^\p{L}+ background$/iu, effect: 'line' },
  // Aggregator feature promotion and widget titles.
  { pattern: /^try our ai features$/i, effect: 'line' },
  { pattern: /^explore what .{1,40} can do for you:?$/i, effect: 'line' },
  { pattern: /^no comments yet\.*$/i, effect: 'line' },
  { pattern: /^app-?store\s*play-?store$/i, effect: 'line' },
  // Publisher chrome between paragraphs.
  // Ad labels, as sites write them on a line of their own ("Skip Advertisement", "Story continues
  // below advertisement", "Advertisement - scroll to continue").
  { pattern: /^(skip )?(advertisement|ad)( ?[-–—:] ?scroll to continue( reading)?)?$/i, effect: 'line' },
  { pattern: /^(the )?(story|article) continues (below|after) (this )?(advertisement|ad)$/i, effect: 'line' },
  { pattern: /^share (this|the) (article|story)$/i, effect: 'line' },
  { pattern: /^read more:/i, effect: 'line' },
  { pattern: /^(sign up|subscribe) (for|to) (our|the)\b.{0,60}\bnewsletters?\b/i, effect: 'line' },
  { pattern: /^(©|\(c\)|copyright\b)\s*(\d{4})?/i, effect: 'line' },
  { pattern: /^\(tagstotranslate\)/i, effect: 'line' },
  // Regions whose following lines are not article text either.
  { pattern: /^comments( \(\d+\))?$/i, effect: 'block' },
  { pattern: /^(hashtags|tags|topics)$/i, effect: 'block' },
  { pattern: /^(download (the|our) app|get the app)\.?$/i, effect: 'block' },
  // Lists of further articles.
  { pattern: /^(related articles|related stories|more stories|read next|you may also like)$/i, effect: 'section' },
  // Syndication footers.
  { pattern: /\s*\boriginally published as\b.*$/is, effect: 'tail' },
];

/** The effect of a whole line that is boilerplate, or null for article text. */
export function boilerplateEffect(line: string): Exclude<BoilerplateEffect, 'tail'> | null {
  for (const rule of RULES) {
    if (rule.effect !== 'tail' && rule.pattern.test(line)) return rule.effect;
  }
  return null;
}

/**
 * A page's article paragraphs without lines of furniture between them (an ad label, "Share
 * this article"): what a saved page or a page added from the side panel stores. Only lines
 * that are furniture on their own go: where a comment block or a list of further articles would
 * end among the paragraphs is not known here, and cutting there could lose article text.
 */
export function withoutFurnitureLines(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((paragraph) => boilerplateEffect(paragraph) !== 'line');
}

/** The text without any trailing syndication footer; may be empty. */
export function withoutBoilerplateTail(text: string): string {
  let result = text;
  for (const rule of RULES) {
    if (rule.effect === 'tail') result = result.replace(rule.pattern, '');
  }
  return result.trim();
}
