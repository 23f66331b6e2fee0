import { fileTypeFromBuffer } from 'file-type';

/** What a file's bytes say it is: its media type and usual extension, or null for anything not recognised. */
export async function sniff(bytes: Uint8Array): Promise<{ mediaType: string; extension: string } | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? { mediaType: found.mime, extension: found.ext } : null;
}

/** Plain text: valid UTF-8 without NUL or other control bytes but tab, CR and LF (how a CSV is told from a binary). */
export function isPlainText(bytes: Uint8Array): boolean {
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(decoded);
  } catch {
    return false;
  }
}
