/** What the side panel says about a tab that has nothing to compare. */
import { describe, expect, it } from 'vitest';
import { tabNotice } from '@/entrypoints/sidepanel/App';

const tab = { tabId: 3, url: 'https://example.org/a', title: 'A', passages: [] };

describe('tabNotice', () => {
  it('gives the reason a page could not be analyzed, and how to try again', () => {
    const notice = tabNotice({ ...tab, status: 'error', error: 'Receiving end does not exist.' });
    expect(notice).toContain('Receiving end does not exist.');
    expect(notice).toMatch(/toolbar button to try again/);
  });

  it('says nothing when the page has passages to compare', () => {
    expect(tabNotice({ ...tab, status: 'done', passages: [{ text: 'x', start: 0, end: 1, claimId: 1, score: 1, reports: [], moreReports: false, loose: false }] })).toBeNull();
  });

  it('tells a page that is not an article (and how to have it read) from one read on request that has no prose', () => {
    expect(tabNotice({ ...tab, status: 'not-article' })).toMatch(/toolbar button to read it anyway/);
    const none = tabNotice({ ...tab, status: 'no-text' });
    expect(none).toMatch(/no article text/);
    expect(none).not.toMatch(/toolbar/);
  });

  it('says the panel is loading before the background first answers, and a tab with no state has not been read, not that it is no article', () => {
    expect(tabNotice(null, false)).toBe('Loading…');
    const unread = tabNotice(null);
    expect(unread).toMatch(/has not been read/);
    expect(unread).not.toMatch(/^Open a news article/);
  });
});
