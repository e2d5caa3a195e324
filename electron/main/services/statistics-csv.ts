import type { DailyStatistics, StatisticCounters } from '../../shared/statistics'

/** Counters with one number, and the CSV metric each becomes. */
const TOTALS: [keyof StatisticCounters, string][] = [
  ['sessionsStarted', 'sessions-started'],
  ['sessionsFinished', 'sessions-finished'],
  ['sessionsAbandoned', 'sessions-abandoned'],
  ['assistedSessions', 'assisted-sessions'],
  ['slipsPrinted', 'slips-printed'],
  ['printFailures', 'print-failures'],
]

/** Counters by id, and the CSV metric each becomes; the id is the row's key. */
const BREAKDOWNS: [keyof StatisticCounters, string][] = [
  ['abandonedAt', 'abandoned-at-step'],
  ['languages', 'language'],
  ['situations', 'situation'],
  ['brands', 'brand'],
  ['verdicts', 'verdict'],
]

export const CSV_HEADER = 'date,metric,key,count'

/** One row per non-zero count, for head office: `date,metric,key,count`, RFC 4180 line ends. */
export function statisticsCsv(days: DailyStatistics[]): string {
  const rows = [CSV_HEADER]
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const [field, metric] of TOTALS) {
      const count = day[field]
      if (typeof count === 'number' && count > 0) rows.push(row(day.date, metric, '', count))
    }
    for (const [field, metric] of BREAKDOWNS) {
      const counts = day[field] as Partial<Record<string, number>>
      for (const key of Object.keys(counts).sort()) {
        const count = counts[key] ?? 0
        if (count > 0) rows.push(row(day.date, metric, key, count))
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`
}

function row(...fields: (string | number)[]): string {
  return fields
    .map((f) => (/[",\r\n]/.test(String(f)) ? `"${String(f).replace(/"/g, '""')}"` : String(f)))
    .join(',')
}
