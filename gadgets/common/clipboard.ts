/**
 * Copies text to the clipboard; resolves false when the browser refuses (no
 * permission, insecure origin), so the caller can keep the text on screen.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
