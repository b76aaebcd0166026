// Runs NnHarness on the JVM and, compiled by TeaVM, in node (each in a child process) and compares the output
// line by line. Exits 1 if the data sets or the Math-only training runs differ in any bit. Lines tagged "exp"
// (Value.exp/log via Math.exp/Math.log, whose HotSpot intrinsics and V8 differ in the last bit) are counted.
const { execFileSync } = require('child_process');
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
const jvm = run('java', ['-cp', __dirname + '/target/classes', 'h.NnHarness']);
const js = run(process.execPath, ['-e', 'require(' + JSON.stringify(__dirname + '/target/js/classes.js') + ').main([])']);
let bad = 0, expDiff = 0, compared = 0;
for (let i = 0; i < Math.max(jvm.length, js.length); i++) {
  const a = jvm[i] || '', b = js[i] || '';
  if (a.startsWith('demo ms/step')) { console.log('demo Value path: JVM ' + a.slice(13) + ' ms/step (cold), node ' + b.slice(13) + ' ms/step (cold)'); continue; }
  compared++;
  if (a === b) continue;
  if (a.startsWith('exp ')) { expDiff++; continue; }
  if (bad++ < 10) console.log('DIFF line ' + (i + 1) + ': JVM ' + a + ' | node ' + b);
}
console.log('compared ' + compared + ' lines: ' + bad + ' differences; ' + expDiff + ' of 60 exp/log lines differ (Math.exp/log)');
process.exit(bad ? 1 : 0);
