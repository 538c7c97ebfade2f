// @vitest-environment happy-dom
/** The panel's "Run on this site without a click" switch: asked in the click itself, showing the grant the browser answered. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess, type SiteAccessApi } from '@/components/SiteAccess';

afterEach(cleanup);

/** The browser's permissions: `answer` says whether the reader accepts a request. */
function fakeAccess(initial: boolean, answer = true) {
  let granted = initial;
  const listeners = new Set<() => void>();
  const api: SiteAccessApi = {
    granted: vi.fn(async () => granted),
    request: vi.fn(async () => (granted = answer)),
    revoke: vi.fn(async () => !(granted = false)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** The reader changes the grant in the browser's own menu. */
  const changeInBrowser = (value: boolean) => {
    granted = value;
    for (const listener of listeners) listener();
  };
  return { api, changeInBrowser };
}

const PAGE = 'https://www.thenewsblog.example/world/story';
const checkbox = () => screen.findByRole<HTMLInputElement>('checkbox', { name: 'Run on thenewsblog.example without a click' });

describe('SiteAccess', () => {
  it('asks the browser in the click itself, and shows the grant once given', async () => {
    const { api } = fakeAccess(false);
    render(<SiteAccess url={PAGE} access={api} />);
    const box = await checkbox();
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    // No await between the click and the request: the browser asks only during the gesture.
    expect(api.request).toHaveBeenCalledWith('*://*.thenewsblog.example/*');
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('stays off when the reader declines, and takes a grant back', async () => {
    const declined = fakeAccess(false, false);
    render(<SiteAccess url={PAGE} access={declined.api} />);
    fireEvent.click(await checkbox());
    await waitFor(() => expect(declined.api.granted).toHaveBeenCalledTimes(2));
    expect((await checkbox()).checked).toBe(false);
    cleanup();

    const given = fakeAccess(true);
    render(<SiteAccess url={PAGE} access={given.api} />);
    const box = await checkbox();
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    expect(given.api.revoke).toHaveBeenCalledWith('*://*.thenewsblog.example/*');
    await waitFor(() => expect(box.checked).toBe(false));
  });

  it('follows a grant changed in the browser’s own menu', async () => {
    const { api, changeInBrowser } = fakeAccess(false);
    render(<SiteAccess url={PAGE} access={api} />);
    const box = await checkbox();
    changeInBrowser(true);
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('offers nothing on a built-in news site, a page not on the web, or no page', async () => {
    const { api } = fakeAccess(false);
    for (const url of ['https://www.reuters.com/world/', 'about:blank', null]) {
      render(<SiteAccess url={url} access={api} />);
      await Promise.resolve();
      expect(screen.queryByRole('checkbox')).toBeNull();
      cleanup();
    }
    expect(api.granted).not.toHaveBeenCalled();
  });
});
