/** How body lines are told apart: paragraphs, subheads, captions, inline extras. */
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../lib/corpus/body';
import { extractInlineExtras } from '../../../lib/corpus/inline-extras';

describe('readBody', () => {
  it('takes a credited caption and the alt text before it out of the paragraphs', () => {
    const body = readBody([
      'The minister visited the site on Monday.',
      'Workers repairing a damaged roof',
      'Repairs began within hours of the storm. (AAP: Kim Lee)',
      'The work is expected to take a month.',
    ]);
    expect(body.captions).toEqual(['Workers repairing a damaged roof', 'Repairs began within hours of the storm. (AAP: Kim Lee)']);
    expect(body.paragraphs).toEqual(['The minister visited the site on Monday.', 'The work is expected to take a month.']);
  });

  it('keeps reporting prose before a caption as a paragraph', () => {
    const body = readBody(['Officials said the damage was severe.', 'A roof lies in a garden. (Reuters/Handout)', 'More text follows here.']);
    expect(body.paragraphs).toEqual(['Officials said the damage was severe.', 'More text follows here.']);
    expect(body.captions).toEqual(['A roof lies in a garden. (Reuters/Handout)']);
  });

  it('does not read a parenthesis that is no credit as a caption', () => {
    const body = readBody(['Drone footage of the strike (VIDEOS)', 'The video was shared widely (and quickly).']);
    expect(body.captions).toEqual([]);
  });

  it('keeps short unpunctuated lines inside the body as subheads, but never the last line', () => {
    const body = readBody(['Lead paragraph of the story.', 'What happens next', 'The vote is on Friday.', 'Closing words without a full stop']);
    expect(body.headings).toEqual(['What happens next']);
    expect(body.paragraphs).toEqual(['Lead paragraph of the story.', 'The vote is on Friday.', 'Closing words without a full stop']);
  });

  it('does not take a long unpunctuated sentence or a lower-case line for a subhead', () => {
    const body = readBody(['it follows a similar attack in May', 'More follows.']);
    expect(body.headings).toEqual([]);
  });
});

describe('extractInlineExtras', () => {
  it('removes each embedded post and lists it once', () => {
    const extras = extractInlineExtras('Sirens sounded at noon. 📢 Shelter now. Crowds gathered. 📢 Shelter now. It ended at one.');
    expect(extras).toEqual({ text: 'Sirens sounded at noon. Crowds gathered. It ended at one.', captions: [], embeds: ['📢 Shelter now.'] });
  });

  it('removes a caption sentence with its credit and nothing else', () => {
    const extras = extractInlineExtras('The mayor spoke first. A crowd outside the hall. John Smith / Pool Credit: AFP She promised a review.');
    expect(extras.captions).toEqual(['A crowd outside the hall. John Smith / Pool Credit: AFP']);
    expect(extras.text).toBe('The mayor spoke first. She promised a review.');
  });

  it('leaves prose without these shapes as it is', () => {
    const text = 'Credit markets fell. The bank said credit: tighter rules apply.';
    expect(extractInlineExtras(text)).toEqual({ text, captions: [], embeds: [] });
  });
});
