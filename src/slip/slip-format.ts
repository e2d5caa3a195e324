import type { LanguageCode } from '@shared/id-lists'
import { LOCALE_TAGS } from '@/locales'

/** Keeps a time on one line ("10 h 00", "10:00 a.m."): narrow paper must not split it. */
function unbreakableTime(parts: Intl.DateTimeFormatPart[]): string {
  const firstTimePart = parts.findIndex((part) => part.type === 'hour')
  return parts
    .map((part, index) => (index >= firstTimePart ? part.value.replace(/ /g, '\u00a0') : part.value))
    .join('')
}

/** The slip's dates in the store's time zone, in the given language's conventions. */
export function formatSlipDateTime(iso: string, language: LanguageCode, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  return unbreakableTime(format.formatToParts(new Date(iso)))
}

/** An appointment's day and time: "Thursday, November 26 at 2:30 p.m." */
export function formatAppointmentTime(iso: string, language: LanguageCode, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  })
  return unbreakableTime(format.formatToParts(new Date(iso)))
}
