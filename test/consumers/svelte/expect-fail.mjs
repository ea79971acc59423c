// The wrong use in wrong/ must be rejected by svelte-check: exit code not 0, and the error is about
// the handler's type in Wrong.svelte.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['svelte-check', '--tsconfig', './tsconfig.wrong.json', '--output', 'machine'], { encoding: 'utf8' });
const output = `${run.stdout}${run.stderr}`;
const rejected = output.split('\n').filter((line) => / ERROR /.test(line) && line.includes('Wrong.svelte') && line.includes('number'));
if (run.status === 0 || rejected.length === 0) {
  console.error(`svelte-check accepted a handler typed (n: number) for exercise-feedback:\n${output}`);
  process.exit(1);
}
console.log(`svelte-check rejected the wrong handler as it should:\n${rejected.join('\n')}`);
