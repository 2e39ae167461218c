/**
 * Sentences by Intl.Segmenter, mended where it stops too early. Node's ICU ignores the `ss`
 * abbreviation suppressions, so `M. Dupont` or `J.-P. Sartre` would split after the dot: a segment
 * ending in an initial or a title of address is joined to the next.
 */
const ABBREVIATION =
  /(?:^|[\s(«“"'-])(?:\p{Lu}|M|Mme|Mmes|Mlle|MM|Me|Mgr|Dr|Pr|Prof|St|Ste|Mr|Mrs|Ms|Gen|Gén|Sen|Rep|Gov|Jr|Sr|Lt|Col|Cdt|Capt|etc|cf|p|pp|art|vol|no|n°|env|av|apr|J\.-C)\.\s*$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

export function splitSentences(text: string, language: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter(language).segment(text)) {
    pending += segment;
    if (!ABBREVIATION.test(pending.slice(-12))) {
      sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences.filter(Boolean);
}

export function countWords(text: string, language: string): number {
  let words = 0;
  for (const { isWordLike } of new Intl.Segmenter(language, { granularity: 'word' }).segment(
    text,
  )) {
    if (isWordLike) words++;
  }
  return words;
}
