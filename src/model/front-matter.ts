/**
 * The YAML block that may open a Markdown article: flat `key: value` scalars, read by
 * splitFrontMatter and written for a web page's article and by `article get`. What is written here
 * reads back to the same value, and is YAML other tools read alike.
 */

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
    const value = yamlValue((pair[2] ?? '').trim());
    if (value) fields[pair[1].toLowerCase()] = value;
  }
  return { fields, body: text.slice(block[0].length) };
}

// YAML words that would read as a boolean or null rather than as text.
const YAML_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Every character that ends a line for YAML or for a JavaScript `.`, with the spaces around it.
const LINE_BREAKS = /\s*[\n\r\u0085\u2028\u2029]\s*/g;

/**
 * A value as a YAML scalar: plain when it cannot be misread (it opens with a letter or is a date,
 * and holds no `: ` or ` #`), else in single quotes, whose only escape is a doubled quote.
 */
export function yamlScalar(value: string): string {
  const line = value.replace(LINE_BREAKS, ' ').trim();
  const plain =
    ISO_DATE.test(line) ||
    (/^\p{L}/u.test(line) && !/: | #|:$/.test(line) && !YAML_WORDS.test(line));
  return plain ? line : `'${line.replaceAll("'", "''")}'`;
}

/** A scalar as written after `key:`, quotes removed: `'l''été'` is `l'été`, `"a \"b\""` is `a "b"`. */
export function yamlValue(raw: string): string {
  const single = /^'(.*)'$/.exec(raw);
  if (single) return (single[1] ?? '').replaceAll("''", "'");
  const double = /^"(.*)"$/.exec(raw);
  if (double) return (double[1] ?? '').replace(/\\(["\\])/g, '$1');
  return raw;
}

/** A front matter block of the fields that have a value, in their order; empty when none has. */
export function formatFrontMatter(
  fields: Readonly<Record<string, string | null | undefined>>,
): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
    .map(([key, value]) => `${key}: ${yamlScalar(value)}`);
  return lines.length > 0 ? `---\n${lines.join('\n')}\n---\n\n` : '';
}
