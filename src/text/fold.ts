/** Case and accents folded away: `leijtens` finds `Hans Leijtens`, `zerouali` finds `Zérouali`. */
export function fold(text: string): string {
  // Plain toLowerCase: the root locale lower-cases exactly the same, and much faster.
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether `query` is part of `name`, ignoring case and accents. */
export function matchesName(name: string, query: string): boolean {
  return fold(name).includes(fold(query).trim());
}
