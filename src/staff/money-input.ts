/**
 * Fee amounts as staff type them: dollars, with a period or a comma before the cents ("25", "25.5",
 * "25,50", "$25.00", "25,00 $"). Stored as integer cents.
 */
const DOLLARS = /^\$?\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*\$?$/

/** Cents for a typed amount, or null when it isn't one (negative, letters, more than 2 decimals). */
export function parseDollars(text: string): number | null {
  const match = DOLLARS.exec(text.trim())
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}

/** How an amount in cents is shown in the form: "25.00". */
export function formatDollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}
