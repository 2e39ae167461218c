/** The YAML block that may open a Markdown article. */

export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly body: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/;

/**
 * Simple `key: value` pairs of a leading YAML block. Hand-written because articles only carry flat
 * scalars there (title, date, source) and a YAML library would be most of our start-up time.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const block = FRONT_MATTER.exec(text);
  if (!block) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of (block[1] ?? '').split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair?.[1]) continue;
    const value = (pair[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) fields[pair[1].toLowerCase()] = value;
  }
  return { fields, body: text.slice(block[0].length) };
}
