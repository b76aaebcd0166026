// Runs the num_*, str_chars and some lang_/lib_ example programs through the TeaVM-compiled language in node and compares each output
// with what CPython 3.11 printed (NAME.out) character for character; exits 1 on any difference.
const fs = require('fs');
const P = __dirname + '/../src/test/resources/programs/';
const names = ['num_format', 'num_parse_round', 'num_math', 'str_chars', 'num_more_edges', 'lang_bytes', 'lang_match',
  'lang_metaclass', 'lang_gaps', 'lib_format_big_ints', 'lib_time_bisect', 'lib_stdlib_more'];
let out = '';
const write = process.stdout.write.bind(process.stdout);
console.log = (...a) => { out += a.join(' ') + '\n'; };
process.stdout.write = (s) => { out += s; return true; };
require(__dirname + '/target/js/classes.js').main(names.map(n => fs.readFileSync(P + n + '.py', 'utf8')));
process.stdout.write = write;
const got = out.split('=====END=====\n');
let bad = 0;
names.forEach((n, k) => {
  const want = fs.readFileSync(P + n + '.out', 'utf8').split('\n');
  const g = (got[k] || '').split('\n');
  let diffs = 0;
  for (let i = 0; i < Math.max(want.length, g.length); i++) {
    if (want[i] !== g[i]) {
      if (diffs++ < 5) console.error(n + ' line ' + (i + 1) + '\n  CPython: ' + want[i] + '\n  node:    ' + g[i]);
    }
  }
  console.error(n + ': ' + (want.length - 1) + ' lines, ' + diffs + ' differing');
  bad += diffs;
});
process.exit(bad ? 1 : 0);
