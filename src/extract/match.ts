/** Case and accents folded away: `leijtens` finds `Hans Leijtens`, `zerouali` finds `Zérouali`. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/** Whether `query` is part of `name`, ignoring case and accents. */
export function matchesName(name: string, query: string): boolean {
  return foldName(name).includes(foldName(query).trim());
}
