import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { KIOSK_CALL_NAMES, type KioskCallName, type KioskInput } from '../../../electron/shared/contract'
import type { KioskResult } from '../../../electron/shared/result'
import type { StepId } from '../../../electron/shared/ids'
import { rendererHeaders, resolveRendererFile } from '../../../electron/main/renderer-files'
import { dispatchKioskCall } from '../../../electron/main/services/kiosk-dispatch'
import { createKioskServices, type KioskServices } from '../../../electron/main/services/kiosk-services'
import { createFileLogger, type Logger } from '../../../electron/main/services/logger'
import { CONFIG_FILE_NAME } from '../../../electron/main/services/config-service'
import { TestClock } from '../../support/test-clock'
import { clearPageStorage } from './page-storage'
import { DEFAULT_CONFIG_PATH, RENDERER_DIR, SAMPLE_CONFIGS } from './paths'
import { HarnessTimers } from './harness-timers'
import {
  createFailingPrinter,
  createPdfPrinter,
  createSilentPrinter,
  HARNESS_PRINTER_NAME,
  type HarnessPrinter,
  type PrinterChoice,
} from './pdf-printer'

/** The renderer is served on this made-up origin; every other request is aborted (the kiosk is offline). */
export const HARNESS_HOST = 'kiosk.test'
export const HARNESS_ORIGIN = `http://${HARNESS_HOST}`

export type StoreConfigChoice = 'default' | keyof typeof SAMPLE_CONFIGS

export interface OpenOptions {
  /** Where the page's and the services' clocks start. */
  time?: string
  /**
   * A page of the caller's own, opened instead of the kiosk's in the same window (same preload, routes,
   * headers and clock): the bench's baseline. It must show `[data-step="welcome"]`.
   */
  otherPage?: { path: string; html: string }
  /**
   * 'welcome' (default): returns once the welcome screen is shown. 'commit': returns as soon as the
   * navigation has begun, without polling the page (the bench's start measure times the page alone).
   */
  waitFor?: 'welcome' | 'commit'
}

/**
 * The kiosk as the e2e suite sees it: the built renderer in Chromium, with `window.kiosk` answered by
 * the same services and dispatcher the Electron main process uses, a fresh data folder per test and
 * a clock the test moves. Only the Electron window around it is missing.
 */
