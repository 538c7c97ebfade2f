// @vitest-environment happy-dom
/** The panel's "Read this page anyway": asks once while asking, and says what to do when the panel cannot reach the page. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAnywayButton } from '@/entrypoints/sidepanel/ReadAnywayButton';

afterEach(cleanup);

describe('ReadAnywayButton', () => {
  it('asks once while the page is read, and keeps the button in the keyboard order', async () => {
    let answer: (value: { ok: boolean }) => void = () => undefined;
    const read = vi.fn(() => new Promise<{ ok: boolean }>((resolve) => (answer = resolve)));
    render(<ReadAnywayButton read={read} />);
    const button = screen.getByRole('button', { name: 'Read this page anyway' });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Reading…' }));
    expect(read).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reading…' })).not.toHaveProperty('disabled', true);
    answer({ ok: true });
    await waitFor(() => screen.getByRole('button', { name: 'Read this page anyway' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('points to the toolbar button when the panel cannot reach the page', async () => {
    render(<ReadAnywayButton read={async () => ({ ok: false })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read this page anyway' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/toolbar button/);
  });
});
