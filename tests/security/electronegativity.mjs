// Scans the main process, the preload and the built renderer with electronegativity's API (its CLI exits 0
// even when it finds something) and fails on any finding not listed, with a reason, in the exceptions file.
// The three are copied into one folder and scanned together, so the global checks (CSP, navigation limits,
// permission handler) see the whole app at once.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')
const { exceptions } = JSON.parse(
  readFileSync(new URL('./electronegativity-exceptions.json', import.meta.url), 'utf8'),
)
const electronVersion = require('electron/package.json').version

const targets = ['electron/main', 'electron/preload', 'electron/shared', 'out/renderer', 'package.json']
const scanRoot = mkdtempSync(join(tmpdir(), 'kiosk-electronegativity-'))
for (const target of targets) cpSync(resolve(target), join(scanRoot, target), { recursive: true })

let result
try {
  result = await run({
    input: scanRoot,
    isSarif: false,
    customScan: [],
    severitySet: 'informational',
    confidenceSet: 'tentative',
    isRelative: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  })
} finally {
  rmSync(scanRoot, { recursive: true, force: true })
}

const broken = result.errors.filter((error) => !error.tolerable)
if (broken.length > 0) {
  console.error('electronegativity could not parse:', broken)
  process.exit(1)
}
const findings = result.issues.map((issue) => ({
  id: issue.id,
  file: issue.file && issue.file !== 'N/A' ? relative(scanRoot, issue.file) : 'N/A',
  line: issue.location?.line,
  description: issue.description,
}))
const isListed = (finding) =>
  exceptions.some(
    (e) => e.id === finding.id && e.file === finding.file && typeof e.reason === 'string' && e.reason.trim(),
  )
const unexplained = findings.filter((finding) => !isListed(finding))

for (const finding of findings) {
  console.log(
    `${isListed(finding) ? 'accepted' : 'FINDING '} ${finding.id} ${finding.file}:${finding.line ?? '?'}`,
  )
}
if (unexplained.length > 0) {
  console.error(
    `\nelectronegativity: ${unexplained.length} finding(s) not in tests/security/electronegativity-exceptions.json`,
  )
  for (const f of unexplained)
    console.error(`- ${f.id} in ${f.file}:${f.line ?? '?'}: ${f.description ?? ''}`)
  process.exit(1)
}
console.log(
  `electronegativity: ${findings.length} finding(s), each reviewed in the exceptions file; scanned ${targets.join(', ')}.`,
)
