import type { MessageSchema } from './en'

const fr: MessageSchema = {
  language: { name: 'Français' },
  welcome: {
    title: 'Besoin d’une eSIM de remplacement?',
    touchToStart: 'Touchez pour commencer',
    chooseLanguage: 'Ou choisissez votre langue',
  },
  common: {
    loading: 'Un instant…',
    configError: 'Cette borne n’est pas prête. Veuillez demander à un membre du personnel.',
  },
}

export default fr
