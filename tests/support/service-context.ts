import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeJsonAtomic } from '../../electron/main/services/atomic-file'
import type { JsonWriter, StorageContext } from '../../electron/main/services/json-store'
import { createMemoryLogger } from '../../electron/main/services/logger'
import { createStaffWarningLog } from '../../electron/main/services/staff-warnings'
import { TestClock } from './test-clock'

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kiosk-services-'))
}

/** What a service with a data file needs, on a fresh temp folder with a TestClock. */
export function storageContext(
  options: { dataDir?: string; clock?: TestClock; writer?: JsonWriter } = {},
): StorageContext & { dataDir: string; clock: TestClock; logger: ReturnType<typeof createMemoryLogger> } {
  return {
    dataDir: options.dataDir ?? freshDataDir(),
    clock: options.clock ?? new TestClock(),
    logger: createMemoryLogger(),
    warnings: createStaffWarningLog(),
    writer: options.writer,
  }
}

export function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/**
 * The real atomic writer until told to fail: then every write throws like a full disk (ENOSPC) or
 * a read-only folder (EROFS, EACCES), or "crashes" after writing the temp file, before the rename.
 */
export function faultyWriter() {
  let fault: { kind: 'errno'; code: string } | { kind: 'crash-before-rename' } | null = null
  const writes: string[] = []
  const writer: JsonWriter = async (path, value) => {
    if (fault?.kind === 'errno') throw errnoError(fault.code)
    if (fault?.kind === 'crash-before-rename') {
      const text = JSON.stringify(value, null, 2)
      await writeFile(`${path}.4021337`, text.slice(0, Math.floor(text.length / 2)))
      throw new Error('power lost before rename')
    }
    writes.push(path)
    await writeJsonAtomic(path, value)
  }
  return {
    writer,
    writes,
    failWith(code: string) {
      fault = { kind: 'errno', code }
    },
    crashBeforeRename() {
      fault = { kind: 'crash-before-rename' }
    },
    recover() {
      fault = null
    },
  }
}
