// @vitest-environment happy-dom
/**
 * The content script's page session against a background that fails: the page is left
 * unmarked and the background is told why, so the tab's state does not stay 'analyzing'.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '@/entrypoints/content/page-session';

const PARAGRAPHS = [
  'Russian and Ukrainian delegations met in Istanbul on Wednesday for a brief round of peace talks and agreed on further prisoner swaps.',
  'The talks lasted just 40 minutes, even shorter than the two previous rounds on May 16 and June 2, which together lasted under three hours.',
  'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from each side, and to hand over the bodies of dead soldiers.',
  'Ukraine said it had proposed a meeting of the two presidents before the end of August, within the deadline set by the US president for a deal.',
];
const ARTICLE = `<article><h1>Talks stall</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('reports a failed analysis to the background with the reason', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    const calls: { type: string; payload: unknown }[] = [];
    const ask = vi.fn(async (type: string, payload: unknown) => {
      calls.push({ type, payload });
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    });
    const session = new PageSession(ask as unknown as ConstructorParameters<typeof PageSession>[0]);
    await session.applySettings();
    await expect(session.analyze()).rejects.toThrow(/Receiving end/);
    const failed = calls.find((call) => call.type === 'analysisFailed');
    expect(failed?.payload).toMatchObject({ url: location.href, error: expect.stringMatching(/Receiving end does not exist/) });
    expect(document.querySelectorAll('mark, [data-nc]').length).toBe(0);
  });
});
