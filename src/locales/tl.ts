import type { CustomerMessages } from './schema'

/**
 * Tagalog (Filipino), polite "ninyo", with the English words Filipinos in Canada use every day for
 * phone and account terms (account, ID, passcode, PIN).
 */
const tl = {
  language: { name: 'Tagalog' },
  common: {
    loading: 'Sandali lang po…',
    configError: 'Hindi pa handa ang kiosk na ito. Pakitanong po ang isang staff.',
    back: 'Bumalik',
    startOver: 'Magsimula ulit',
    continue: 'Magpatuloy',
    callStaff: 'Tumawag ng staff',
    close: 'Isara',
    yes: 'Oo',
    no: 'Hindi',
    notSure: 'Hindi ako sigurado',
    stepOf: 'Hakbang {current} sa {total}',
    progress: 'Progreso',
  },
  callStaff: {
    title: 'May darating para tumulong',
    message:
      'Kumaway po sa isang staff sa counter, o sabihin sa kanila na kailangan ninyo ng tulong sa kiosk.',
  },
  idle: {
    title: 'Nandiyan pa po ba kayo?',
    message: 'Para sa inyong privacy, matatapos na ang session na ito at buburahin ang inyong mga sagot.',
    countdown: 'Matatapos sa loob ng {count} segundo | Matatapos sa loob ng {count} segundo',
    moreTime: 'Kailangan ko pa ng oras',
    announcement:
      'Malapit nang matapos ang inyong session. Pindutin ang “Kailangan ko pa ng oras” para magpatuloy.',
  },
  welcome: {
    title: 'Kailangan ng kapalit na eSIM?',
    touchToStart: 'Pindutin para magsimula',
    chooseLanguage: 'O piliin ang inyong wika',
    intro:
      'Maghanda para sa counter sa loob ng ilang minuto: ID, account, phone, at ang inyong puwesto sa pila.',
  },
  languageStep: { question: 'Anong wika ang gusto ninyo?' },
  accessibility: {
    label: 'Accessibility',
    textSize: 'Laki ng teksto: {size}',
    textSizes: { normal: 'Karaniwan', large: 'Malaki', larger: 'Pinakamalaki' },
    highContrast: 'Mataas na contrast',
    readAloud: 'Basahin nang malakas',
    lower: 'Ibaba ang screen',
    noVoice:
      'Walang boses ang kiosk na ito para magbasa sa Tagalog. Puwedeng basahin ng isang staff ang screen kasama ninyo.',
  },
  situation: {
    question: 'Ano ang nangyari sa inyong phone?',
    options: {
      'lost-or-stolen': 'Nawala o nanakaw ang phone ko',
      'new-phone': 'May bago akong phone',
      damaged: 'Sira o hindi gumagana ang phone ko',
      'esim-deleted': 'Nabura ang eSIM ko o na-reset ang phone ko',
      'not-sure': 'Hindi ako sigurado',
    },
    lostAdvice: {
      title: 'Una, protektahan ang inyong linya',
      suspend:
        'Kung hindi pa ninyo nagagawa, ipa-suspend sa inyong carrier ang inyong linya, para walang ibang makagamit ng inyong numero. Puwede kayong tulungan ng staff dito.',
      newPhone:
        'Ilalagay ang inyong eSIM sa bago o kapalit na phone. Hindi ninyo kailangan ang nawalang phone: dalhin lang ang phone na lalagyan ng eSIM.',
    },
  },
  carrier: {
    question: 'Sino ang inyong mobile carrier?',
    notListed: 'Wala sa listahan ang carrier ko',
    otherQuestion: 'Saang carrier naka-account ang inyong numero?',
  },
  account: {
    roleQuestion: 'Ano ang papel ninyo sa account?',
    roles: {
      holder: 'Ako ang may-ari ng account',
      'authorized-full': 'Authorized user ako na may buong access',
      'authorized-limited': 'Authorized user ako na may limitadong access',
      'not-on-account': 'Hindi ako kasama sa account',
      'not-sure': 'Hindi ako sigurado',
    },
    rogersLevelHint: 'Sa Rogers, ang buong access ay ang tinatawag na Authorized Level 1.',
    standingQuestion: 'Bayad na ba ang account, walang overdue na balanse?',
    standing: {
      good: 'Oo, bayad na',
      overdue: 'Hindi, may overdue na balanse',
      'not-sure': 'Hindi ako sigurado',
    },
    verificationQuestion: 'Paano ninyo mapapatunayan na inyo ang account?',
    verification: {
      pin: 'Alam ko ang PIN o password ng account ko',
      code: 'Makakatanggap ako ng verification code sa ibang device o sa email',
      neither: 'Wala sa dalawa',
    },
    lostPhoneCodeHint:
      'Hindi ninyo matatanggap ang code na ipapadala sa nawalang phone. Ang inyong photo ID dito sa tindahan ang paraan ninyo.',
  },
  id: {
    documentsQuestion: 'Alin sa mga ito ang dala ninyo ngayon?',
    documentsHint: 'Piliin lahat ng dala ninyo, saka pindutin ang Magpatuloy.',
    acceptedHeading: 'Mga photo ID na tinatanggap namin',
    notAcceptedHeading: 'Hindi tinatanggap bilang photo ID',
    none: 'Wala sa mga ito',
    documents: {
      'drivers-licence': 'Driver’s licence',
      passport: 'Pasaporte',
      'provincial-photo-card': 'Provincial photo ID card',
      'permanent-resident-card': 'Permanent resident card (PR card)',
      'indian-status-card': 'Secure Certificate of Indian Status',
      'other-government-photo-id': 'Iba pang photo ID mula sa gobyerno',
      'citizenship-certificate': 'Citizenship certificate',
      'expired-id': 'ID na expired na',
      'health-card': 'Health card',
    },
    whyNot: {
      'citizenship-certificate': 'Wala itong litrato.',
      'expired-id': 'Dapat valid at hindi pa expired ang ID.',
      'health-card': 'Hindi ito puwedeng gamiting ID para dito.',
    },
    nameQuestion: 'Pareho ba ang pangalan sa inyong ID at ang pangalan sa account?',
  },
  device: {
    question: 'Handa na ba ang phone na lalagyan ng eSIM?',
    questionLost: 'Handa na ba ang bago ninyong phone para sa eSIM?',
    hint: 'Pindutin ang bawat isa na totoo.',
    checks: {
      'with-you': 'Dala ko ito ngayon',
      charged: 'May charge ito (hindi bababa sa 50%)',
      passcode: 'Alam ko ang passcode nito',
      'esim-capable': 'Sinusuportahan nito ang eSIM',
      unlocked: 'Naka-unlock ito, o galing sa carrier ko',
    },
    esimHow:
      'Hindi sigurado? I-dial ang *#06#. Kung may makita kayong numerong “EID”, sinusuportahan nito ang eSIM.',
    backup: 'Payo: i-back up ang inyong phone bago pumunta sa counter.',
  },
  appointment: {
    question: 'Paano ninyo gustong maasikaso?',
    walkIn: 'Pumila bilang walk-in',
    haveAppointment: 'May appointment ako',
    later: 'Bumalik mamaya: mag-book ng oras',
    laterFirst:
      'May ilang bagay pa kayong aayusin muna. Baka makatipid kayo sa paghihintay kung magbo-book kayo ng oras.',
    tryAgain: 'Subukan ulit',
    otherWays: 'Pumili ng ibang paraan',
    referenceLabel: 'Ang inyong booking reference',
    checkIn: 'Mag-check in',
    dayLabel: 'Araw',
    noSlots: 'Wala nang bakanteng oras sa araw na ito. Subukan ang ibang araw.',
    nameLabel: 'Pangalan o inisyal (hindi kailangan)',
    nameHint: 'Para mabati kayo ng staff. Buburahin ito pagkatapos ng inyong appointment.',
    confirmBooking: 'I-book ang oras na ito',
    otherTime: 'Pumili ng ibang oras',
    byTime: 'Wala sa akin ang booking reference ko — piliin ang oras ko',
    byReference: 'I-type na lang ang booking reference ko',
    timeQuestion: 'Anong oras ang appointment ninyo ngayong araw?',
    noTimes: 'Wala nang appointment na maiche-check in ngayong araw. Magtanong po sa staff.',
  },
  keyboard: { label: 'Keyboard sa screen', space: 'Espasyo', backspace: 'Burahin' },
  visitErrors: {
    'slot-not-offered': 'Hindi tumatanggap ng booking ang tindahan sa oras na iyan. Pumili po ng iba.',
    'date-in-past': 'Lumipas na ang araw na iyan. Pumili po ng iba.',
    'date-not-offered': 'Hindi tumatanggap ng booking ang tindahan sa araw na iyan. Pumili po ng iba.',
    'booking-not-today':
      'Hindi para sa araw na ito ang booking na iyan. Bumalik sa araw ng booking, o magtanong sa staff.',
    'booking-ambiguous':
      'Higit sa isang booking ang tugma. I-type ang inyong reference, o magtanong sa staff.',
    'queue-full': 'Puno na ang pila ng walk-in ngayong araw. Mag-book ng oras, o magtanong sa staff.',
    'slot-full': 'Napuno na ang oras na iyan. Pumili po ng iba.',
    'slot-in-past': 'Lumipas na ang oras na iyan. Pumili po ng iba.',
    'not-found': 'Hindi namin mahanap ang booking na iyan. Tingnan ang reference, o magtanong sa staff.',
    'storage-failed': 'Hindi ito na-save ng kiosk. Magtanong po sa staff.',
    unavailable: 'Hindi ito magagamit ngayon. Magtanong po sa staff.',
  },
  taxes: {
    GST: 'GST (federal na buwis)',
    HST: 'HST (pinagsamang buwis)',
    PST: 'PST (buwis ng probinsya)',
    QST: 'QST (buwis ng Quebec)',
    RST: 'RST (buwis ng probinsya)',
  },
  fees: {
    title: 'Ang malamang na halaga',
    fee: 'Bayad',
    total: 'Kabuuan',
    askStaff: 'Magtanong sa staff: wala pa kaming kumpirmadong presyo para dito.',
    verifiedOn: 'Huling sinuri ang presyo noong {date}.',
    underReview: 'Sinusuri pa ang bayad na ito at maaaring magbago.',
    staffConfirm: 'Kukumpirmahin ng staff ang presyo bago kayo magbayad.',
  },
  summary: {
    title: 'Ang inyong buod',
    fine: 'Handa na',
    missingHeading: 'Kailangang ayusin',
    yourVisit: 'Ang inyong pagbisita',
    fee: 'Tantiyang halaga',
    print: 'I-print ang slip ko',
    finish: 'Tapusin',
    goInstead: 'Pumunta na lang sa {brand}.',
    support: 'Suporta: {address}',
    areas: { account: 'Account', id: 'ID', device: 'Phone' },
    okMark: 'OK',
    missingMark: 'Aayusin',
  },
  verdict: {
    ready: { title: 'Handa na kayo para sa counter' },
    almost: {
      title: 'Halos handa na: {count} bagay na aayusin | Halos handa na: {count} bagay na aayusin',
    },
    'not-here': { title: 'Hindi ito magagawa dito' },
  },
  notHere: {
    'brand-not-served':
      'Ang carrier lang na may hawak ng inyong numero ang makapagbibigay ng bagong eSIM. Hindi nagseserbisyo ang tindahang ito sa {brand}. Ibang proseso ang paglipat ng numero sa ibang carrier.',
  },
  missing: {
    'photo-id': 'Magdala ng isang valid na photo ID mula sa gobyerno, gaya ng driver’s licence o pasaporte.',
    'photo-id-expired': 'Hindi dapat expired ang inyong ID. Magdala ng valid na photo ID.',
    'photo-id-citizenship-certificate':
      'Walang litrato ang citizenship certificate. Magdala rin ng photo ID.',
    'photo-id-health-card': 'Hindi puwedeng gamitin dito ang health card. Magdala ng ibang photo ID.',
    'photo-id-count': 'Magdala ng {count} valid na photo ID mula sa gobyerno.',
    'id-name-match':
      'Dapat tugma ang pangalan sa inyong ID sa pangalan sa account. Isama ang may-ari ng account, o ipa-update muna ang pangalan.',
    'account-authority':
      'Ang may-ari lang ng account, o authorized user na may buong access, ang puwedeng magpalit ng SIM. Isama ang may-ari ng account, o hilingin sa kanila na bigyan kayo ng ganoong access.',
    'account-authority-unsure':
      'Bago pumunta sa counter, alamin ang papel ninyo sa app ng inyong carrier o sa may-ari ng account.',
    'account-balance': 'Bayaran muna ang overdue na balanse (online, sa telepono, o sa counter).',
    'device-with-you': 'Dalhin ang phone na lalagyan ng eSIM.',
    'device-charged': 'I-charge ang phone nang hindi bababa sa 50%.',
    'device-passcode': 'Kakailanganin ninyo ang passcode ng phone para ma-set up ang eSIM.',
    'device-esim-capable': 'Tiyaking sinusuportahan ng phone ang eSIM: i-dial ang *#06# at hanapin ang EID.',
    'device-unlocked': 'Dapat naka-unlock ang phone, o galing sa inyong carrier.',
  },
  done: {
    title: 'Kunin ang inyong slip',
    ticket: 'Ang inyong numero',
    appointment: 'Ang inyong appointment',
    thanks: 'Salamat. Tatawagin ng staff ang inyong numero.',
    noSlip: 'Ipakita ang screen na ito sa isang staff.',
  },
  visit: {
    walkIn: 'Numero sa pila {ticket}',
    wait: 'Mga {minutes} minutong paghihintay | Mga {minutes} minutong paghihintay',
    noWait: 'Kayo na ang susunod sa pila.',
    appointment: 'Appointment sa {time}, reference {reference}',
    none: 'Wala pang puwesto sa pila',
  },
  slip: {
    title: 'Kapalit na eSIM: slip para sa counter',
    printedAt: 'Na-print noong {date}',
    ticket: 'Ang inyong numero',
    appointment: 'Ang inyong appointment',
    reference: 'Reference {reference}',
    wait: 'Mga {minutes} minutong paghihintay | Mga {minutes} minutong paghihintay',
    noVisit: 'Wala pang puwesto sa pila: magtanong sa counter.',
    toSortOut: 'Aayusin bago pumunta sa counter',
    nothingToSortOut: 'Walang kailangang ayusin.',
    fee: 'Tantiyang halaga',
    feeUnknown: 'Itanong sa staff ang presyo.',
    staffConfirm: 'Kinukumpirma ng staff ang presyo bago kayo magbayad.',
    underReview: 'Sinusuri pa ang bayad na ito at maaaring magbago.',
    qr: 'I-scan para sa tulong ng {brand} tungkol sa eSIM',
    assisted: 'Tinulungan ng staff',
    checks: {
      'id-name-matches-account': 'Tugma ang pangalan sa ID at sa account',
      'customer-has-authority': 'Puwedeng magpabago ang customer sa account',
      'phone-unlocked-and-charged': 'Naka-unlock at may charge ang phone',
    },
    showAtCounter: 'Ipakita ang slip na ito sa counter.',
    sample: 'TEST PRINT: hindi slip ng customer',
    print: 'I-print ang slip ko',
    printing: 'Nagpi-print…',
    printed: 'Kunin ang inyong slip sa printer.',
    failed: 'Hindi gumagana ang printer. Narito ang inyong slip: ipakita ang screen na ito sa isang staff.',
  },
  assisted: {
    verified: 'Tinulungan ng staff. Na-verify: {checks}',
    none: 'Tinulungan ng staff. Wala pang na-check bilang na-verify',
    checks: {
      'id-name-matches-account': 'tugma ang pangalan sa ID at sa account',
      'customer-has-authority': 'puwedeng magpalit ng SIM ang customer',
      'phone-unlocked-and-charged': 'naka-unlock at may charge ang phone',
    },
  },
} satisfies CustomerMessages

export default tl
