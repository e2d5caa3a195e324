import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createKioskRouter } from './router'
import { createKioskI18n } from './i18n'
import { loadFirstScreenFaces } from './fonts/script-fonts'
import { useKioskStore } from './stores/kiosk'
import { useSessionStore } from './stores/session'
import { useStaffStore } from './stores/staff'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import './styles/base.css'
import './styles/fonts.css'
import './styles/language-names.css'
import './styles/accessibility.css'

// Dropped files must never open in the kiosk window.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())

const pinia = createPinia()
const kioskStore = useKioskStore(pinia)
// What the first screen waits for, asked for before the app is built, which takes a while on a cold
// start: the store's config and the first screen's fonts.
void kioskStore.whenLoaded()
void loadFirstScreenFaces()
const app = createApp(App)
app.use(pinia)
const session = useSessionStore(pinia)
const staff = useStaffStore(pinia)
app.use(
  createKioskRouter({
    answers: () => session.answers,
    config: () => kioskStore.config,
    staffActive: () => staff.active,
  }),
)
app.use(createKioskI18n())
app.mount('#app')
