import { kioskContract, type KioskCallName, type KioskHandlers } from '../../shared/contract'
import { fail, type KioskResult } from '../../shared/result'
import { describeConfigProblems } from '../../shared/store-config'
import type { Logger } from './logger'

/**
 * Runs one `window.kiosk` call: validates the input with the contract's schema, calls the handler,
 * and checks the value it returns. Shared by the Electron IPC wiring and the e2e harness, so both
 * refuse the same malformed calls. A refused call is logged by name and field paths, never payload.
 */
export async function dispatchKioskCall(
  handlers: KioskHandlers,
  name: string,
  rawInput: unknown,
  logger: Logger,
): Promise<KioskResult<unknown>> {
  if (!isKioskCallName(name)) {
    logger.log('warn', 'ipc-refused', { call: 'unknown', reason: 'unknown-call' })
    return fail('invalid-input', 'Unknown call')
  }
  const contract = kioskContract[name]
  const input = contract.input.safeParse(rawInput)
  if (!input.success) {
    const fields = input.error.issues.map((i) => i.path.join('.') || '(root)').join(',')
    logger.log('warn', 'ipc-refused', { call: name, reason: 'invalid-input', fields })
    // The reasons go back to the screen that sent the input (the staff settings form shows them), not to the log.
    return fail('invalid-input', `Invalid input for ${name}: ${fields}`, {
      problems: describeConfigProblems(input.error),
    })
  }
  try {
    // The handler map is indexed by the same name the input schema came from.
    const handler = handlers[name] as (input: unknown) => Promise<KioskResult<unknown>>
    const result = await handler(input.data)
    if (result.ok && !contract.output.safeParse(result.value).success) {
      logger.log('error', 'ipc-bad-output', { call: name })
      return fail('internal', `The kiosk produced an invalid answer for ${name}`)
    }
    return result
  } catch (error) {
    logger.log('error', 'ipc-handler-failed', { call: name, error: (error as Error).name ?? 'Error' })
    return fail('internal', `The kiosk could not complete ${name}`)
  }
}

function isKioskCallName(name: string): name is KioskCallName {
  return Object.hasOwn(kioskContract, name)
}
