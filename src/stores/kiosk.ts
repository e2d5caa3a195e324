import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { StoreConfig } from '@shared/store-config'
import { kiosk, valueOf } from '@/services/kiosk'

/** The store's config as the main process gave it. Nothing here belongs to a customer. */
export const useKioskStore = defineStore('kiosk', () => {
  const config = shallowRef<StoreConfig | null>(null)
  const loadError = ref<string | null>(null)

  const ready = computed(() => config.value !== null)

  async function loadConfig(): Promise<void> {
    try {
      config.value = await valueOf(kiosk().getConfig())
      loadError.value = null
    } catch (error) {
      loadError.value = (error as Error).message
    }
  }

  let firstLoad: Promise<void> | null = null
  /** The first load, started once: main.ts starts it before the app mounts, App.vue waits for it. */
  function whenLoaded(): Promise<void> {
    firstLoad ??= loadConfig()
    return firstLoad
  }

  return { config, loadError, ready, loadConfig, whenLoaded }
})
