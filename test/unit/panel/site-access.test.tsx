// @vitest-environment happy-dom
/** The panel's "Run on this site without a click" switch: asked in the click itself, showing the grant the browser answered. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess, type SiteAccessApi, type SiteGrant } from '@/components/SiteAccess';

afterEach(cleanup);

/** The browser's permissions: `answer` says whether the reader accepts a request; `hold` keeps the prompt open. */
function fakeAccess(initial: SiteGrant, { answer = true, hold = false } = {}) {
  let grant = initial;
  let release: () => void = () => undefined;
  const listeners = new Set<() => void>();
  const api: SiteAccessApi = {
    grantOf: vi.fn(async () => grant),
    request: vi.fn(async () => {
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      grant = answer ? 'granted' : 'none';
      return answer;
    }),
    revoke: vi.fn(async () => {
      grant = 'none';
      return true;
    }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** The reader changes the grant in the browser's own add-on permissions. */
  const changeInBrowser = (value: SiteGrant) => {
    grant = value;
    for (const listener of listeners) listener();
  };
  return { api, changeInBrowser, answerPrompt: () => release() };
}

const PAGE = 'https://www.thenewsblog.example/world/story';
const PATTERN = '*://*.thenewsblog.example/*';
const checkbox = () => screen.findByRole<HTMLInputElement>('checkbox', { name: 'Run on thenewsblog.example without a click' });

describe('SiteAccess', () => {
  it('asks the browser in the click itself, once while it asks, and shows the grant once given', async () => {
    const { api, answerPrompt } = fakeAccess('none', { hold: true });
    render(<SiteAccess url={PAGE} access={api} />);
    const box = await checkbox();
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    // No await between the click and the request: the browser asks only during the gesture.
    expect(api.request).toHaveBeenCalledWith(PATTERN);
    fireEvent.click(box);
    expect(api.request).toHaveBeenCalledTimes(1);
    expect(box.checked).toBe(false);
    answerPrompt();
    await waitFor(() => expect(box.checked).toBe(true));
    // The explanation is tied to the switch for screen readers, and says what the grant does.
    const note = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/nothing is sent/);
  });

  it('stays off when the reader declines, and takes a grant back', async () => {
    const declined = fakeAccess('none', { answer: false });
    render(<SiteAccess url={PAGE} access={declined.api} />);
    fireEvent.click(await checkbox());
    await waitFor(() => expect(declined.api.grantOf).toHaveBeenCalledTimes(2));
    expect((await checkbox()).checked).toBe(false);
    cleanup();

    const given = fakeAccess('granted');
    render(<SiteAccess url={PAGE} access={given.api} />);
    const box = await checkbox();
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    expect(given.api.revoke).toHaveBeenCalledWith(PATTERN);
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('follows a grant changed in the browser, and offers no switch that could not take a wider grant back', async () => {
    const { api, changeInBrowser } = fakeAccess('none');
    render(<SiteAccess url={PAGE} access={api} />);
    const box = await checkbox();
    changeInBrowser('granted');
    await waitFor(() => expect(box.checked).toBe(true));
    changeInBrowser('covered');
    await waitFor(() => expect(screen.queryByRole('checkbox')).toBeNull());
    expect(screen.getByText(/wider permission/).textContent).toContain('thenewsblog.example');
  });

  it('offers nothing on a built-in news site, a page not on the web or on an IP address, or no page', async () => {
    const { api } = fakeAccess('none');
    for (const url of ['https://www.reuters.com/world/', 'about:blank', 'http://192.168.1.20/story', 'http://[::1]:8080/story', null]) {
      render(<SiteAccess url={url} access={api} />);
      await Promise.resolve();
      expect(screen.queryByRole('checkbox')).toBeNull();
      cleanup();
    }
    expect(api.grantOf).not.toHaveBeenCalled();
  });
});
