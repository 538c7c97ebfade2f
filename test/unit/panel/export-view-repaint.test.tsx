// @vitest-environment happy-dom
/** The Export tab builds its Markdown and JSON-LD once per comparison, not on every repaint of the panel. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportView } from '../../../components/ExportView';
import * as markdown from '../../../lib/panel/export-markdown';
import { demo } from './demo';

vi.mock('../../../lib/panel/export-markdown', async (original) => {
  const actual = await original<typeof markdown>();
  return { ...actual, comparisonMarkdown: vi.fn(actual.comparisonMarkdown) };
});

afterEach(cleanup);

describe('ExportView on a repaint', () => {
  it('keeps the Markdown it built while the page and its comparison stay the same, and rebuilds it for another page', async () => {
    const { passages, comparison } = await demo();
    const view = (title: string) => (
      <ExportView page={{ url: 'http://www.example.com/story', title }} passages={passages} comparison={comparison} exportedAt="2025-07-02T10:00:00.000Z" />
    );
    const { rerender, container } = render(view('Kremlin rejects charge'));
    // The panel passes a new page object on each repaint.
    rerender(view('Kremlin rejects charge'));
    rerender(view('Kremlin rejects charge'));
    expect(markdown.comparisonMarkdown).toHaveBeenCalledTimes(1);
    rerender(view('Another title'));
    expect(markdown.comparisonMarkdown).toHaveBeenCalledTimes(2);
    expect((container.querySelector('#nc-export-markdown') as HTMLTextAreaElement).value).toMatch(/^# How other sources reported: Another title/);
  });
});
