#!/usr/bin/env node
// CommonJS (see package.json here): Node 20 starts a CommonJS program faster than an ES module one.
require('../dist/cli.cjs')
  .main(process.argv.slice(2), process)
  .then((status) => {
    process.exitCode = status;
  });
