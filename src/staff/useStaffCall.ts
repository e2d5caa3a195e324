import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { KioskError, KioskResult } from '@shared/result'
import { useStaffStore } from '@/stores/staff'

/**
 * Staff-only calls from the panel. When main says the staff session is over ('staff-only': it timed
 * out, or the kiosk restarted), the screen leaves staff mode too instead of showing a broken panel.
 */
export function useStaffCall() {
  const { t, te } = useI18n()
  const staff = useStaffStore()
  const router = useRouter()

  async function call<T>(request: () => Promise<KioskResult<T>>): Promise<KioskResult<T>> {
    const result = await request()
    if (!result.ok && result.error.code === 'staff-only') {
      staff.leave()
      await router.replace({ name: 'welcome' })
    }
    return result
  }

  /** The error in staff's words; an unexpected one with its technical message. */
  function describe(error: KioskError): string {
    const key = `staff.errors.${error.code}`
    return te(key) ? t(key) : t('staff.errors.other', { message: error.message })
  }

  return { call, describe }
}
