/** Which lines of a report lean on the sentence before them. */
import { describe, expect, it } from 'vitest';
import { contextFinderFor, contextText, leansOnSentenceBefore, MAX_CONTEXT_SENTENCES } from '../../../lib/panel/claim-context';
import type { SentenceRef } from '../../../lib/panel/types';

describe('leansOnSentenceBefore', () => {
  it('takes a line opening with a pronoun or a connective that points back', () => {
    for (const text of [
      'He said Ukraine had proposed a meeting before the end of August.',
      'They said the talks would resume.',
      "It follows a similar attack last month.",
      'This came after a night of strikes.',
      '“Therefore, we are not interested in drawing out anything.”',
      'However, the UK instructed Kiev not to sign the draft.',
      'But officials gave no date.',
    ]) expect(leansOnSentenceBefore(text), text).toBe(true);
  });

  it('takes a line that closes a quotation opened before it, in double or single marks', () => {
    expect(leansOnSentenceBefore('If their relatives are found, these children will return home," Medinsky said.')).toBe(true);
    expect(leansOnSentenceBefore('These children will return home,’ Medinsky said.')).toBe(true);
    expect(leansOnSentenceBefore("Some will go home,' Medinsky said.")).toBe(true);
  });

  it('leaves a line that stands alone', () => {
    for (const text of [
      'Ukraine says it wants an immediate and much longer ceasefire.',
      'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war.',
      '"We have progress on the humanitarian track," Umerov said.',
      'Peskov said Russia was "grateful" for the remarks.',
      "Kiev's mayor said the troops' positions held.",
      'There was no sign of any progress towards that goal.',
      'Thereafter talks stalled.',
    ]) expect(leansOnSentenceBefore(text), text).toBe(false);
  });
});

describe('contextFinderFor', () => {
  /** An article's sentences, one after another, as the coverage reads them. */
  const article = (...texts: string[]): SentenceRef[] => texts.map((text, position) => ({ id: position + 1, articleId: 'a', position, claimId: position + 1, text }));
  const contextOfLast = (sentences: SentenceRef[]) => contextFinderFor(sentences)(sentences[sentences.length - 1]);

  it('gives a line that points back the one sentence before it', () => {
    expect(contextOfLast(article('Medinsky spoke after the talks.', 'Umerov said nothing.', 'He said Ukraine had proposed a meeting.')))
      .toEqual({ sentences: ['Umerov said nothing.'], opensEarlier: false });
  });

  it('gives a line closing a quotation opened in the sentence before that sentence', () => {
    expect(contextOfLast(article('Talks ended.', '"Work is under way on the rest.', 'Some will go home," Medinsky said.')))
      .toEqual({ sentences: ['"Work is under way on the rest.'], opensEarlier: false });
  });

  it('gives a line closing a quotation of several sentences every sentence back to where it opens', () => {
    const sentences = article(
      'Gabbard spoke on Sunday.',
      '"Over 100 documents that we released on Friday provide evidence of a conspiracy.',
      'This is not a Democrat or Republican issue.',
      'This is an issue that should concern every single American," she continued.',
    );
    expect(contextOfLast(sentences)).toEqual({ sentences: [sentences[1].text, sentences[2].text], opensEarlier: false });
    // Single quotation marks too, opened after a sentence's own closed quotation.
    expect(contextOfLast(article("'We will win,' he said. 'We have the men.", 'We have the guns.', "We have the will,' Zelensky said."))?.sentences)
      .toEqual(["'We will win,' he said. 'We have the men.", 'We have the guns.']);
  });

  it(`gives no more than ${MAX_CONTEXT_SENTENCES} sentences of a longer quotation, and says it opens earlier`, () => {
    const context = contextOfLast(article('"One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six," he said.'))!;
    expect(context).toEqual({ sentences: ['Three.', 'Four.', 'Five.'], opensEarlier: true });
    expect(contextText(context)).toBe('… Three. Four. Five.');
    // Nor past the article's first sentence the coverage has.
    expect(contextOfLast(article('Two.', 'Three," he said.'))).toEqual({ sentences: ['Two.'], opensEarlier: true });
  });

  it('gives no context to a line that stands alone or opens its article', () => {
    expect(contextOfLast(article('Talks ended.', 'Ukraine wants a longer ceasefire.'))).toBeNull();
    expect(contextOfLast(article('He said the talks ended.'))).toBeNull();
  });
});
