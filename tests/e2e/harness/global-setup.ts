import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { RENDERER_INDEX } from './paths'

/** `npm test` builds before the e2e suite; `npm run test:e2e` alone builds here when there is no build yet. */
export default function globalSetup(): void {
  if (existsSync(RENDERER_INDEX)) return
  console.log('No renderer build found: running `npm run build` first.')
  execSync('npm run build', { stdio: 'inherit' })
}
