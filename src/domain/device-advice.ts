import type { SituationId } from '@shared/id-lists'
import type { MissingItemCode } from '@shared/journey'
import { DEVICE_CHECKS, type DeviceCheck } from './answers'

/**
 * Which phone the device step is about. After a loss or theft the eSIM goes on the *new* phone:
 * the kiosk never asks for the lost one.
 */
export function phoneForSituation(situation: SituationId | null): 'new-phone' | 'their-phone' {
  return situation === 'lost-or-stolen' ? 'new-phone' : 'their-phone'
}

const MISSING_BY_CHECK: Record<DeviceCheck, MissingItemCode> = {
  'with-you': 'device-with-you',
  charged: 'device-charged',
  passcode: 'device-passcode',
  'esim-capable': 'device-esim-capable',
  unlocked: 'device-unlocked',
}

/** Every check the customer did not tick is something to sort out. */
export function missingForDevice(checked: readonly DeviceCheck[]): MissingItemCode[] {
  return DEVICE_CHECKS.filter((check) => !checked.includes(check)).map((check) => MISSING_BY_CHECK[check])
}
