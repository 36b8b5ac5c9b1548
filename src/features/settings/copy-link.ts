// "Copy link" for device and coach links: to the clipboard, or, where the page has no clipboard
// access (plain HTTP, or refused), the link is selected for the person to copy.
import { showToast } from '../../ui/toast-store';

export async function copyLink(
  url: string,
  input: HTMLInputElement | null,
  copied: string,
): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    showToast(copied);
  } catch {
    input?.select();
    showToast('Select the link and copy it (Ctrl+C, or long-press on a phone).');
  }
}
