import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createKioskRouter } from './router'
import { createKioskI18n } from './i18n'
import './styles/base.css'

// Dropped files must never open in the kiosk window.
for (const type of ['dragover', 'drop'] as const)
  window.addEventListener(type, (event) => event.preventDefault())

createApp(App).use(createPinia()).use(createKioskRouter()).use(createKioskI18n()).mount('#app')
