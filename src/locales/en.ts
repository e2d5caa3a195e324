/** English is the schema every other locale is typed against. */
const en = {
  language: { name: 'English' },
  welcome: {
    title: 'Need a replacement eSIM?',
    touchToStart: 'Touch to start',
    chooseLanguage: 'Or choose your language',
  },
  common: {
    loading: 'One moment…',
    configError: 'This kiosk is not ready. Please ask a staff member.',
  },
}

export default en
export type MessageSchema = typeof en
