import { z } from 'zod'
import { BrandIdSchema, IsoDateSchema, LanguageCodeSchema, SituationIdSchema, StepIdSchema } from './ids'
import { VerdictKindSchema } from './journey'

/**
 * What the renderer may count. Fixed names and ids only, no free text, and nothing is stored per
 * session: each event only adds one to the day's counters.
 */
export const StatisticEventSchema = z.discriminatedUnion('event', [
  /** The customer left the welcome screen. */
  z.strictObject({ event: z.literal('session-started') }),
  /** Sent once when a session ends, however it ends. */
  z.strictObject({
    event: z.literal('session-ended'),
    outcome: z.enum(['finished', 'abandoned']),
    /** The step on screen when it ended: for "abandoned", where customers give up. */
    lastStep: StepIdSchema,
    language: LanguageCodeSchema,
    situation: SituationIdSchema.nullable(),
    brand: BrandIdSchema.nullable(),
    verdict: VerdictKindSchema.nullable(),
    assisted: z.boolean(),
  }),
])
export type StatisticEvent = z.infer<typeof StatisticEventSchema>

const CountSchema = z.number().int().min(0)

export const StatisticCountersSchema = z.object({
  sessionsStarted: CountSchema,
  sessionsFinished: CountSchema,
  sessionsAbandoned: CountSchema,
  assistedSessions: CountSchema,
  slipsPrinted: CountSchema,
  printFailures: CountSchema,
  abandonedAt: z.partialRecord(StepIdSchema, CountSchema),
  languages: z.partialRecord(LanguageCodeSchema, CountSchema),
  situations: z.partialRecord(SituationIdSchema, CountSchema),
  brands: z.partialRecord(BrandIdSchema, CountSchema),
  verdicts: z.partialRecord(VerdictKindSchema, CountSchema),
})
export type StatisticCounters = z.infer<typeof StatisticCountersSchema>

export const DailyStatisticsSchema = StatisticCountersSchema.extend({ date: IsoDateSchema })
export type DailyStatistics = z.infer<typeof DailyStatisticsSchema>

/** The last `days` store-local days, today included. */
export const GetStatisticsInputSchema = z.strictObject({ days: z.number().int().min(1).max(730) })

export const StatisticsReportSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** Every day from `from` to `to`, oldest first; a day without sessions has zeros. */
  days: z.array(DailyStatisticsSchema),
  totals: StatisticCountersSchema,
})
export type StatisticsReport = z.infer<typeof StatisticsReportSchema>

export const StatisticsExportSchema = z.object({
  fileName: z.string(),
  /** Columns date,metric,key,count; one row per non-zero count. */
  csv: z.string(),
  /** Where the kiosk also saved it (its data folder's exports/), for store IT to collect. */
  savedTo: z.string(),
})
export type StatisticsExport = z.infer<typeof StatisticsExportSchema>
