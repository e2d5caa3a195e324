import type { Page } from '@playwright/test'

/** Touch steps a customer takes, by the words on the screen (English unless a label is given). */
export class Customer {
  constructor(private readonly page: Page) {}

  async tap(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).tap()
  }

  async onScreen(screen: string): Promise<void> {
    await this.page.locator(`[data-screen="${screen}"]`).waitFor()
  }

  /** Welcome → language (English) → situation. */
  async startInEnglish(): Promise<void> {
    await this.tap('English')
    await this.onScreen('situation')
  }

  async account(
    role: string,
    standing = 'Yes, it’s paid up',
    verification = 'I know my account PIN or password',
  ) {
    await this.onScreen('account-role')
    await this.tap(role)
    await this.onScreen('account-standing')
    await this.tap(standing)
    await this.onScreen('account-verification')
    await this.tap(verification)
  }

  async ids(documents: (string | RegExp)[], nameMatches: 'Yes' | 'No' | null = 'Yes') {
    await this.onScreen('id-documents')
    for (const document of documents) await this.tap(document)
    await this.tap(documents.length ? 'Continue' : 'None of these')
    if (nameMatches) {
      await this.onScreen('id-name')
      await this.tap(nameMatches)
    }
  }

  /**
   * The common way in, in English: a situation with no extra screen, a brand, the account holder in good
   * standing, the given ID, every device check; ends on the appointment step.
   */
  async toAppointment(
    situation: string,
    brand: string,
    documents: (string | RegExp)[],
    nameMatches: 'Yes' | 'No' | null = 'Yes',
  ) {
    await this.startInEnglish()
    await this.tap(situation)
    await this.tap(brand)
    await this.account('I am the account holder')
    await this.ids(documents, nameMatches)
    await this.device(ALL_DEVICE_CHECKS)
    await this.onScreen('appointment')
  }

  /** On the appointment step: joins the walk-in line and goes on to the fees. */
  async walkIn() {
    await this.onScreen('appointment')
    await this.tap('Join the walk-in line')
    await this.page.locator('[data-ticket]').waitFor()
    await this.tap('Continue')
  }

  async device(checks: readonly (string | RegExp)[]) {
    await this.onScreen('device')
    for (const check of checks) await this.tap(check)
    await this.tap('Continue')
  }
}

export const ALL_DEVICE_CHECKS = [
  'It’s here with me',
  'It’s charged (at least 50%)',
  'I know its passcode',
  /^It supports eSIM/,
  'It’s unlocked, or from my carrier',
] as const
