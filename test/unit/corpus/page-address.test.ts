/** One article's address however a reader reached it: the store's key for "this page is in the corpus". */
import { describe, expect, it } from 'vitest';
import { canonicalAddress, isWebAddress } from '../../../lib/corpus/page-address';

describe('canonicalAddress', () => {
  it('drops the fragment and the tracking parameters, and keeps the parameters naming the article', () => {
    expect(canonicalAddress('https://news.example/story.php?utm_source=rss&id=7&fbclid=x#comments')).toBe('https://news.example/story.php?id=7');
    expect(canonicalAddress('https://news.example/world/story?utm_campaign=a')).toBe('https://news.example/world/story');
  });

  it('writes one address one way, with or without tracking parameters, and again the same', () => {
    const variants = [
      'https://news.example/search?q=a%20b&x=~y',
      'https://news.example/search?q=a+b&x=%7Ey&utm_medium=social',
      'https://news.example/search?q=a%20b&x=~y#top',
    ];
    const canonical = variants.map(canonicalAddress);
    expect(new Set(canonical).size).toBe(1);
    expect(canonicalAddress(canonical[0])).toBe(canonical[0]);
    expect(canonicalAddress('https://news.example/world/story?')).toBe('https://news.example/world/story');
  });

  it('leaves text that is no address as it is', () => {
    expect(canonicalAddress('not a url')).toBe('not a url');
  });
});

describe('isWebAddress', () => {
  it('takes http and https addresses only', () => {
    expect(isWebAddress('https://news.example/a')).toBe(true);
    expect(isWebAddress('http://news.example/a')).toBe(true);
    expect(isWebAddress('file:///home/reader/a.html')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('news.example/a')).toBe(false);
  });
});
