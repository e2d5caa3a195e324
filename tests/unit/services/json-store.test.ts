import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { openJsonStore } from '../../../electron/main/services/json-store'
import { fail, ok } from '../../../electron/shared/result'
import { faultyWriter, storageContext } from '../../support/service-context'

const CounterSchema = z.object({ version: z.literal(1), items: z.array(z.string()) })
type Counter = z.infer<typeof CounterSchema>

function open(context: ReturnType<typeof storageContext>, keepQuarantinedDays?: number) {
  return openJsonStore<Counter>({
    ...context,
    fileName: 'things.json',
    schema: CounterSchema,
    empty: () => ({ version: 1, items: [] }),
    keepQuarantinedDays,
  })
}

function add(item: string) {
  return (draft: Counter) => {
    draft.items.push(item)
    return ok(draft.items.length)
  }
}

const onDisk = (dataDir: string, name = 'things.json') =>
  JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as Counter

describe('a service data file', () => {
  it('starts empty, and keeps what was written over a restart', async () => {
    const context = storageContext()
    const store = await open(context)
    expect(store.read().items).toEqual([])
    await store.update(add('a'))
    await store.update(add('b'))

    const again = await open(context)

    expect(again.read().items).toEqual(['a', 'b'])
    expect(onDisk(context.dataDir, 'things.last-good.json').items).toEqual(['a', 'b'])
  })

  it('writes nothing when the change refuses', async () => {
    const context = storageContext()
    const store = await open(context)
    await store.update(add('a'))
    const result = await store.update((draft) => {
      draft.items.push('half-done')
      return fail('slot-full', 'no')
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'slot-full' } })
    expect(store.read().items).toEqual(['a'])
    expect(onDisk(context.dataDir).items).toEqual(['a'])
  })

  it('applies changes made at the same time one after the other', async () => {
    const store = await open(storageContext())
    const results = await Promise.all(['a', 'b', 'c'].map((item) => store.update(add(item))))
    expect(results.map((r) => r.ok && r.value)).toEqual([1, 2, 3])
    expect(store.read().items).toEqual(['a', 'b', 'c'])
  })

  it('keeps the last good data when the kiosk died between writing the temp file and renaming it', async () => {
    const faulty = faultyWriter()
    const context = storageContext({ writer: faulty.writer })
    const store = await open(context)
    await store.update(add('saved'))
    faulty.crashBeforeRename()

    const result = await store.update(add('lost in the crash'))

    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(readdirSync(context.dataDir).some((name) => name.startsWith('things.json.'))).toBe(true)
    const afterRestart = await open({ ...context, writer: undefined })
    expect(afterRestart.read().items).toEqual(['saved'])
    expect(context.warnings.list()).toEqual([
      expect.objectContaining({ kind: 'write-failed', file: 'things.json' }),
    ])
  })

  it.each(['ENOSPC', 'EROFS', 'EACCES'])(
    'refuses a change with storage-failed when the disk says %s, and loses nothing saved',
    async (code) => {
      const faulty = faultyWriter()
      const context = storageContext({ writer: faulty.writer })
      const store = await open(context)
      await store.update(add('a'))
      faulty.failWith(code)

      const result = await store.update(add('b'))

      expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
      expect(store.read().items).toEqual(['a'])
      expect(onDisk(context.dataDir).items).toEqual(['a'])
      expect(context.warnings.list()).toEqual([
        expect.objectContaining({ kind: 'write-failed', file: 'things.json', code }),
      ])
      faulty.recover()
      await store.update(add('c'))
      expect(onDisk(context.dataDir).items).toEqual(['a', 'c'])
    },
  )

  it('reports a disk that stays full once per file, not once per write', async () => {
    const faulty = faultyWriter()
    const context = storageContext({ writer: faulty.writer })
    const store = await open(context)
    faulty.failWith('ENOSPC')
    await store.update(add('a'))
    await store.update(add('b'))
    expect(context.warnings.list()).toHaveLength(1)
  })

  it('moves a corrupt file aside, carries on from the last good copy and warns staff', async () => {
    const context = storageContext()
    const store = await open(context)
    await store.update(add('a'))
    writeFileSync(join(context.dataDir, 'things.json'), '{"version": 1, "items": ["a", ')

    const again = await open(context)

    expect(again.read().items).toEqual(['a'])
    const quarantined = readdirSync(context.dataDir).filter((name) => name.startsWith('things.json.broken-'))
    expect(quarantined).toEqual(['things.json.broken-2026-11-25T15-00-00-000Z'])
    expect(readFileSync(join(context.dataDir, quarantined[0] ?? ''), 'utf8')).toContain('"items": ["a", ')
    expect(onDisk(context.dataDir).items).toEqual(['a'])
    expect(context.warnings.list()).toEqual([
      expect.objectContaining({
        kind: 'file-quarantined',
        file: 'things.json',
        movedTo: 'things.json.broken-2026-11-25T15-00-00-000Z',
        recoveredFrom: 'last-good',
        problems: [expect.stringContaining('not valid JSON')],
      }),
    ])
  })

  it('starts empty, and says so, when neither the file nor a last good copy is valid', async () => {
    const context = storageContext()
    writeFileSync(join(context.dataDir, 'things.json'), JSON.stringify({ version: 1, items: [42] }))

    const store = await open(context)

    expect(store.read().items).toEqual([])
    expect(context.warnings.list()).toEqual([
      expect.objectContaining({
        kind: 'file-quarantined',
        recoveredFrom: 'nothing',
        problems: [expect.stringContaining('items.0')],
      }),
    ])
  })

  it('starts, and warns, when the file cannot even be read', async () => {
    const context = storageContext()
    mkdirSync(join(context.dataDir, 'things.json', 'in-the-way'), { recursive: true })
    const store = await open(context)
    expect(store.read().items).toEqual([])
    expect(context.warnings.list()).toEqual([
      expect.objectContaining({ kind: 'file-quarantined', problems: ['not readable: EISDIR'] }),
    ])
  })

  it('uses the last good copy when the file itself is gone', async () => {
    const context = storageContext()
    writeFileSync(
      join(context.dataDir, 'things.last-good.json'),
      JSON.stringify({ version: 1, items: ['x'] }),
    )
    const store = await open(context)
    expect(store.read().items).toEqual(['x'])
  })

  it('deletes quarantined copies older than the days it keeps them', async () => {
    const context = storageContext()
    const old = 'things.json.broken-2026-11-10T15-00-00-000Z'
    const recent = 'things.json.broken-2026-11-20T15-00-00-000Z'
    for (const name of [old, recent]) writeFileSync(join(context.dataDir, name), 'broken')

    await open(context, 7)

    expect(existsSync(join(context.dataDir, old))).toBe(false)
    expect(existsSync(join(context.dataDir, recent))).toBe(true)
  })

  it('refuses a change that would write invalid data', async () => {
    const store = await open(storageContext())
    await expect(
      store.update((draft) => {
        ;(draft.items as unknown[]).push(42)
        return ok(null)
      }),
    ).rejects.toThrow()
    expect(store.read().items).toEqual([])
  })
})
