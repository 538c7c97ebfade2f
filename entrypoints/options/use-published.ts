/**
 * A value the background publishes for the options page in storage.session (lib/protocol.ts):
 * `opening` gets it as the page opens (or reloads), then each change the background makes is
 * followed. Nothing is polled: a failed `opening` alone is tried again, until it answers or a
 * change is heard. A change that leaves the value as it was (Firefox tells of every key of the
 * area on any write) draws nothing again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { publishedChange, type SessionChanges } from '@/lib/protocol';
import { errorMessage } from '@/lib/error-message';

const RETRY_MS = 1000;

export function usePublished<T>(key: string, parse: (value: unknown) => T | null, opening: () => Promise<T | null>): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // A change heard before the opening answer is newer than what it answers.
    let heard = false;
    let closed = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () =>
      opening().then(
        (first) => {
          if (heard || closed) return;
          setValue(first);
          setError(null);
        },
        (caught: unknown) => {
          if (heard || closed) return;
          setError(errorMessage(caught));
          retry = setTimeout(open, RETRY_MS);
        },
      );
    const onStored = (changes: SessionChanges) => {
      const change = publishedChange(changes, key);
      if (!change) return;
      heard = true;
      clearTimeout(retry);
      setValue(parse(change.value));
      setError(null);
    };
    void open();
    browser.storage.session.onChanged.addListener(onStored);
    return () => {
      closed = true;
      clearTimeout(retry);
      browser.storage.session.onChanged.removeListener(onStored);
    };
  }, [key]);
  return { value, error };
}
