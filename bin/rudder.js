#!/usr/bin/env node
/* The `rudder` command: runs the compiled CLI (built by `npm install` through the prepare script). */
const path = require('path');
const fs = require('fs');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('rudder is not built yet: run `npm run build:cli` (npm install does it) and try again.\n');
  process.exit(2);
}
require(compiled).main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`rudder: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
