/** Files chosen in the options page's file input, as a user choosing them in its dialog: one import. */
import type { TestPage } from './browsers';

export function chooseFiles(page: TestPage, files: readonly { name: string; text: string }[]): Promise<void> {
  return page.evaluate((chosen) => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const transfer = new DataTransfer();
    for (const { name, text } of chosen) transfer.items.add(new File([text], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, files);
}
