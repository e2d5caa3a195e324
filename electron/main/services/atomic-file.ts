import { mkdir, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { z } from 'zod'
import { describeConfigProblems as describeProblems } from '../../shared/store-config'
import type { Clock } from './clock'

/** Writes a file so a crash leaves the old or the new content, never half: temp file, fsync, rename. */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, { fsync: true })
}

export type ReadJsonOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'invalid'; problems: string[]; quarantinedTo: string | null }

/**
 * Reads and validates a JSON file. A file that fails to parse or validate is moved aside as
 * `<name>.broken-<timestamp>` so it can be looked at, and the caller falls back to its last good copy.
 */
export async function readJsonValidated<S extends z.ZodType>(
  path: string,
  schema: S,
  clock: Clock,
  { quarantineInvalid = true }: { quarantineInvalid?: boolean } = {},
): Promise<ReadJsonOutcome<z.output<S>>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  let problems: string[]
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    if (parsed.success) return { kind: 'ok', value: parsed.data }
    problems = describeProblems(parsed.error)
  } catch (error) {
    problems = [`not valid JSON: ${(error as Error).message}`]
  }
  return {
    kind: 'invalid',
    problems,
    quarantinedTo: quarantineInvalid ? await quarantine(path, clock) : null,
  }
}

async function quarantine(path: string, clock: Clock): Promise<string | null> {
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-')
  const target = join(dirname(path), `${basename(path)}.broken-${stamp}`)
  try {
    await rename(path, target)
    return target
  } catch {
    return null
  }
}
