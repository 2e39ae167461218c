/**
 * Cutting long text into chunks, for code that must not take it whole: marked's lexer (stack),
 * ICU's segmenters (quadratic on long strings in V8), a terminal write (Ctrl-C between pieces).
 */

/**
 * Where a chunk of about `size` characters starting at `from` ends. `cut` may choose a better
 * place near `from + size` (a blank line, a line end, a space) and returns -1 when it finds none;
 * then the chunk is cut at `from + size`, moved past a low surrogate so that no character is cut
 * in two.
 */
export function chunkEnd(
  text: string,
  from: number,
  size: number,
  cut: (text: string, from: number, end: number) => number,
): number {
  const end = from + size;
  if (end >= text.length) return text.length;
  const chosen = cut(text, from, end);
  if (chosen > from) return chosen;
  const code = text.charCodeAt(end);
  return code >= 0xdc00 && code <= 0xdfff ? end + 1 : end;
}

/** The text as consecutive chunks (see chunkEnd), which join back into it. */
export function* chunks(
  text: string,
  size: number,
  cut: (text: string, from: number, end: number) => number,
): Generator<string> {
  for (let from = 0; from < text.length; ) {
    const end = chunkEnd(text, from, size, cut);
    yield text.slice(from, end);
    from = end;
  }
}
