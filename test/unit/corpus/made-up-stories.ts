/**
 * Stories that share no wording with one another: every word is made up from syllables drawn
 * by a generator seeded with the story's number. Texts built from them (digests, reprints)
 * reuse exactly the stories they were built from, and nothing else, so which article reprints
 * which is known from the construction, not from the code under test.
 */

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'do', 'gu', 'be', 'fi', 'ho', 'ju'];

/** mulberry32: a small deterministic generator, so the stories are the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A story of `sentences` sentences of twelve made-up words, one sentence per paragraph. */
export function madeUpStory(story: number, sentences = 3): string[] {
  const next = generator(story * 7919 + 17);
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return Array.from({ length: sentences }, () => {
    const words = Array.from({ length: 12 }, word);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  });
}