export class KioskHarness {
  readonly clock = new TestClock()
  /** The services' timers (the print timeout): `advance` moves them with the clocks. */
  readonly timers = new HarnessTimers()
  private readonly printer: HarnessPrinter | null
  readonly dataDir: string
  readonly logDir: string
  private currentServices: KioskServices | null = null
  private readonly logger: Logger

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
    private readonly storeConfig: StoreConfigChoice,
    private readonly printerChoice: PrinterChoice = 'none',
  ) {
    this.printer = this.makePrinter()
    this.dataDir = testInfo.outputPath('kiosk-data')
    this.logDir = join(this.dataDir, 'logs')
    this.logger = createFileLogger(this.logDir, this.clock)
  }

  get services(): KioskServices {
    if (!this.currentServices) throw new Error('Call kiosk.open() first')
    return this.currentServices
  }

  /** Starts the services (as the main process does at launch) and loads the welcome screen. */
  async open(options: OpenOptions = {}): Promise<void> {
    if (options.time) this.clock.set(options.time)
    mkdirSync(this.dataDir, { recursive: true })
    const sample = this.storeConfig === 'default' ? null : SAMPLE_CONFIGS[this.storeConfig]
    if (sample && !existsSync(join(this.dataDir, CONFIG_FILE_NAME))) {
      copyFileSync(sample, join(this.dataDir, CONFIG_FILE_NAME))
    }
    if (this.printer) this.configurePrinter(sample ?? DEFAULT_CONFIG_PATH)
    await this.startServices()
    await this.serveRenderer()
    if (options.otherPage) await this.serveOtherPage(options.otherPage)
    await this.exposeKioskApi()
    await this.page.clock.install({ time: this.clock.now() })
    const url = `${HARNESS_ORIGIN}/${options.otherPage?.path ?? 'index.html#/'}`
    if (options.waitFor === 'commit') {
      await this.page.goto(url, { waitUntil: 'commit' })
      return
    }
    await this.page.goto(url)
    await this.page.locator('[data-step="welcome"]').waitFor()
  }

  /** Stops and starts the services on the same data folder, as a restart of the kiosk would. */
  async restartServices(): Promise<void> {
    await this.startServices()
  }

  /** Moves both clocks: the page's timers fire, and the services see the new time. */
  async advance(ms: number): Promise<void> {
    this.clock.advance(ms)
    this.timers.advance(ms)
    await this.page.clock.runFor(ms)
  }

  /** Calls the services directly, the way the main process would for the renderer. */
  async call<K extends KioskCallName>(name: K, input?: KioskInput<K>): Promise<KioskResult<unknown>> {
    return dispatchKioskCall(this.services.handlers, name, input, this.logger)
  }

  /** The PDF files the harness printer made, oldest first. */
  printedSlips(): string[] {
    return this.printer?.printed.map((slip) => slip.path) ?? []
  }

  step(id: StepId) {
    return this.page.locator(`[data-step="${id}"]`)
  }

  /** Saves a screenshot in the test's output folder and attaches it to the report. */
  async screenshot(name: string): Promise<string> {
    const path = this.testInfo.outputPath(`${name}.png`)
    await this.page.screenshot({ path, fullPage: false })
    await this.testInfo.attach(name, { path, contentType: 'image/png' })
    return path
  }

  private async startServices(): Promise<void> {
    this.currentServices = await createKioskServices({
      dataDir: this.dataDir,
      defaultConfigPath: DEFAULT_CONFIG_PATH,
      clock: this.clock,
      logger: this.logger,
      printer: this.printer ?? undefined,
      wait: this.timers.wait,
      clearSessionData: () => clearPageStorage(this.page),
    })
  }

  private makePrinter(): HarnessPrinter | null {
    switch (this.printerChoice) {
      case 'none':
        return null
      case 'fails':
        return createFailingPrinter()
      case 'never-answers':
        return createSilentPrinter()
      case 'pdf':
        return createPdfPrinter({
          context: this.page.context(),
          serve: (page) => this.serveRenderer(page),
          origin: HARNESS_ORIGIN,
          outputPath: (name) => this.testInfo.outputPath(name),
        })
    }
  }

  /** A test that picks a printer gets it named in the store config, as staff would set it. */
  private configurePrinter(source: string): void {
    const path = join(this.dataDir, CONFIG_FILE_NAME)
    const config = JSON.parse(readFileSync(existsSync(path) ? path : source, 'utf8')) as {
      printer: { name: string | null }
    }
    config.printer.name = HARNESS_PRINTER_NAME
    writeFileSync(path, JSON.stringify(config, null, 2))
  }

  private async serveRenderer(page: Page = this.page): Promise<void> {
    await page.route('**/*', (route) => route.abort('blockedbyclient'))
    await page.route(`${HARNESS_ORIGIN}/**`, async (route) => {
      const file = resolveRendererFile(route.request().url(), RENDERER_DIR, HARNESS_HOST)
      if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' })
      return route.fulfill({ status: 200, headers: rendererHeaders(file), body: await readFile(file) })
    })
  }

  /** Registered after the renderer's route, so it answers first for its own path. */
  private async serveOtherPage({ path, html }: { path: string; html: string }): Promise<void> {
    await this.page.route(`${HARNESS_ORIGIN}/${path}`, (route) =>
      route.fulfill({ status: 200, headers: rendererHeaders(path), body: html }),
    )
  }

  private async exposeKioskApi(): Promise<void> {
    await this.page.exposeBinding('__kioskHarnessCall', (_source, name: string, input: unknown) =>
      dispatchKioskCall(this.services.handlers, name, input, this.logger),
    )
    await this.page.addInitScript((names: readonly string[]) => {
      const host = window as unknown as {
        __kioskHarnessCall: (name: string, input: unknown) => Promise<unknown>
      }
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {}
      for (const name of names) api[name] = (input?: unknown) => host.__kioskHarnessCall(name, input)
      // As the preload does (askEarly, electron/shared/ask-early.ts; an init script can import nothing):
      // the config is asked for before the page's scripts run.
      let earlyConfig: Promise<unknown> | null = host.__kioskHarnessCall('getConfig', undefined)
      earlyConfig.catch(() => undefined)
      api['getConfig'] = () => {
        const answer = earlyConfig ?? host.__kioskHarnessCall('getConfig', undefined)
        earlyConfig = null
        return answer
      }
      Object.defineProperty(window, 'kiosk', { value: Object.freeze(api), configurable: false })
    }, KIOSK_CALL_NAMES)
  }
}
