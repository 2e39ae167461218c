// The layering ARCHITECTURE.md describes, checked with every `npm run lint`. Data flows
// input → text → model → extract → render → output, and cli/ puts them together; a module may
// import from its own folder and from the steps before its own, never from a later one.
const layer = (folder) => `^src/${folder}/`;

/** What each folder may import from src/, besides itself. */
const allowed = {
  text: [],
  input: ['^src/text/', '^src/errors\\.ts$', '^src/paths\\.ts$'],
  model: ['^src/text/', '^src/errors\\.ts$'],
  extract: ['^src/text/', '^src/model/'],
  // extract/ for the types of what it shows only (see the rule below).
  render: ['^src/text/', '^src/model/', '^src/extract/'],
  output: ['^src/text/'],
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make the order of evaluation (and of the flow) unclear.',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(allowed).map(([folder, paths]) => ({
      name: `${folder}-flows-one-way`,
      severity: 'error',
      comment: `${folder}/ may import from src/ only: ${paths.join(', ') || 'nothing outside itself'}.`,
      from: { path: layer(folder) },
      to: { path: '^src/', pathNot: [layer(folder), ...paths] },
    })),
    {
      name: 'render-reads-extract-types-only',
      severity: 'error',
      comment: 'Renderers show what the extractors found; they never run an extraction themselves.',
      from: { path: layer('render') },
      to: { path: layer('extract'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'library-without-cli',
      severity: 'error',
      comment: 'The library (index.ts, load.ts) knows no command line, exit code or terminal.',
      from: { path: '^src/(index|load|errors|paths)\\.ts$' },
      to: { path: '^src/(cli|output|render)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
