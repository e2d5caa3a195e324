import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createKioskRouter } from './router'
import { createKioskI18n } from './i18n'
import { useKioskStore } from './stores/kiosk'
import { useSessionStore } from './stores/session'
import './styles/base.css'

// Dropped files must never open in the kiosk window.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const session = useSessionStore(pinia)
const kioskStore = useKioskStore(pinia)
app.use(createKioskRouter({ answers: () => session.answers, config: () => kioskStore.config }))
app.use(createKioskI18n())
app.mount('#app')
