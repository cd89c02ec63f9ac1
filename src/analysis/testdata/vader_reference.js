// Prints the reference VADER scores (npm vader-sentiment) for every sentence of a file.
//
//   node vader_reference.js SENTENCES [PROJECT_ROOT]
//
// SENTENCES holds one sentence per line; blank lines are skipped, as vader_agreement_test.cc
// skips them. The package is resolved from PROJECT_ROOT/node_modules (default: three folders up
// from this script, the salescoach checkout), else from NODE_PATH. The first output line is
// "vader-sentiment<TAB>version"; then one line per sentence:
// "neg<TAB>neu<TAB>pos<TAB>compound", each number in JavaScript's shortest round-trip form.
'use strict';

const fs = require('fs');
const path = require('path');

function main(argv) {
  if (argv.length < 1 || argv.length > 2) {
    process.stderr.write('usage: node vader_reference.js SENTENCES [PROJECT_ROOT]\n');
    return 2;
  }
  const root = argv[1] || path.resolve(__dirname, '..', '..', '..');
  const entry = require.resolve('vader-sentiment', {paths: [root]});
  const analyzer = require(entry).SentimentIntensityAnalyzer;
  const manifest = require.resolve('vader-sentiment/package.json', {paths: [root]});
  const version = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;

  const lines = fs.readFileSync(argv[0], 'utf8').split('\n');
  const out = [`vader-sentiment\t${version}`];
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.length === 0) continue;
    const s = analyzer.polarity_scores(line);
    out.push(`${s.neg}\t${s.neu}\t${s.pos}\t${s.compound}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
