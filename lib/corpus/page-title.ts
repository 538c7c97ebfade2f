/**
 * A page's headline from its document title, which sites end with their name and section:
 * "Moscow brushes off US claim | World | The Courier". Stored as the article's title, that tail
 * would follow the headline onto every card showing the article as a source, beside the outlet
 * the address names. A tail is a last part after a spaced separator, short as a site name or
 * section is, after a headline of a few words; it is taken off while one is left.
 */

/** " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ": a separator with a space on each side. */
const SEPARATOR = /\s+(?:[|\-–—»·/]|::)\s+/gu;

/** Words a site's name or section has at most ("The Sydney Morning Herald", "BBC News"). */
const MAX_TAIL_WORDS = 4;

/** Words the headline keeps at least: a shorter head is a name pair ("Putin - Trump call"). */
const MIN_HEADLINE_WORDS = 3;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function headlineOfPageTitle(title: string): string {
  let headline = title.trim();
  for (;;) {
    const separator = [...headline.matchAll(SEPARATOR)].at(-1);
    if (!separator) return headline;
    const [head, tail] = [headline.slice(0, separator.index), headline.slice(separator.index + separator[0].length)];
    if (wordCount(tail) > MAX_TAIL_WORDS || wordCount(head) < MIN_HEADLINE_WORDS) return headline;
    headline = head;
  }
}
