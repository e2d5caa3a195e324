import { describe, expect, it } from 'vitest'
import { describeConfigProblems, StoreConfigSchema } from '../../../electron/shared/store-config'
import { readDefaultConfig, readQuebecConfig } from '../../support/store-configs'

function problemsOf(candidate: unknown): string[] {
  const parsed = StoreConfigSchema.safeParse(candidate)
  return parsed.success ? [] : describeConfigProblems(parsed.error)
}

describe('the store config schema', () => {
  it('accepts the shipped Ontario default and the Quebec sample', () => {
    expect(readDefaultConfig().store.province).toBe('ON')
    expect(readQuebecConfig().languages.default).toBe('fr')
  })

  it('refuses a Quebec store that does not offer French', () => {
    const quebec = readQuebecConfig()
    expect(problemsOf({ ...quebec, languages: { enabled: ['en'], default: 'en' } })).toEqual([
      'languages.enabled: A store in Quebec must offer French (Charter of the French Language)',
    ])
  })

  it('refuses a store with no tax rates for its province', () => {
    const config = readDefaultConfig()
    const { ON: _ontario, ...others } = config.taxes
    expect(problemsOf({ ...config, taxes: others })).toEqual([
      "taxes.ON: Give the tax rates for the store's province",
    ])
  })

  it('refuses two fees for the same brand and situation', () => {
    const config = readDefaultConfig()
    expect(problemsOf({ ...config, fees: [...config.fees, config.fees[0]] })[0]).toMatch(
      /^fees\.\d+: Two fees for/,
    )
  })

  it('refuses a fee in dollars instead of integer cents', () => {
    const config = readDefaultConfig()
    const fees = config.fees.map((fee, i) => (i === 0 ? { ...fee, amountCents: 15.5 } : fee))
    expect(problemsOf({ ...config, fees })[0]).toMatch(/^fees\.0\.amountCents:/)
  })

  it('keeps unknown fees as null, never zero', () => {
    const unknown = readDefaultConfig().fees.filter((fee) => fee.brand === 'bell')
    expect(unknown.every((fee) => fee.amountCents === null)).toBe(true)
  })
})
