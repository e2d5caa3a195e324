/** Store-local times and dates for the staff panel, in the panel's language. */
export function formatTime(instant: string, timeZone: string, localeTag: string): string {
  return new Intl.DateTimeFormat(localeTag, { hour: 'numeric', minute: '2-digit', timeZone }).format(
    new Date(instant),
  )
}

/** A calendar date (YYYY-MM-DD) as "Tuesday, June 30". Noon UTC, so no time zone moves it a day. */
export function formatDay(isoDate: string, localeTag: string): string {
  return new Intl.DateTimeFormat(localeTag, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`))
}
