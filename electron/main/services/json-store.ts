import { readdir, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { z } from 'zod'
import { fail, type KioskResult } from '../../shared/result'
import { readJsonValidated, writeJsonAtomic, type ReadJsonOutcome } from './atomic-file'
import type { Clock } from './clock'
import type { Logger } from './logger'
import type { StaffWarningLog } from './staff-warnings'

/** Writes one JSON file for good (temp file, fsync, rename). Tests pass one that fails like a full disk. */
export type JsonWriter = (path: string, value: unknown) => Promise<void>

export interface JsonStoreOptions<T> {
  dataDir: string
  /** For example `queue.json`; the last good copy is kept next to it as `queue.last-good.json`. */
  fileName: string
  schema: z.ZodType<T>
  /** The content of a store that has never been written. */
  empty: () => T
  clock: Clock
  logger: Logger
  warnings: StaffWarningLog
  writer?: JsonWriter | undefined
  /** Days a quarantined copy is kept for store IT before it is deleted; kept forever when unset. */
  keepQuarantinedDays?: number | undefined
}

/** What every service that keeps a data file is given. */
export type StorageContext = Pick<
  JsonStoreOptions<unknown>,
  'dataDir' | 'clock' | 'logger' | 'warnings' | 'writer'
>

/**
 * One service's data file. Memory always equals what is on disk: a change is made on a copy,
 * written, and only then becomes the current state, so a write that fails loses nothing.
 */
export interface JsonStore<T> {
  /** The saved state. Don't mutate it: change it through update(). */
  read(): T
  /**
   * Runs `change` on a copy of the state, one update at a time. When it returns ok, the copy is
   * written and kept; when it returns an error, or the write fails ('storage-failed'), nothing changes.
   */
  update<R>(change: (draft: T) => KioskResult<R>): Promise<KioskResult<R>>
}

const MS_PER_DAY = 86_400_000

export async function openJsonStore<T>(options: JsonStoreOptions<T>): Promise<JsonStore<T>> {
  const { dataDir, fileName, schema, clock, logger, warnings } = options
  const writer = options.writer ?? writeJsonAtomic
  const path = join(dataDir, fileName)
  const lastGoodPath = join(dataDir, fileName.replace(/\.json$/, '') + '.last-good.json')

  let current: T = await load()
  let tail: Promise<unknown> = Promise.resolve()
  if (options.keepQuarantinedDays !== undefined) {
    await deleteOldQuarantined(
      dataDir,
      fileName,
      clock.now().getTime() - options.keepQuarantinedDays * MS_PER_DAY,
    )
  }

  /** A file that can't even be read (permissions, a folder in its place) counts as invalid, not fatal. */
  async function read(file: string, quarantineInvalid: boolean): Promise<ReadJsonOutcome<T>> {
    try {
      return await readJsonValidated(file, schema, clock, { quarantineInvalid })
    } catch (error) {
      return { kind: 'invalid', problems: [`not readable: ${errorCode(error)}`], quarantinedTo: null }
    }
  }

  async function load(): Promise<T> {
    const outcome = await read(path, true)
    if (outcome.kind === 'ok') return outcome.value
    const lastGood = await read(lastGoodPath, false)
    // No file but a last good copy: a restore after an earlier quarantine never got written.
    if (outcome.kind === 'missing') return lastGood.kind === 'ok' ? lastGood.value : options.empty()

    const recovered = lastGood.kind === 'ok'
    warnings.add({
      kind: 'file-quarantined',
      file: fileName,
      at: clock.now().toISOString(),
      movedTo: outcome.quarantinedTo ? basename(outcome.quarantinedTo) : null,
      recoveredFrom: recovered ? 'last-good' : 'nothing',
      problems: outcome.problems,
    })
    logger.log('warn', 'data-file-quarantined', { file: fileName, recovered })
    const value = recovered ? lastGood.value : options.empty()
    try {
      await writer(path, value)
    } catch (error) {
      logger.log('warn', 'data-file-not-restored', { file: fileName, code: errorCode(error) })
    }
    return value
  }

  async function apply<R>(change: (draft: T) => KioskResult<R>): Promise<KioskResult<R>> {
    const draft = structuredClone(current)
    const result = change(draft)
    if (!result.ok) return result
    // A change that breaks the schema is a bug: refuse it before it reaches the disk.
    const next = schema.parse(draft)
    try {
      await writer(path, next)
    } catch (error) {
      const code = errorCode(error)
      warnings.add({ kind: 'write-failed', file: fileName, at: clock.now().toISOString(), code })
      logger.log('error', 'data-file-not-written', { file: fileName, code })
      return fail('storage-failed', `The kiosk could not save ${fileName} (${code}); nothing was changed`)
    }
    current = next
    try {
      await writer(lastGoodPath, next)
    } catch (error) {
      logger.log('warn', 'data-file-last-good-not-written', { file: fileName, code: errorCode(error) })
    }
    return result
  }

  return {
    read: () => current,
    update(change) {
      const run = tail.then(() => apply(change))
      tail = run.catch(() => undefined)
      return run
    },
  }
}

/** Quarantined copies are named `<file>.broken-<ISO time with - for : and .>` by atomic-file.ts. */
async function deleteOldQuarantined(dataDir: string, fileName: string, beforeMs: number): Promise<void> {
  const prefix = `${fileName}.broken-`
  let names: string[]
  try {
    names = await readdir(dataDir)
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const stamp = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(name.slice(prefix.length))
    if (!stamp) continue
    const at = Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`)
    if (at < beforeMs) await unlink(join(dataDir, name)).catch(() => undefined)
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown'
}
