/**
 * The article a tab shows, as an import record (the side panel's "Add this page"): the text the
 * extension read there (on a page of several stories, the one its address names: TabState.story),
 * the page's address (stored canonical, as every import's: to-article) and its title. Where an import would refuse a field, the page's is cut (a very long title) or
 * left out (an address too long or not on the web); a text longer than an article may be is refused.
 */
import type { TabState } from '../../protocol';
import { withoutFurnitureLines } from '../boilerplate';
import { headlineOfPageTitle } from '../page-title';
import { canonicalAddress } from '../page-address';
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS } from './limits';
import { checkedTextRecord } from './text-record';
import { FIELD_CHECKS, type ImportRecord } from './record';

export function pageRecord(tab: Pick<TabState, 'url' | 'title' | 'text' | 'story'> | null): ImportRecord {
  if (!tab?.text) throw new Error('This page has not been read as an article yet.');
  if (tab.story === null) {
    throw new Error('This page shows several stories, and its title names none of them: open the story you want on its own page to add it.');
  }
  const text = tab.story ?? tab.text;
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new Error(`Its text is longer than an article may be (${MAX_ARTICLE_CHARS.toLocaleString('en')} characters).`);
  }
  return checkedTextRecord({
    // Without the site's name the title ends in ("… | The Courier"): the outlet is read from the address.
    title: headlineOfPageTitle(tab.title).slice(0, MAX_TITLE_CHARS) || null,
    outlet: null,
    // Checked as it will be stored: tracking parameters can make a raw address too long to keep.
    url: FIELD_CHECKS.url(canonicalAddress(tab.url)) === null ? canonicalAddress(tab.url) : null,
    published: null,
    // The page's paragraphs as the content script read them (one per blank-line break).
    text: withoutFurnitureLines(text.split(/\n\s*\n/).map((paragraph) => paragraph.trim())).join('\n\n'),
    sourceFile: 'side panel',
  });
}
