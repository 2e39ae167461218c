import type { ChalkInstance } from 'chalk';

/**
 * Every style the reader uses, built from one Chalk instance so colour is an input, not a global.
 *
 * Hierarchy comes from weight and dimness first, which read the same on any background; colour is
 * one accent (cyan) for the structure: the title, the lead's bar, list markers. The title leads
 * (bold in the accent), subheadings follow (bold), the line of facts is quiet (dim). The lead is
 * set apart by its bar alone: italics over several paragraphs tire the eye. Only the 16 colours a
 * terminal's theme defines are used, so a light or dark theme keeps them legible, and none of
 * those that vanish on one background (yellow on white, blue on black).
 */
export function createTheme(chalk: ChalkInstance): Theme {
  const accent = chalk.cyan;
  return {
    title: accent.bold,
    meta: chalk.dim,
    lead: (text: string) => text,
    leadBar: accent,
    heading: chalk.bold,
    strong: chalk.bold,
    em: chalk.italic,
    del: chalk.strikethrough,
    codespan: chalk.green,
    code: chalk.green,
    tableHead: chalk.bold,
    link: chalk.underline,
    href: chalk.dim,
    quote: chalk.italic,
    quoteBar: chalk.dim,
    bullet: accent,
    label: chalk.dim,
    rule: chalk.dim,
    number: accent.bold,
    name: chalk.bold,
    plain: (text: string) => text,
  };
}

type Style = (text: string) => string;

const STYLE_NAMES = [
  'title',
  'meta',
  'lead',
  'leadBar',
  'heading',
  'strong',
  'em',
  'del',
  'codespan',
  'code',
  'tableHead',
  'link',
  'href',
  'quote',
  'quoteBar',
  'bullet',
  'label',
  'rule',
  'number',
  'name',
  'plain',
] as const;

export type Theme = Readonly<Record<(typeof STYLE_NAMES)[number], Style>>;

const same: Style = (text) => text;

/**
 * The theme without colour: every style is the text itself, as chalk's are at level 0. Output
 * without colour (every pipe) then never loads chalk.
 */
export const PLAIN_THEME = Object.fromEntries(STYLE_NAMES.map((name) => [name, same])) as Theme;
