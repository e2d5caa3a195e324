import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { z } from 'zod'
import { IsoDateSchema } from '../../shared/ids'
import { fail, ok, type KioskResult } from '../../shared/result'
import {
  StatisticCountersSchema,
  type DailyStatistics,
  type StatisticCounters,
  type StatisticEvent,
  type StatisticsExport,
  type StatisticsReport,
} from '../../shared/statistics'
import type { StoreConfig } from '../../shared/store-config'
import { openJsonStore, type StorageContext } from './json-store'
import { statisticsCsv } from './statistics-csv'
import { addDays, localDate } from './store-time'

export const STATISTICS_FILE_NAME = 'statistics.json'
export const EXPORTS_DIR_NAME = 'exports'

/** Counters per store-local day; nothing about any one session is kept. */
const StatisticsFileSchema = z.object({
  version: z.literal(1),
  days: z.record(IsoDateSchema, StatisticCountersSchema),
})
type StatisticsFile = z.infer<typeof StatisticsFileSchema>

export type PrintOutcome = 'printed' | 'failed'

/** The renderer's events, plus what only the main process knows: how a print went. */
export type CountedEvent = StatisticEvent | { event: 'print-outcome'; outcome: PrintOutcome }

export interface StatisticsServiceOptions extends StorageContext {
  config: () => StoreConfig
}

export interface StatisticsService {
  record(event: CountedEvent): Promise<KioskResult<null>>
  /** The last `days` days, today included. */
  report(days: number): StatisticsReport
  /** Every kept day as CSV, also saved in the data folder's exports/. */
  exportCsv(): Promise<KioskResult<StatisticsExport>>
}

/** For the printing service: counts one slip printed, or one print that failed. */
export function countPrintOutcome(
  statistics: Pick<StatisticsService, 'record'>,
  outcome: PrintOutcome,
): Promise<KioskResult<null>> {
  return statistics.record({ event: 'print-outcome', outcome })
}

export async function createStatisticsService(options: StatisticsServiceOptions): Promise<StatisticsService> {
  const { clock, logger, config, dataDir } = options
  const store = await openJsonStore<StatisticsFile>({
    ...options,
    fileName: STATISTICS_FILE_NAME,
    schema: StatisticsFileSchema,
    empty: () => ({ version: 1, days: {} }),
  })

  const today = () => localDate(clock.now(), config().store.timeZone)
  const firstKeptDay = () => addDays(today(), 1 - config().statistics.keepDays)

  function keptDays(): DailyStatistics[] {
    const first = firstKeptDay()
    return Object.entries(store.read().days)
      .filter(([date]) => date >= first)
      .map(([date, counters]) => ({ date, ...counters }))
  }

  return {
    record(event) {
      return store.update((draft) => {
        const first = firstKeptDay()
        draft.days = Object.fromEntries(Object.entries(draft.days).filter(([date]) => date >= first))
        const date = today()
        const counters = draft.days[date] ?? emptyCounters()
        count(counters, event)
        draft.days[date] = counters
        return ok(null)
      })
    },

    report(days) {
      const to = today()
      const from = addDays(to, 1 - days)
      const saved = store.read().days
      const list = Array.from({ length: days }, (_, i) => {
        const date = addDays(from, i)
        return { date, ...(date >= firstKeptDay() ? (saved[date] ?? emptyCounters()) : emptyCounters()) }
      })
      return { from, to, days: list, totals: list.reduce(addCounters, emptyCounters()) }
    },

    async exportCsv() {
      const csv = statisticsCsv(keptDays())
      const fileName = `kiosk-statistics-${today()}.csv`
      const savedTo = join(dataDir, EXPORTS_DIR_NAME, fileName)
      try {
        await mkdir(join(dataDir, EXPORTS_DIR_NAME), { recursive: true })
        await writeFileAtomic(savedTo, csv, { fsync: true })
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
        logger.log('error', 'statistics-export-failed', { code })
        return fail('storage-failed', `The statistics could not be saved (${code})`)
      }
      logger.log('info', 'statistics-exported', { days: keptDays().length })
      return ok({ fileName, csv, savedTo })
    },
  }
}

export function emptyCounters(): StatisticCounters {
  return {
    sessionsStarted: 0,
    sessionsFinished: 0,
    sessionsAbandoned: 0,
    assistedSessions: 0,
    slipsPrinted: 0,
    printFailures: 0,
    abandonedAt: {},
    languages: {},
    situations: {},
    brands: {},
    verdicts: {},
  }
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1
}

function count(counters: StatisticCounters, event: CountedEvent): void {
  switch (event.event) {
    case 'session-started':
      counters.sessionsStarted += 1
      return
    case 'print-outcome':
      if (event.outcome === 'printed') counters.slipsPrinted += 1
      else counters.printFailures += 1
      return
    case 'session-ended':
      if (event.outcome === 'finished') counters.sessionsFinished += 1
      else {
        counters.sessionsAbandoned += 1
        bump(counters.abandonedAt, event.lastStep)
      }
      if (event.assisted) counters.assistedSessions += 1
      bump(counters.languages, event.language)
      if (event.situation) bump(counters.situations, event.situation)
      if (event.brand) bump(counters.brands, event.brand)
      if (event.verdict) bump(counters.verdicts, event.verdict)
  }
}

function addCounters(sum: StatisticCounters, day: StatisticCounters): StatisticCounters {
  const merge = <K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>) => {
    const out: Partial<Record<K, number>> = { ...a }
    for (const key of Object.keys(b) as K[]) out[key] = (out[key] ?? 0) + (b[key] ?? 0)
    return out
  }
  return {
    sessionsStarted: sum.sessionsStarted + day.sessionsStarted,
    sessionsFinished: sum.sessionsFinished + day.sessionsFinished,
    sessionsAbandoned: sum.sessionsAbandoned + day.sessionsAbandoned,
    assistedSessions: sum.assistedSessions + day.assistedSessions,
    slipsPrinted: sum.slipsPrinted + day.slipsPrinted,
    printFailures: sum.printFailures + day.printFailures,
    abandonedAt: merge(sum.abandonedAt, day.abandonedAt),
    languages: merge(sum.languages, day.languages),
    situations: merge(sum.situations, day.situations),
    brands: merge(sum.brands, day.brands),
    verdicts: merge(sum.verdicts, day.verdicts),
  }
}
