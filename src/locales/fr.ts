import type { MessageSchema } from './en'

const fr: MessageSchema = {
  language: { name: 'Français' },
  common: {
    loading: 'Un instant…',
    configError: 'Cette borne n’est pas prête. Veuillez vous adresser au personnel.',
    back: 'Retour',
    startOver: 'Recommencer',
    continue: 'Continuer',
    callStaff: 'Appeler le personnel',
    close: 'Fermer',
    yes: 'Oui',
    no: 'Non',
    notSure: 'Je ne sais pas',
    stepOf: 'Étape {current} sur {total}',
    progress: 'Progression',
  },
  callStaff: {
    title: 'On arrive pour vous aider',
    message:
      'Faites signe à un membre du personnel au comptoir, ou dites-lui que vous avez besoin d’aide avec la borne.',
  },
  idle: {
    title: 'Êtes-vous toujours là?',
    message:
      'Pour protéger vos renseignements, cette session va se terminer et vos réponses seront effacées.',
    countdown: 'Fin dans {count} seconde | Fin dans {count} secondes',
    moreTime: 'J’ai besoin de plus de temps',
    announcement:
      'Votre session va bientôt se terminer. Touchez « J’ai besoin de plus de temps » pour continuer.',
  },
  welcome: {
    title: 'Besoin d’une eSIM de remplacement?',
    touchToStart: 'Touchez pour commencer',
    chooseLanguage: 'Ou choisissez votre langue',
    intro:
      'Préparez-vous pour le comptoir en quelques minutes : pièce d’identité, compte, téléphone et votre place dans la file.',
  },
  languageStep: { question: 'Quelle langue préférez-vous?' },
  situation: {
    question: 'Qu’est-il arrivé à votre téléphone?',
    options: {
      'lost-or-stolen': 'Mon téléphone a été perdu ou volé',
      'new-phone': 'J’ai un nouveau téléphone',
      damaged: 'Mon téléphone est endommagé ou ne fonctionne plus',
      'esim-deleted': 'Mon eSIM a été supprimée ou mon téléphone a été réinitialisé',
      'not-sure': 'Je ne sais pas',
    },
    lostAdvice: {
      title: 'D’abord, protégez votre ligne',
      suspend:
        'Si ce n’est pas déjà fait, demandez à votre fournisseur de suspendre votre ligne pour que personne d’autre n’utilise votre numéro. Le personnel peut vous aider.',
      newPhone:
        'Votre eSIM ira sur votre nouveau téléphone ou votre téléphone de remplacement. Vous n’avez pas besoin du téléphone perdu : apportez seulement celui qui recevra l’eSIM.',
    },
  },
  carrier: {
    question: 'Quel est votre fournisseur de services mobiles?',
    notListed: 'Mon fournisseur n’est pas dans la liste',
    otherQuestion: 'Chez quel fournisseur est votre numéro?',
  },
  account: {
    roleQuestion: 'Quel est votre rôle dans le compte?',
    roles: {
      holder: 'Je suis le titulaire du compte',
      'authorized-full': 'Je suis un utilisateur autorisé avec accès complet',
      'authorized-limited': 'Je suis un utilisateur autorisé avec accès limité',
      'not-on-account': 'Je ne fais pas partie du compte',
      'not-sure': 'Je ne sais pas',
    },
    rogersLevelHint: 'Chez Rogers, l’accès complet correspond au niveau 1 d’utilisateur autorisé.',
    standingQuestion: 'Le compte est-il payé, sans solde en souffrance?',
    standing: {
      good: 'Oui, il est payé',
      overdue: 'Non, il y a un solde en souffrance',
      'not-sure': 'Je ne sais pas',
    },
    verificationQuestion: 'Comment pouvez-vous prouver que c’est votre compte?',
    verification: {
      pin: 'Je connais le NIP ou le mot de passe du compte',
      code: 'Je peux recevoir un code de vérification sur un autre appareil ou par courriel',
      neither: 'Ni l’un ni l’autre',
    },
    lostPhoneCodeHint:
      'Un code envoyé à votre téléphone perdu ne vous parviendra pas. Votre pièce d’identité avec photo, en magasin, suffit.',
  },
  id: {
    documentsQuestion: 'Lesquelles de ces pièces avez-vous avec vous?',
    documentsHint: 'Choisissez toutes celles qui s’appliquent, puis continuez.',
    acceptedHeading: 'Pièces d’identité avec photo acceptées',
    notAcceptedHeading: 'Non acceptées comme pièce d’identité avec photo',
    none: 'Aucune de ces pièces',
    documents: {
      'drivers-licence': 'Permis de conduire',
      passport: 'Passeport',
      'provincial-photo-card': 'Carte d’identité provinciale avec photo',
      'permanent-resident-card': 'Carte de résident permanent',
      'indian-status-card': 'Certificat sécurisé de statut d’Indien',
      'other-government-photo-id': 'Autre pièce d’identité gouvernementale avec photo',
      'citizenship-certificate': 'Certificat de citoyenneté',
      'expired-id': 'Une pièce d’identité expirée',
      'health-card': 'Carte d’assurance maladie',
    },
    whyNot: {
      'citizenship-certificate': 'Il n’a pas de photo.',
      'expired-id': 'La pièce doit être valide et à jour.',
      'health-card': 'Elle ne peut pas servir de pièce d’identité ici.',
    },
    nameQuestion: 'Le nom sur votre pièce d’identité est-il le même que celui du compte?',
  },
  device: {
    question: 'Le téléphone qui recevra l’eSIM est-il prêt?',
    questionLost: 'Votre nouveau téléphone est-il prêt pour l’eSIM?',
    hint: 'Touchez chaque énoncé qui est vrai.',
    checks: {
      'with-you': 'Il est ici avec moi',
      charged: 'Il est chargé (au moins 50 %)',
      passcode: 'Je connais son code de déverrouillage',
      'esim-capable': 'Il est compatible eSIM',
      unlocked: 'Il est déverrouillé, ou vient de mon fournisseur',
    },
    esimHow: 'Vous ne savez pas? Composez *#06# : si un numéro « EID » s’affiche, il est compatible eSIM.',
    backup: 'Conseil : sauvegardez votre téléphone avant de passer au comptoir.',
  },
  appointment: {
    question: 'Comment voulez-vous être servi?',
    walkIn: 'Prendre un numéro sans rendez-vous',
    haveAppointment: 'J’ai un rendez-vous',
    later: 'Revenir plus tard — réserver une heure',
    laterFirst: 'Vous avez quelque chose à régler d’abord. Prendre rendez-vous peut vous éviter d’attendre.',
    tryAgain: 'Réessayer',
    otherWays: 'Choisir une autre option',
    referenceLabel: 'Votre référence de réservation',
    checkIn: 'Confirmer mon arrivée',
    dayLabel: 'Jour',
    noSlots: 'Plus aucune heure libre ce jour-là. Essayez un autre jour.',
    nameLabel: 'Prénom ou initiales (facultatif)',
    nameHint: 'Pour que le personnel puisse vous accueillir. Il est effacé après votre rendez-vous.',
    confirmBooking: 'Réserver cette heure',
    otherTime: 'Choisir une autre heure',
  },
  keyboard: { label: 'Clavier à l’écran', space: 'Espace', backspace: 'Effacer' },
  visitErrors: {
    'slot-not-offered':
      'Le magasin ne prend pas de rendez-vous à cette heure. Veuillez en choisir une autre.',
    'date-in-past': 'Cette journée est passée. Veuillez en choisir une autre.',
    'date-not-offered': 'Le magasin ne prend pas de rendez-vous ce jour-là. Veuillez en choisir un autre.',
    'booking-not-today':
      'Ce rendez-vous n’est pas aujourd’hui. Revenez le jour prévu ou adressez-vous au personnel.',
    'booking-ambiguous':
      'Plus d’un rendez-vous correspond. Entrez votre référence ou adressez-vous au personnel.',
    'queue-full':
      'La file d’attente est pleine pour aujourd’hui. Prenez rendez-vous ou adressez-vous au personnel.',
    'slot-full': 'Cette heure vient d’être prise. Veuillez en choisir une autre.',
    'slot-in-past': 'Cette heure est passée. Veuillez en choisir une autre.',
    'not-found':
      'Nous n’avons pas trouvé cette réservation. Vérifiez la référence ou adressez-vous au personnel.',
    'storage-failed': 'La borne n’a pas pu enregistrer. Veuillez vous adresser au personnel.',
    unavailable: 'Ce service n’est pas disponible pour le moment. Veuillez vous adresser au personnel.',
  },
  taxes: { GST: 'TPS', HST: 'TVH', PST: 'TVP', QST: 'TVQ', RST: 'TVD' },
  fees: {
    title: 'Ce que cela coûtera probablement',
    fee: 'Frais',
    total: 'Total',
    askStaff: 'Demandez au personnel : nous n’avons pas de prix confirmé pour ce service.',
    verifiedOn: 'Prix vérifié pour la dernière fois le {date}.',
    underReview: 'Ces frais sont en cours d’examen et pourraient changer.',
    staffConfirm: 'Le personnel confirmera le prix avant que vous payiez.',
  },
  summary: {
    title: 'Votre résumé',
    fine: 'Prêt',
    missingHeading: 'À régler',
    yourVisit: 'Votre visite',
    fee: 'Coût estimé',
    print: 'Imprimer mon reçu',
    finish: 'Terminer',
    goInstead: 'Rendez-vous plutôt chez {brand}.',
    support: 'Soutien : {address}',
    areas: { account: 'Compte', id: 'Pièce d’identité', device: 'Téléphone' },
    okMark: 'OK',
    missingMark: 'À faire',
  },
  verdict: {
    ready: { title: 'Vous êtes prêt pour le comptoir' },
    almost: { title: 'Presque prêt : {count} élément à régler | Presque prêt : {count} éléments à régler' },
    'not-here': { title: 'Ce service n’est pas offert ici' },
  },
  notHere: {
    'brand-not-served':
      'Seul le fournisseur qui détient votre numéro peut vous donner une nouvelle eSIM. Ce magasin ne sert pas {brand}. Transférer votre numéro chez un autre fournisseur est une démarche différente.',
  },
  missing: {
    'photo-id':
      'Apportez une pièce d’identité gouvernementale valide avec photo, comme un permis de conduire ou un passeport.',
    'photo-id-expired':
      'Votre pièce d’identité ne doit pas être expirée. Apportez une pièce valide avec photo.',
    'photo-id-citizenship-certificate':
      'Un certificat de citoyenneté n’a pas de photo. Apportez aussi une pièce d’identité avec photo.',
    'photo-id-health-card':
      'La carte d’assurance maladie ne peut pas servir ici. Apportez une autre pièce avec photo.',
    'photo-id-count': 'Apportez {count} pièces d’identité gouvernementales valides avec photo.',
    'id-name-match':
      'Le nom sur votre pièce d’identité doit correspondre au compte. Venez avec le titulaire, ou faites d’abord corriger le nom.',
    'account-authority':
      'Seul le titulaire du compte, ou un utilisateur autorisé avec accès complet, peut changer une SIM. Venez avec le titulaire, ou demandez-lui de vous donner cet accès.',
    'account-authority-unsure':
      'Vérifiez votre rôle dans l’application de votre fournisseur ou auprès du titulaire avant de passer au comptoir.',
    'account-balance': 'Payez d’abord le solde en souffrance (en ligne, par téléphone ou au comptoir).',
    'device-with-you': 'Apportez le téléphone qui recevra l’eSIM.',
    'device-charged': 'Chargez le téléphone à au moins 50 %.',
    'device-passcode': 'Vous aurez besoin du code de déverrouillage du téléphone pour installer l’eSIM.',
    'device-esim-capable':
      'Vérifiez que le téléphone est compatible eSIM : composez *#06# et cherchez un EID.',
    'device-unlocked': 'Le téléphone doit être déverrouillé, ou venir de votre fournisseur.',
  },
  done: {
    title: 'Prenez votre reçu',
    ticket: 'Votre numéro',
    appointment: 'Votre rendez-vous',
    thanks: 'Merci. Un membre du personnel appellera votre numéro.',
    noSlip: 'Montrez cet écran à un membre du personnel.',
  },
  visit: {
    walkIn: 'Numéro sans rendez-vous {ticket}',
    wait: 'Environ {minutes} minute d’attente | Environ {minutes} minutes d’attente',
    noWait: 'Vous êtes le prochain dans la file.',
    appointment: 'Rendez-vous à {time}, référence {reference}',
    none: 'Pas encore de place dans la file',
  },
  brands: {
    bell: { name: 'Bell' },
    'virgin-plus': { name: 'Virgin Plus' },
    'lucky-mobile': { name: 'Lucky Mobile' },
    rogers: { name: 'Rogers' },
    fido: { name: 'Fido' },
    chatr: { name: 'chatr' },
    telus: { name: 'TELUS' },
    koodo: { name: 'Koodo' },
    'public-mobile': { name: 'Public Mobile' },
    'freedom-mobile': { name: 'Freedom Mobile' },
    videotron: { name: 'Vidéotron' },
    fizz: { name: 'Fizz' },
    sasktel: { name: 'SaskTel' },
    eastlink: { name: 'Eastlink' },
  },
}

export default fr
