import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createQueueService, QUEUE_FILE_NAME } from '../../../electron/main/services/queue-service'
import type { StoreConfig } from '../../../electron/shared/store-config'
import { faultyWriter, storageContext } from '../../support/service-context'
import { readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

const customer = { brand: 'bell', situation: 'lost-or-stolen' } as const
const MINUTE = 60_000

async function setup(
  options: { start?: string; dataDir?: string; writer?: ReturnType<typeof faultyWriter> } = {},
) {
  const clock = new TestClock(options.start ?? '2026-11-25T15:00:00Z')
  const context = storageContext({ clock, dataDir: options.dataDir, writer: options.writer?.writer })
  let config: StoreConfig = readDefaultConfig()
  const queue = await createQueueService({ ...context, config: () => config })
  const take = async () => {
    const result = await queue.join(customer)
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  const setConfig = (next: StoreConfig) => {
    config = next
  }
  return { queue, clock, context, take, setConfig }
}

describe('walk-in tickets', () => {
  it('are numbered A-001, A-002, … through the day', async () => {
    const { take } = await setup()
    expect([(await take()).ticket, (await take()).ticket, (await take()).ticket]).toEqual([
      'A-001',
      'A-002',
      'A-003',
    ])
  })

  it("use the store's ticket letter", async () => {
    const { take, setConfig } = await setup()
    const config = readDefaultConfig()
    setConfig({ ...config, queue: { ...config.queue, ticketPrefix: 'K' } })
    expect((await take()).ticket).toBe('K-001')
  })

  it('carry on from the file after a restart', async () => {
    const first = await setup()
    await first.take()
    await first.take()
    const second = await setup({ dataDir: first.context.dataDir })
    expect((await second.take()).ticket).toBe('A-003')
  })

  it("start over at the store's local midnight, not UTC midnight", async () => {
    const { take, clock } = await setup({ start: '2026-11-25T23:00:00Z' })
    expect((await take()).ticket).toBe('A-001')
    clock.set('2026-11-26T04:59:00Z') // 23:59 in Toronto
    expect((await take()).ticket).toBe('A-002')
    clock.set('2026-11-26T05:00:00Z') // midnight in Toronto
    expect((await take()).ticket).toBe('A-001')
  })

  it.each([
    [
      'clocks go back (2026-11-01)',
      [
        ['2026-11-01T03:59:00Z', 'A-001', '2026-10-31'],
        ['2026-11-01T04:00:00Z', 'A-001', '2026-11-01'],
        ['2026-11-02T04:30:00Z', 'A-002', '2026-11-01'],
        ['2026-11-02T05:00:00Z', 'A-001', '2026-11-02'],
      ],
    ],
    [
      'clocks go forward (2026-03-08)',
      [
        ['2026-03-08T04:59:00Z', 'A-001', '2026-03-07'],
        ['2026-03-08T05:00:00Z', 'A-001', '2026-03-08'],
        ['2026-03-09T03:30:00Z', 'A-002', '2026-03-08'],
        ['2026-03-09T04:00:00Z', 'A-001', '2026-03-09'],
      ],
    ],
  ])('start over at local midnight on the day %s', async (_day, steps) => {
    const { take, clock, queue } = await setup({ start: steps[0]?.[0] })
    for (const [at, ticket, date] of steps) {
      clock.set(at ?? '')
      expect((await take()).ticket, at).toBe(ticket)
      expect(queue.today().date, at).toBe(date)
    }
  })

  it("leave yesterday's line behind", async () => {
    const { take, clock, queue } = await setup()
    await take()
    clock.advance(24 * 60 * MINUTE)
    expect(queue.today().tickets).toEqual([])
    expect(await queue.markServed('A-001')).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('run out after A-999 with queue-full', async () => {
    const { context } = await setup()
    const tickets = Array.from({ length: 999 }, (_, i) => ({
      ticket: `A-${String(i + 1).padStart(3, '0')}`,
      ...customer,
      status: 'served',
      joinedAt: '2026-11-25T14:00:00.000Z',
      calledAt: null,
      closedAt: '2026-11-25T14:01:00.000Z',
    }))
    writeFileSync(
      join(context.dataDir, QUEUE_FILE_NAME),
      JSON.stringify({ version: 1, date: '2026-11-25', tickets }),
    )
    const { queue } = await setup({ dataDir: context.dataDir })
    expect(await queue.join(customer)).toMatchObject({ ok: false, error: { code: 'queue-full' } })
  })
})

describe('the wait estimate', () => {
  it('is people ahead × the configured service time until someone is served', async () => {
    const { take, queue } = await setup()
    expect(await take()).toMatchObject({ peopleAhead: 0, waitMinutes: 0 })
    await take()
    await take()
    expect(await take()).toMatchObject({ ticket: 'A-004', peopleAhead: 3, waitMinutes: 36 })
    expect(queue.status()).toEqual({
      waiting: 4,
      waitMinutes: 48,
      averageServiceMinutes: 12,
      averageLearned: false,
    })
  })

  it("learns the average from today's served tickets, from call to served", async () => {
    const { take, queue, clock } = await setup()
    for (let i = 0; i < 5; i++) await take()
    await queue.callNext()
    clock.advance(6 * MINUTE)
    await queue.markServed('A-001')
    await queue.callNext()
    clock.advance(10 * MINUTE)
    await queue.markServed('A-002')
    // A no-show and a ticket closed without a call say nothing about service time.
    await queue.callNext()
    clock.advance(60 * MINUTE)
    await queue.markNoShow('A-003')
    await queue.markServed('A-004')

    expect(await take()).toMatchObject({ ticket: 'A-006', peopleAhead: 1, waitMinutes: 8 })
    expect(queue.today()).toMatchObject({ averageServiceMinutes: 8, averageLearned: true, waiting: 2 })
  })

  it('forgets what it learned at midnight', async () => {
    const { take, queue, clock } = await setup()
    await take()
    await queue.callNext()
    clock.advance(30 * MINUTE)
    await queue.markServed('A-001')
    clock.set('2026-11-26T15:00:00Z')
    expect(queue.status()).toMatchObject({ averageServiceMinutes: 12, averageLearned: false })
  })
})

describe('staff running the line', () => {
  it('call the lowest waiting number next', async () => {
    const { take, queue, clock } = await setup()
    await take()
    await take()
    const first = await queue.callNext()
    expect(first).toMatchObject({ ok: true, value: { ticket: 'A-001', status: 'called' } })
    expect(first.ok && first.value.calledAt).toBe(clock.now().toISOString())
    expect(await queue.callNext()).toMatchObject({ ok: true, value: { ticket: 'A-002' } })
  })

  it('are told when nobody is waiting', async () => {
    const { queue } = await setup()
    expect(await queue.callNext()).toMatchObject({ ok: false, error: { code: 'queue-empty' } })
  })

  it.each([
    ['served', 'markServed'],
    ['no-show', 'markNoShow'],
  ] as const)('mark a ticket %s', async (status, action) => {
    const { take, queue } = await setup()
    await take()
    await queue.callNext()
    expect(await queue[action]('A-001')).toMatchObject({ ok: true, value: { ticket: 'A-001', status } })
    expect(queue.today().tickets[0]?.status).toBe(status)
  })

  it.each([
    ['markServed', 'served'],
    ['markNoShow', 'served'],
    ['markServed', 'no-show'],
  ] as const)('get ticket-already-closed for %s on a ticket already %s', async (action, closedAs) => {
    const { take, queue } = await setup()
    await take()
    await (closedAs === 'served' ? queue.markServed('A-001') : queue.markNoShow('A-001'))
    expect(await queue[action]('A-001')).toMatchObject({
      ok: false,
      error: { code: 'ticket-already-closed' },
    })
    expect(queue.today().tickets[0]?.status).toBe(closedAs)
  })

  it('get not-found for a ticket nobody has', async () => {
    const { queue } = await setup()
    expect(await queue.markServed('A-042')).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('a queue whose disk fails', () => {
  it('refuses a ticket with storage-failed and gives the next one the same number', async () => {
    const writer = faultyWriter()
    const { take, queue, context } = await setup({ writer })
    await take()
    await take()
    writer.failWith('ENOSPC')

    expect(await queue.join(customer)).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(queue.today().tickets.map((t) => t.ticket)).toEqual(['A-001', 'A-002'])
    const file = JSON.parse(readFileSync(join(context.dataDir, QUEUE_FILE_NAME), 'utf8'))
    expect(file.tickets).toHaveLength(2)

    writer.recover()
    expect((await take()).ticket).toBe('A-003')
  })

  it('keeps a ticket called when marking it served cannot be saved', async () => {
    const writer = faultyWriter()
    const { take, queue } = await setup({ writer })
    await take()
    await queue.callNext()
    writer.failWith('EROFS')
    expect(await queue.markServed('A-001')).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(queue.today().tickets[0]?.status).toBe('called')
  })
})
