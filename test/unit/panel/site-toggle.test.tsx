// @vitest-environment happy-dom
/** The panel's highlight switches follow settings changed elsewhere (Alt+Shift+H on the page). */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteToggle } from '@/components/SiteToggle';
import type { SiteSettings } from '@/lib/settings';

afterEach(cleanup);

describe('SiteToggle', () => {
  it('shows a pause made on the page with Alt+Shift+H, so the next click resumes', async () => {
    let stored: SiteSettings = { enabled: true, sitePaused: false };
    let heard: () => void = () => undefined;
    const ask = (async () => stored) as never;
    render(<SiteToggle url="https://www.independent.co.uk/news/a" ask={ask} onSettingsChange={(listener) => ((heard = listener), () => undefined)} />);
    const pause = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Pause on independent.co.uk' });
    expect(pause.checked).toBe(false);
    stored = { enabled: true, sitePaused: true };
    heard();
    await waitFor(() => expect(pause.checked).toBe(true));
  });
});
