import type { ChalkInstance } from 'chalk';

/** Every style the reader uses, built from one Chalk instance so colour is an input, not a global. */
export function createTheme(chalk: ChalkInstance) {
  return {
    title: chalk.bold,
    meta: chalk.dim,
    lead: chalk.bold,
    leadBar: chalk.cyan,
    heading: chalk.bold.cyan,
    strong: chalk.bold,
    em: chalk.italic,
    del: chalk.strikethrough,
    codespan: chalk.yellow,
    code: chalk.yellow,
    link: chalk.blue.underline,
    href: chalk.dim,
    quote: chalk.italic,
    quoteBar: chalk.dim,
    bullet: chalk.cyan,
    label: chalk.dim,
    rule: chalk.dim,
    number: chalk.cyan.bold,
    name: chalk.bold,
    plain: (text: string) => text,
  };
}

export type Theme = ReturnType<typeof createTheme>;
