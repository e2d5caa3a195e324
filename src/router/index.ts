import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import WelcomeStep from '@/steps/WelcomeStep.vue'

export const routes: RouteRecordRaw[] = [{ path: '/', name: 'welcome', component: WelcomeStep }]

/** Hash history: the renderer is served from app://kiosk/index.html, with no server to rewrite paths. */
export function createKioskRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
