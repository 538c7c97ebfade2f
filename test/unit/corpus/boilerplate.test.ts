/** Page furniture never reaches an article body, in the seeds or in this suite's fixtures. */
import { describe, expect, it } from 'vitest';
import { boilerplateEffect, withoutBoilerplateTail } from '../../../lib/corpus/boilerplate';
import { FIXTURES_DIR, parsedCorpus, SEEDS_DIR } from './corpus-files';

/** The furniture the gold README lists for the seeds, plus the variants in our fixtures. */
const FURNITURE = [
  'logo',
  'Orange background',
  'Blue background',
  'Try Our AI Features',
  'Explore what Daily8 AI can do for you:',
  'Comments',
  'No comments yet...',
  'Related Articles',
  'Hashtags',
  'DOWNLOAD THE APP',
  'Get Started Now: Download the App',
  'app-storeplay-store',
  'Originally published as',
  '(Tagstotranslate)',
  'time5 hours ago',
  'Russia Today6 days ago',
  '26 minutes ago',
  '• Perth Now',
  '- The Guardian',
  'Share this article',
  'Advertisement',
  'Read more:',
  'Sign up for our newsletter',
  '© 2025',
  'Download our app',
  'Great coverage, stay safe everyone',
];

describe('boilerplate', () => {
  const corpus = [...parsedCorpus(SEEDS_DIR), ...parsedCorpus(FIXTURES_DIR)];

  it('never leaves a furniture line in a paragraph', () => {
    for (const article of corpus) {
      for (const paragraph of article.paragraphs) {
        for (const furniture of FURNITURE) expect(paragraph, article.id).not.toContain(furniture);
      }
    }
  });

  it('never keeps a lone credit line ("Reuters", "AFP") as a paragraph', () => {
    const paragraphs = corpus.flatMap((article) => article.paragraphs);
    expect(paragraphs).not.toContain('Reuters');
    expect(paragraphs).not.toContain('AFP');
  });

  it('classifies whole furniture lines by what they do to the page', () => {
    expect(boilerplateEffect('Advertisement')).toBe('line');
    expect(boilerplateEffect('Skip Advertisement')).toBe('line');
    expect(boilerplateEffect('Story continues below advertisement')).toBe('line');
    expect(boilerplateEffect('Advertisement - Scroll to continue')).toBe('line');
    expect(boilerplateEffect('ADVERTISEMENT')).toBe('line');
    expect(boilerplateEffect('SHARE THIS STORY')).toBe('line');
    expect(boilerplateEffect('Subscribe to our daily newsletter')).toBe('line');
    expect(boilerplateEffect('Copyright 2024 Example Media Ltd')).toBe('line');
    expect(boilerplateEffect('Comments (12)')).toBe('block');
    expect(boilerplateEffect('Get the app')).toBe('block');
    expect(boilerplateEffect('You may also like')).toBe('section');
  });

  it('leaves prose that merely mentions the same words alone', () => {
    expect(boilerplateEffect('Comments by the minister drew criticism from the opposition.')).toBeNull();
    expect(boilerplateEffect('The advertisement ran for three weeks before it was withdrawn.')).toBeNull();
    expect(boilerplateEffect('Ad spending fell.')).toBeNull();
    expect(boilerplateEffect('The app was downloaded two million times, the company said.')).toBeNull();
    expect(boilerplateEffect('Related articles were removed from the site, the editor said.')).toBeNull();
  });

  it('cuts a syndication footer glued to the end of a paragraph', () => {
    expect(withoutBoilerplateTail('The vote is on Friday. Originally published as Vote set for Friday')).toBe(
      'The vote is on Friday.',
    );
    expect(withoutBoilerplateTail('Originally published as Vote set for Friday')).toBe('');
  });
});
