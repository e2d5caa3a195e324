/** The parts of a voice the kiosk looks at (a SpeechSynthesisVoice has these, and more). */
export interface VoiceInfo {
  lang: string
  localService: boolean
  default: boolean
}

/** Voice language prefixes that can read each kiosk language (voices name Chinese by region, not script). */
const VOICE_LANGS: Record<string, readonly string[]> = {
  en: ['en'],
  fr: ['fr'],
  'zh-Hans': ['zh-CN', 'zh-SG', 'cmn-Hans', 'zh-Hans', 'cmn-CN'],
  'zh-Hant': ['zh-TW', 'zh-HK', 'cmn-Hant', 'zh-Hant', 'yue', 'cmn-TW'],
  pa: ['pa'],
  ar: ['ar'],
  es: ['es'],
  tl: ['fil', 'tl'],
}

function speaks(voice: VoiceInfo, prefix: string): boolean {
  const lang = voice.lang.replace('_', '-').toLowerCase()
  const wanted = prefix.toLowerCase()
  return lang === wanted || lang.startsWith(`${wanted}-`)
}

/**
 * The voice to read a kiosk language with, or null when none can. The kiosk is offline, so only voices
 * installed on the machine count; among them, one for Canada first, then the system's default.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], language: string): V | null {
  const prefixes = VOICE_LANGS[language] ?? [language]
  const usable = voices.filter(
    (voice) => voice.localService && prefixes.some((prefix) => speaks(voice, prefix)),
  )
  const rank = (voice: V) => (voice.lang.toUpperCase().endsWith('-CA') ? 0 : voice.default ? 1 : 2)
  return [...usable].sort((a, b) => rank(a) - rank(b))[0] ?? null
}

/** What is read for a screen: its question, any hint, then each choice, one sentence each. */
export function screenSpeech(parts: { question: string; details: string[]; choices: string[] }): string[] {
  return [parts.question, ...parts.details, ...parts.choices]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0)
}
