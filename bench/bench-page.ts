import type { Page } from '@playwright/test'
import type { BenchWindow, JourneyStep, TapSample } from './in-page'

/**
 * The Node side of the in-page driver (in-page.ts, installed as an init script): each method is one
 * page.evaluate. Playwright serializes the callbacks, so each one reaches the driver by itself.
 */
export class BenchPage {
  constructor(readonly page: Page) {}

  targetCentre(step: JourneyStep): Promise<{ x: number; y: number }> {
    return this.page.evaluate((s) => {
      const driver = (window as BenchWindow).__bench
      if (!driver) throw new Error('The bench driver is not installed in this page')
      return driver.targetCentre(s)
    }, step)
  }

  armTap(): Promise<void> {
    return this.page.evaluate(() => {
      const driver = (window as BenchWindow).__bench
      if (!driver) throw new Error('The bench driver is not installed in this page')
      driver.armTap()
    })
  }

  tapSample(index: number): Promise<TapSample> {
    return this.page.evaluate((i) => {
      const driver = (window as BenchWindow).__bench
      if (!driver) throw new Error('The bench driver is not installed in this page')
      return driver.tapSample(i)
    }, index)
  }

  run(steps: readonly JourneyStep[]): Promise<void> {
    return this.page.evaluate((s) => {
      const driver = (window as BenchWindow).__bench
      if (!driver) throw new Error('The bench driver is not installed in this page')
      return driver.run(s)
    }, steps)
  }

  waitFor(selector: string): Promise<void> {
    return this.page.evaluate((s) => {
      const driver = (window as BenchWindow).__bench
      if (!driver) throw new Error('The bench driver is not installed in this page')
      return driver.waitFor(s)
    }, selector)
  }

  screen(): Promise<string | null> {
    return this.page.evaluate(() => (window as BenchWindow).__bench?.screen() ?? null)
  }

  has(selector: string): Promise<boolean> {
    return this.page.evaluate((s) => (window as BenchWindow).__bench?.has(s) ?? false, selector)
  }
}
