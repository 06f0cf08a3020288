#!/usr/bin/env node
/** Checks the production bundles against DESIGN §7 budgets and that HyperFormula stays out of the add-in. */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIST = path.join(__dirname, '..', 'dist');
const BUDGETS = { 'taskpane.js': 250 * 1024, 'functions.js': 40 * 1024, 'commands.js': 40 * 1024 };

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

let failed = false;
const sizes = {};
for (const file of ['taskpane.js', 'functions.js', 'commands.js', 'playground.js']) {
  if (!fs.existsSync(path.join(DIST, file))) {
    console.error(`${file} is missing from dist/: run npm run build first.`);
    process.exit(1);
  }
  sizes[file] = gzipSize(file);
  const budget = BUDGETS[file];
  const verdict = budget === undefined ? 'reported' : sizes[file] <= budget ? 'ok' : 'OVER BUDGET';
  if (verdict === 'OVER BUDGET') failed = true;
  console.log(`${file.padEnd(15)} ${(sizes[file] / 1024).toFixed(1).padStart(8)} KB gzipped${budget ? ` (budget ${budget / 1024} KB)` : ''}  ${verdict}`);
}
// Flows and the advisor copy load on demand as numbered chunks: report them, and keep
// HyperFormula (GPLv3) out of every script but the playground's own.
const chunks = fs.readdirSync(DIST).filter((f) => /^\d+\.js$/.test(f));
const chunkTotal = chunks.reduce((sum, f) => sum + gzipSize(f), 0);
console.log(`${'on-demand chunks'.padEnd(15)} ${(chunkTotal / 1024).toFixed(1).padStart(8)} KB gzipped in ${chunks.length} files (flows and the advisor copy, loaded when first used)`);
for (const file of [...Object.keys(BUDGETS), ...chunks]) {
  if (/hyperformula|HyperFormula/.test(fs.readFileSync(path.join(DIST, file), 'utf8'))) {
    console.error(`${file} contains HyperFormula (GPLv3): it must stay out of the add-in bundles.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
