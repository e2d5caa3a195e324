import { describe, expect, it } from 'vitest'
import { pickVoice, screenSpeech, type VoiceInfo } from '@/domain/speech'

const voice = (lang: string, localService = true, isDefault = false): VoiceInfo & { name: string } => ({
  name: `${lang}${localService ? '' : ' (online)'}`,
  lang,
  localService,
  default: isDefault,
})

const installed = [
  voice('en-US', true, true),
  voice('en-CA'),
  voice('fr-FR'),
  voice('fr-CA'),
  voice('zh-CN'),
  voice('zh-TW'),
  voice('es-MX'),
  voice('ar-SA', false),
]

describe('choosing a voice', () => {
  it.each([
    ['en', 'en-CA'],
    ['fr', 'fr-CA'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['es', 'es-MX'],
  ])('reads %s with the installed %s voice', (language, lang) => {
    expect(pickVoice(installed, language)?.lang).toBe(lang)
  })

  it('has no voice for a language none installed speaks (Punjabi here)', () => {
    expect(pickVoice(installed, 'pa')).toBeNull()
  })

  it('ignores online voices: the kiosk is offline', () => {
    expect(pickVoice(installed, 'ar')).toBeNull()
  })

  it('reads Tagalog with a Filipino voice', () => {
    expect(pickVoice([voice('fil-PH')], 'tl')?.lang).toBe('fil-PH')
  })

  it('does not take a voice whose tag only starts with the same letters', () => {
    expect(pickVoice([voice('fil-PH')], 'fr')).toBeNull()
  })
})

describe('what is read for a screen', () => {
  it('is the question, then the details, then each choice, with blank ones left out', () => {
    expect(
      screenSpeech({ question: 'What happened?\n', details: ['  ', 'Tip'], choices: ['Lost', 'New  phone'] }),
    ).toEqual(['What happened?', 'Tip', 'Lost', 'New phone'])
  })
})
