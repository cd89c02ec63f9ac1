// Scores every line of a file with the npm package vader-sentiment, as a user would script it,
// and prints how fast: the benchmark's Node.js peer (bench/README.md).
//
//   node vader_node.js UTTERANCES PROJECT_ROOT
//
// UTTERANCES holds one text per line. The package is resolved from PROJECT_ROOT/node_modules.
// Only the scoring loop is timed: reading the file and loading the package are not. Prints one
// JSON line: {"peer", "version", "runtime", "utterances", "seconds", "compound_sum"}.
'use strict';

const fs = require('fs');

function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write('usage: node vader_node.js UTTERANCES PROJECT_ROOT\n');
    return 2;
  }
  const [utterancesFile, root] = argv;
  const analyzer = require(require.resolve('vader-sentiment', {paths: [root]}))
      .SentimentIntensityAnalyzer;
  const manifest = require.resolve('vader-sentiment/package.json', {paths: [root]});
  const version = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  const texts = fs.readFileSync(utterancesFile, 'utf8').split('\n').filter((t) => t.length > 0);

  const start = process.hrtime.bigint();
  let compoundSum = 0;
  for (const text of texts) compoundSum += analyzer.polarity_scores(text).compound;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  process.stdout.write(JSON.stringify({
    peer: 'vader-sentiment (npm)',
    version,
    runtime: `node ${process.version}`,
    utterances: texts.length,
    seconds,
    compound_sum: compoundSum,
  }) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
