import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import en from '@/locales/en'
import fr from '@/locales/fr'
import SlipView from '@/slip/SlipView.vue'
import type { SlipData } from '@shared/slip'
import { sampleSlipData } from '../../../support/sample-slip'

/** The slip with only vue-i18n installed: no Pinia, no router, no window.kiosk. */
async function renderSlip(data: SlipData) {
  const i18n = createI18n({
    legacy: false,
    locale: data.language,
    fallbackLocale: 'en',
    messages: { en, fr },
  })
  const wrapper = mount(SlipView, { props: { data }, global: { plugins: [i18n] } })
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return wrapper
}

describe('the slip', () => {
  it('shows the ticket, verdict, missing items, fee and QR in the customer’s language', async () => {
    const wrapper = await renderSlip(sampleSlipData())
    const text = wrapper.text()
    expect(wrapper.find('[data-slip-number]').text()).toContain('A-007')
    expect(text).toContain('Almost ready: 2 things to sort out')
    expect(text).toContain('Bring one valid government photo ID')
    expect(text).toContain('Charge the phone to at least 50%.')
    expect(text).toContain('$16.95')
    expect(wrapper.find('[data-slip-qr] svg').exists()).toBe(true)
    expect(wrapper.emitted('ready')).toHaveLength(1)
    expect(wrapper.find('[data-slip-language="fr"]').exists()).toBe(false)
  })

  it('in a Quebec store, prints French first, then the customer’s language', async () => {
    const quebec = sampleSlipData({ store: { ...sampleSlipData().store, province: 'QC' } })
    const wrapper = await renderSlip(quebec)
    const blocks = wrapper
      .findAll('[data-slip-language]')
      .map((block) => block.attributes('data-slip-language'))
    expect(blocks).toEqual(['fr', 'en'])
    expect(wrapper.findAll('[data-slip-language]')[0]?.text()).toContain('Presque prêt')
  })

  it('says when staff assisted, with what they verified', async () => {
    const wrapper = await renderSlip(
      sampleSlipData({ assisted: { verifiedChecks: ['id-name-matches-account'] } }),
    )
    expect(wrapper.text()).toContain('Assisted by staff')
    expect(wrapper.text()).toContain('ID name matches the account')
  })

  it('is ready at once when there is no help page to draw', async () => {
    const wrapper = await renderSlip(sampleSlipData({ helpUrl: null, brand: null }))
    expect(wrapper.find('[data-slip-qr]').exists()).toBe(false)
    expect(wrapper.emitted('ready')).toHaveLength(1)
  })

  it('names a test print as one', async () => {
    const wrapper = await renderSlip(sampleSlipData({ sample: true }))
    expect(wrapper.text()).toContain('TEST PRINT')
  })
})
