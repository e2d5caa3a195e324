// `npm run bench [-- --check] [-- --quick] [-- --no-build]`: builds the renderer (the figures must be
// those of the current source), then runs the bench as the Playwright project `bench`, so it reuses
// the e2e harness. Options go on through the environment: Playwright's command line would refuse them.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const OPTIONS = ['--check', '--quick', '--no-build']
const args = process.argv.slice(2)
const unknown = args.filter((arg) => !OPTIONS.includes(arg))
if (unknown.length) {
  console.error(`npm run bench: unknown option ${unknown.join(' ')} (use ${OPTIONS.join(', ')})`)
  process.exit(2)
}

const require = createRequire(import.meta.url)
const node = (script, scriptArgs, env = process.env) =>
  spawnSync(process.execPath, [require.resolve(script), ...scriptArgs], { stdio: 'inherit', env }).status ?? 1

if (!args.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: true }).status ?? 1
  if (built !== 0) process.exit(built)
}
const env = { ...process.env }
if (args.includes('--check')) env.BENCH_CHECK = '1'
if (args.includes('--quick')) env.BENCH_QUICK = '1'
process.exit(node('@playwright/test/cli', ['test', '--project', 'bench', '--workers=1'], env))
