// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PassageMatch } from '@/lib/match/types';
import { PassageCache } from '@/entrypoints/content/passage-cache';
import { buildTextMap } from '@/entrypoints/content/text-map';
import { TimeSlicer } from '@/entrypoints/content/time-slicer';

async function mapOf(paragraphs: string[]) {
  document.body.innerHTML = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return buildTextMap([...document.body.querySelectorAll('p')], 100_000, new TimeSlicer());
}

/** A stand-in for the matcher: every sentence containing "talks" is a passage. */
function fakeMatch(text: string): PassageMatch[] {
  return [...text.matchAll(/[^.\n]*talks[^.\n]*\./g)].map((m) => ({
    text: m[0].trim(),
    start: m.index! + (m[0].length - m[0].trimStart().length),
    end: m.index! + m[0].length,
    claimId: 1,
    score: 1,
    moreReports: false,
    loose: false,
    reports: [],
  }));
}

describe('PassageCache', () => {
  it('asks only for blocks it has not seen, and places every passage in the page text', async () => {
    const cache = new PassageCache();
    const first = await mapOf(['The talks began.', 'Nothing here.']);
    const missing = cache.missing(first);
    expect(missing).toEqual(['The talks began.', 'Nothing here.']);
    cache.store(missing, fakeMatch(PassageCache.join(missing)));

    // A new entry arrives on top, as on a live blog; the old blocks move down.
    const second = await mapOf(['New talks ended.', 'The talks began.', 'Nothing here.']);
    expect(cache.missing(second)).toEqual(['New talks ended.']);
    cache.store(['New talks ended.'], fakeMatch('New talks ended.'));
    const passages = cache.assemble(second);
    expect(passages.map((p) => second.text.slice(p.start, p.end))).toEqual(['New talks ended.', 'The talks began.']);
  });

  it('has nothing to ask when the page re-renders the same text', async () => {
    const cache = new PassageCache();
    const map = await mapOf(['The talks began. More talks followed.']);
    cache.store(cache.missing(map), fakeMatch(map.text));
    const again = await mapOf(['The talks began. More talks followed.']);
    expect(cache.missing(again)).toEqual([]);
    expect(cache.assemble(again).map((p) => p.text)).toEqual(['The talks began.', 'More talks followed.']);
  });

  it('asks once for a paragraph the page repeats', async () => {
    const cache = new PassageCache();
    const map = await mapOf(['The talks began.', 'Other.', 'The talks began.']);
    expect(cache.missing(map)).toEqual(['The talks began.', 'Other.']);
    cache.store(cache.missing(map), fakeMatch('The talks began.\n\nOther.'));
    expect(cache.assemble(map).map((p) => p.start)).toEqual([0, map.text.lastIndexOf('The talks')]);
  });
});
