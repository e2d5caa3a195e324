import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createKioskRouter } from './router'
import { createKioskI18n } from './i18n'
import { useKioskStore } from './stores/kiosk'
import { useSessionStore } from './stores/session'
import { useStaffStore } from './stores/staff'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles/base.css'
import './styles/fonts.css'
import './styles/accessibility.css'

// Dropped files must never open in the kiosk window.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const session = useSessionStore(pinia)
const kioskStore = useKioskStore(pinia)
const staff = useStaffStore(pinia)
app.use(
  createKioskRouter({
    answers: () => session.answers,
    config: () => kioskStore.config,
    staffActive: () => staff.active,
  }),
)
app.use(createKioskI18n())
// Ask for the store's config first, while the app mounts: the first screen waits for it.
void kioskStore.whenLoaded()
app.mount('#app')
