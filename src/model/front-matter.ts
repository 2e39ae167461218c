/**
 * The values of a YAML front matter block as articles carry them: flat `key: value` scalars, read
 * by splitFrontMatter (parse.ts) and written for a web page's article and by `article get`. What is
 * written here reads back to the same value there, and is YAML other tools read alike.
 */

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
