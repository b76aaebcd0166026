// Runs the TeaVM-compiled harness on the CPython reference data; exits 1 on any difference.
const fs = require('fs');
const R = __dirname + '/../src/test/resources/dev/backprop/py/';
const lines = [];
const log = console.log;
console.log = (...a) => { lines.push(a.join(' ')); log(...a); };
require(__dirname + '/target/js/classes.js').main([
  fs.readFileSync(R + 'num_cases.txt', 'utf8'),
  fs.readFileSync(R + 'random_cases.txt', 'utf8'),
  fs.readFileSync(R + 'pymath_cases.txt', 'utf8')]);
const bad = lines.filter(l => l.startsWith('DIFF') || / diffs [1-9]/.test(l) || /off by an ulp ([2-9]|\d\d)/.test(l));
process.exit(bad.length ? 1 : 0);
