import { describe, expect, it } from 'vitest'
import {
  AMOUNT_PROBLEM,
  configFromForm,
  formFromConfig,
  newFeeRow,
  problemAt,
  type FeeForm,
  type SettingsForm,
} from '@/staff/settings-form'
import { checkSettings } from '@/staff/validate-settings'
import { BRAND_IDS, SITUATION_IDS } from '@shared/id-lists'
import { readDefaultConfig } from '../../../support/store-configs'

function feeAt(form: SettingsForm, index: number): FeeForm {
  const fee = form.fees[index]
  if (!fee) throw new Error(`The default config has no fee ${index}`)
  return fee
}

describe('the settings form', () => {
  it('gives back the same config when nothing is edited', () => {
    const config = readDefaultConfig()
    expect(configFromForm(formFromConfig(config))).toEqual({ config, problems: [] })
  })

  it('shows amounts in dollars and unknown fees as "ask staff"', () => {
    const form = formFromConfig(readDefaultConfig())
    const known = form.fees.find((fee) => !fee.askStaff)
    const unknown = form.fees.find((fee) => fee.askStaff)
    expect(known?.dollars).toMatch(/^\d+\.\d{2}$/)
    expect(unknown?.dollars).toBe('')
  })

  it('does not change the config it was made from', () => {
    const config = readDefaultConfig()
    const form = formFromConfig(config)
    form.config.store.name = 'Changed'
    form.config.brandsServed.pop()
    expect(config).toEqual(readDefaultConfig())
  })

  it('stores a typed amount as cents', () => {
    const form = formFromConfig(readDefaultConfig())
    const first = feeAt(form, 0)
    first.askStaff = false
    first.dollars = '19,99'
    expect(configFromForm(form).config.fees[0]?.amountCents).toBe(1999)
  })

  it('stores "ask staff" as null whatever was typed', () => {
    const form = formFromConfig(readDefaultConfig())
    feeAt(form, 0).askStaff = true
    feeAt(form, 0).dollars = '12.00'
    expect(configFromForm(form).config.fees[0]?.amountCents).toBeNull()
  })

  it('names the fee whose amount is not an amount', () => {
    const form = formFromConfig(readDefaultConfig())
    feeAt(form, 1).askStaff = false
    feeAt(form, 1).dollars = 'twelve'
    expect(configFromForm(form).problems).toEqual([{ path: 'fees.1.amountCents', message: AMOUNT_PROBLEM }])
  })

  it('adds a fee row for a brand and situation that have none', () => {
    const form = formFromConfig(readDefaultConfig())
    const row = newFeeRow(form, '2026-06-30', BRAND_IDS, SITUATION_IDS)
    expect(form.fees.some((fee) => fee.brand === row.brand && fee.situation === row.situation)).toBe(false)
    expect(row).toMatchObject({ askStaff: true, verifiedOn: '2026-06-30', status: 'verify' })
  })
})

describe('checkSettings', () => {
  it('accepts the shipped config', () => {
    const check = checkSettings(formFromConfig(readDefaultConfig()))
    expect(check.problems).toEqual([])
    expect(check.config).toEqual(readDefaultConfig())
  })

  it('names each field the schema refuses, and gives no config to save', () => {
    const form = formFromConfig(readDefaultConfig())
    form.config.store.name = ''
    form.config.brandsServed = []
    form.config.languages.enabled = ['en']
    form.config.languages.default = 'fr'
    const check = checkSettings(form)
    expect(check.config).toBeNull()
    expect(problemAt(check.problems, 'store.name')).toBeTruthy()
    expect(problemAt(check.problems, 'brandsServed')).toBeTruthy()
    expect(problemAt(check.problems, 'languages.default')).toMatch(/enabled languages/)
  })

  it('refuses an amount that is not one even though the schema would accept null', () => {
    const form = formFromConfig(readDefaultConfig())
    feeAt(form, 0).askStaff = false
    feeAt(form, 0).dollars = '-3'
    const check = checkSettings(form)
    expect(check.config).toBeNull()
    expect(problemAt(check.problems, 'fees.0.amountCents')).toBe(AMOUNT_PROBLEM)
  })

  it('refuses a fee without a source', () => {
    const form = formFromConfig(readDefaultConfig())
    feeAt(form, 0).source = ''
    expect(problemAt(checkSettings(form).problems, 'fees.0.source')).toBe('Say where the fee comes from')
  })
})
