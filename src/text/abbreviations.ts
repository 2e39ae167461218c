/**
 * Abbreviations whose full stop ends no sentence, in one list for every reader of sentences:
 * titles of address (`M. Dupont`, `Mr. Cook`), of office in AP style (`Gov. Newsom`), saints and
 * suffixes (`St. Louis`, `Jr.`). Lower case, without the dot. A single capital (an initial) is one
 * too; `No.` counts only with its capital, as `no.` ends many English sentences.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `m mm mme mmes mlle me mgr dr pr prof mr mrs ms rev st ste jr sr
   gov sen rep lt gen gén col capt sgt insp det supt cllr cmdr adm pres
   monsieur madame mademoiselle maître docteur miss sir dame lord lady prince princess princesse
   sheikh cheikh`.split(/\s+/),
);

/** Whether `word` (letters before a full stop, as written) is an abbreviation or an initial. */
export function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase()) || word === 'No';
}

const DOTTED_WORD = /(\p{L}+)\./gu;

/** The text with the full stops of its abbreviations removed, so only sentence punctuation is left. */
export function withoutAbbreviationDots(text: string): string {
  return text.replace(DOTTED_WORD, (whole, word: string) => (isAbbreviation(word) ? word : whole));
}
