/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string alignment), since
 * `lsit` for `list` is the commonest typo. Hand-written for "did you mean" hints over a handful of
 * short names; commander keeps its own copy private.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

// Longer than any name suggested: a long argument is no typo of one, and is not compared.
const MAX_COMPARED = 64;

/** The closest candidate, if it is close enough to be what was meant (as commander judges it). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 1) * 0.4));
  return bestDistance <= allowed ? best : undefined;
}
