/**
 * Cleaning untrusted text. Everything an article holds passes through here before it is parsed,
 * so no later stage ever sees a control character it could leak to a terminal.
 */

/**
 * C0 controls but tab and line feed, DEL, C1 controls (U+0080–U+009F, where U+009B is a one-byte CSI),
 * and the bidirectional embeddings, overrides and isolates that make text read other than it is.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Removes every character that could drive a terminal or disguise text. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/** Line ends unified, a leading BOM dropped, NFC, lone surrogates replaced, controls removed. */
export function cleanText(text: string): string {
  const unified = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return stripUnsafe(unified.toWellFormed().normalize('NFC'));
}
