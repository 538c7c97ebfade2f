/** Which lines of a report lean on the sentence before them. */
import { describe, expect, it } from 'vitest';
import { leansOnSentenceBefore } from '../../../lib/panel/claim-context';

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
