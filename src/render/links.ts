/** Links as a terminal can show them: OSC 8 hyperlinks, or the address after the text. */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// The target is repeated on every line a link wraps to: a megabyte-long address made gigabytes.
// No real article's address comes near this length.
const MAX_TARGET_LENGTH = 2048;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

/** The address as an OSC 8 target, or null when it is not a web or mail address fit to emit. */
export function hyperlinkTarget(href: string): string | null {
  // Checked before URL parsing, which silently drops tabs and newlines: `http://a\tb.example`
  // must not become a link to ab.example.
  if (href.length > MAX_TARGET_LENGTH || CONTROL.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  // URL serialises to ASCII with percent escapes; anything else left is not fit for a terminal.
  return SAFE_SCHEMES.has(url.protocol) && /^[\x21-\x7E]+$/.test(url.href) ? url.href : null;
}

export function osc8(target: string, text: string): string {
  return `\u001B]8;;${target}\u001B\\${text}\u001B]8;;\u001B\\`;
}

function bareAddress(address: string): string {
  return address
    .replace(/^(?:https?:\/\/|mailto:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** Whether the link text already shows the address (`frontex.europa.eu` for https://frontex.europa.eu). */
export function textIsAddress(text: string, href: string): boolean {
  return bareAddress(text) === bareAddress(href);
}
