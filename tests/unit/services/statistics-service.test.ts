import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  countPrintOutcome,
  createStatisticsService,
  STATISTICS_FILE_NAME,
  type CountedEvent,
} from '../../../electron/main/services/statistics-service'
import { StatisticEventSchema, type StatisticEvent } from '../../../electron/shared/statistics'
import type { StoreConfig } from '../../../electron/shared/store-config'
import { storageContext } from '../../support/service-context'
import { readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

const DAY = 86_400_000

const finished: StatisticEvent = {
  event: 'session-ended',
  outcome: 'finished',
  lastStep: 'done',
  language: 'fr',
  situation: 'lost-or-stolen',
  brand: 'bell',
  verdict: 'ready',
  assisted: true,
}
const abandonedAtId: StatisticEvent = {
  event: 'session-ended',
  outcome: 'abandoned',
  lastStep: 'id',
  language: 'en',
  situation: 'new-phone',
  brand: null,
  verdict: null,
  assisted: false,
}

async function setup(keepDays = 90, start = '2026-11-25T15:00:00Z') {
  const clock = new TestClock(start)
  const context = storageContext({ clock })
  const base = readDefaultConfig()
  const config: StoreConfig = { ...base, statistics: { keepDays } }
  const statistics = await createStatisticsService({ ...context, config: () => config })
  const record = async (...events: CountedEvent[]) => {
    for (const event of events) expect(await statistics.record(event)).toEqual({ ok: true, value: null })
  }
  return { statistics, clock, context, record }
}

describe('anonymous statistics', () => {
  it("count sessions, how they ended, and the customers' choices", async () => {
    const { statistics, record } = await setup()
    await record({ event: 'session-started' }, { event: 'session-started' }, finished, abandonedAtId)
    await countPrintOutcome(statistics, 'printed')
    await countPrintOutcome(statistics, 'failed')
    await countPrintOutcome(statistics, 'printed')

    const report = statistics.report(1)

    expect(report.days).toEqual([
      {
        date: '2026-11-25',
        sessionsStarted: 2,
        sessionsFinished: 1,
        sessionsAbandoned: 1,
        assistedSessions: 1,
        slipsPrinted: 2,
        printFailures: 1,
        abandonedAt: { id: 1 },
        languages: { fr: 1, en: 1 },
        situations: { 'lost-or-stolen': 1, 'new-phone': 1 },
        brands: { bell: 1 },
        verdicts: { ready: 1 },
      },
    ])
  })

  it('keep one set of counters per store-local day, with totals', async () => {
    const { statistics, record, clock } = await setup()
    clock.set('2026-11-26T04:59:00Z') // 23:59 on the 25th in Toronto
    await record({ event: 'session-started' })
    clock.set('2026-11-26T05:00:00Z')
    await record({ event: 'session-started' }, { event: 'session-started' })

    const report = statistics.report(3)

    expect(report.from).toBe('2026-11-24')
    expect(report.to).toBe('2026-11-26')
    expect(report.days.map((d) => [d.date, d.sessionsStarted])).toEqual([
      ['2026-11-24', 0],
      ['2026-11-25', 1],
      ['2026-11-26', 2],
    ])
    expect(report.totals.sessionsStarted).toBe(3)
  })

  it('are kept only for the configured number of days', async () => {
    const { statistics, record, clock, context } = await setup(3)
    for (let day = 0; day < 5; day++) {
      await record({ event: 'session-started' })
      clock.advance(DAY)
    }
    clock.advance(-DAY)

    const file = JSON.parse(readFileSync(join(context.dataDir, STATISTICS_FILE_NAME), 'utf8'))
    expect(Object.keys(file.days).sort()).toEqual(['2026-11-27', '2026-11-28', '2026-11-29'])
    expect(statistics.report(5).days.map((d) => d.sessionsStarted)).toEqual([0, 0, 1, 1, 1])
  })

  it('export as CSV for head office, and save it for store IT', async () => {
    const { statistics, record, clock } = await setup()
    await record({ event: 'session-started' }, abandonedAtId)
    clock.advance(DAY)
    await record({ event: 'session-started' }, finished, { event: 'print-outcome', outcome: 'printed' })

    const result = await statistics.exportCsv()
    if (!result.ok) throw new Error(result.error.code)

    expect(result.value.fileName).toBe('kiosk-statistics-2026-11-26.csv')
    expect(result.value.csv.split('\r\n')).toEqual([
      'date,metric,key,count',
      '2026-11-25,sessions-started,,1',
      '2026-11-25,sessions-abandoned,,1',
      '2026-11-25,abandoned-at-step,id,1',
      '2026-11-25,language,en,1',
      '2026-11-25,situation,new-phone,1',
      '2026-11-26,sessions-started,,1',
      '2026-11-26,sessions-finished,,1',
      '2026-11-26,assisted-sessions,,1',
      '2026-11-26,slips-printed,,1',
      '2026-11-26,language,fr,1',
      '2026-11-26,situation,lost-or-stolen,1',
      '2026-11-26,brand,bell,1',
      '2026-11-26,verdict,ready,1',
      '',
    ])
    expect(readFileSync(result.value.savedTo, 'utf8')).toBe(result.value.csv)
  })

  it('export just the header when nothing was counted', async () => {
    const { statistics } = await setup()
    const result = await statistics.exportCsv()
    expect(result.ok && result.value.csv).toBe('date,metric,key,count\r\n')
  })
})

describe('what the renderer may count', () => {
  it.each([
    ['free text', { ...finished, note: 'Alice Canary, lost her phone' }],
    ['an unknown language', { ...finished, language: 'klingon' }],
    ['an unknown event', { event: 'customer-name', name: 'Alice' }],
    ['a print outcome, which only the main process knows', { event: 'print-outcome', outcome: 'printed' }],
  ])('refuses %s', (_what, event) => {
    expect(StatisticEventSchema.safeParse(event).success).toBe(false)
  })

  it('accepts a complete session-ended event', () => {
    expect(StatisticEventSchema.safeParse(finished).success).toBe(true)
  })
})
