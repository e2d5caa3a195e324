import type { CustomerMessages } from './schema'

/** Spanish, neutral Latin American, addressing the customer as "usted". */
const es = {
  language: { name: 'Español' },
  common: {
    loading: 'Un momento…',
    configError: 'Este quiosco no está listo. Por favor, pida ayuda al personal.',
    back: 'Atrás',
    startOver: 'Empezar de nuevo',
    continue: 'Continuar',
    callStaff: 'Llamar al personal',
    close: 'Cerrar',
    yes: 'Sí',
    no: 'No',
    notSure: 'No estoy seguro',
    stepOf: 'Paso {current} de {total}',
    progress: 'Progreso',
  },
  callStaff: {
    title: 'Ya viene alguien a ayudarle',
    message:
      'Haga una seña a alguien del personal en el mostrador, o dígale que necesita ayuda con el quiosco.',
  },
  idle: {
    title: '¿Sigue ahí?',
    message: 'Para proteger su privacidad, esta sesión va a terminar y se borrarán sus respuestas.',
    countdown: 'Termina en {count} segundo | Termina en {count} segundos',
    moreTime: 'Necesito más tiempo',
    announcement: 'Su sesión está por terminar. Toque «Necesito más tiempo» para continuar.',
  },
  welcome: {
    title: '¿Necesita reemplazar su eSIM?',
    touchToStart: 'Toque para empezar',
    chooseLanguage: 'O elija su idioma',
    intro:
      'Prepárese para el mostrador en pocos minutos: identificación, cuenta, teléfono y su lugar en la fila.',
  },
  languageStep: { question: '¿Qué idioma prefiere?' },
  accessibility: {
    label: 'Accesibilidad',
    textSize: 'Tamaño del texto: {size}',
    textSizes: { normal: 'Normal', large: 'Grande', larger: 'Muy grande' },
    highContrast: 'Alto contraste',
    readAloud: 'Leer en voz alta',
    lower: 'Bajar la pantalla',
    noVoice:
      'Este quiosco no tiene una voz para leer en español. Alguien del personal puede leer la pantalla con usted.',
  },
  situation: {
    question: '¿Qué le pasó a su teléfono?',
    options: {
      'lost-or-stolen': 'Perdí mi teléfono o me lo robaron',
      'new-phone': 'Tengo un teléfono nuevo',
      damaged: 'Mi teléfono está dañado o no funciona',
      'esim-deleted': 'Se borró mi eSIM o se restableció mi teléfono',
      'not-sure': 'No estoy seguro',
    },
    lostAdvice: {
      title: 'Primero, proteja su línea',
      suspend:
        'Si todavía no lo ha hecho, pida a su compañía que suspenda su línea, para que nadie más use su número. El personal puede ayudarle a hacerlo.',
      newPhone:
        'Su eSIM irá en su teléfono nuevo o de reemplazo. No necesita el teléfono perdido: solo traiga el teléfono que va a recibir la eSIM.',
    },
  },
  carrier: {
    question: '¿Cuál es su compañía de telefonía móvil?',
    notListed: 'Mi compañía no está en la lista',
    otherQuestion: '¿Con qué compañía está su número?',
  },
  account: {
    roleQuestion: '¿Qué papel tiene usted en la cuenta?',
    roles: {
      holder: 'Soy el titular de la cuenta',
      'authorized-full': 'Soy un usuario autorizado con acceso completo',
      'authorized-limited': 'Soy un usuario autorizado con acceso limitado',
      'not-on-account': 'No estoy en la cuenta',
      'not-sure': 'No estoy seguro',
    },
    rogersLevelHint:
      'En Rogers, acceso completo quiere decir «Authorized Level 1» (usuario autorizado de nivel 1).',
    standingQuestion: '¿La cuenta está al día, sin saldo vencido?',
    standing: {
      good: 'Sí, está al día',
      overdue: 'No, hay un saldo vencido',
      'not-sure': 'No estoy seguro',
    },
    verificationQuestion: '¿Cómo puede demostrar que la cuenta es suya?',
    verification: {
      pin: 'Sé el PIN o la contraseña de mi cuenta',
      code: 'Puedo recibir un código de verificación en otro dispositivo o por correo electrónico',
      neither: 'Ninguna de las dos',
    },
    lostPhoneCodeHint:
      'Un código enviado a su teléfono perdido no le llegará. Su identificación con foto en la tienda es la forma de hacerlo.',
  },
  id: {
    documentsQuestion: '¿Cuáles de estos documentos tiene con usted?',
    documentsHint: 'Elija todos los que tenga y luego toque «Continuar».',
    acceptedHeading: 'Identificaciones con foto que aceptamos',
    notAcceptedHeading: 'No se aceptan como identificación con foto',
    none: 'Ninguno de estos',
    documents: {
      'drivers-licence': 'Licencia de conducir',
      passport: 'Pasaporte',
      'provincial-photo-card': 'Tarjeta de identidad provincial con foto',
      'permanent-resident-card': 'Tarjeta de residente permanente',
      'indian-status-card': 'Certificado de Estatus Indígena (Secure Certificate of Indian Status)',
      'other-government-photo-id': 'Otra identificación del gobierno con foto',
      'citizenship-certificate': 'Certificado de ciudadanía',
      'expired-id': 'Una identificación vencida',
      'health-card': 'Tarjeta de salud',
    },
    whyNot: {
      'citizenship-certificate': 'No tiene foto.',
      'expired-id': 'La identificación debe estar vigente.',
      'health-card': 'No se puede usar como identificación para este trámite.',
    },
    nameQuestion: '¿El nombre de su identificación es el mismo que el de la cuenta?',
  },
  device: {
    question: '¿Está listo el teléfono que va a recibir la eSIM?',
    questionLost: '¿Está listo su teléfono nuevo para la eSIM?',
    hint: 'Toque cada frase que sea cierta.',
    checks: {
      'with-you': 'Lo tengo aquí conmigo',
      charged: 'Tiene carga (al menos 50 %)',
      passcode: 'Sé su código de desbloqueo',
      'esim-capable': 'Es compatible con eSIM',
      unlocked: 'Está desbloqueado, o es de mi compañía',
    },
    esimHow: '¿No está seguro? Marque *#06#: si ve un número «EID», es compatible con eSIM.',
    backup: 'Consejo: haga una copia de seguridad de su teléfono antes de ir al mostrador.',
  },
  appointment: {
    question: '¿Cómo quiere que le atiendan?',
    walkIn: 'Hacer fila sin cita',
    haveAppointment: 'Tengo una cita',
    later: 'Volver más tarde: reservar una hora',
    laterFirst:
      'Primero tiene algunas cosas que resolver. Reservar una hora puede ahorrarle tiempo de espera.',
    tryAgain: 'Intentar de nuevo',
    otherWays: 'Elegir otra opción',
    referenceLabel: 'Su número de reserva',
    checkIn: 'Registrar mi llegada',
    dayLabel: 'Día',
    noSlots: 'No quedan horas este día. Pruebe otro día.',
    nameLabel: 'Nombre o iniciales (opcional)',
    nameHint: 'Para que el personal pueda saludarle. Se borra después de su cita.',
    confirmBooking: 'Reservar esta hora',
    otherTime: 'Elegir otra hora',
    byTime: 'No tengo mi número de reserva: elegir mi hora',
    byReference: 'Escribir mi número de reserva',
    timeQuestion: '¿A qué hora es su cita hoy?',
    noTimes: 'Ya no quedan citas por registrar hoy. Pregunte al personal.',
  },
  keyboard: { label: 'Teclado en pantalla', space: 'Espacio', backspace: 'Borrar' },
  visitErrors: {
    'slot-not-offered': 'La tienda no da citas a esa hora. Por favor, elija otra.',
    'date-in-past': 'Ese día ya pasó. Por favor, elija otro.',
    'date-not-offered': 'La tienda no da citas ese día. Por favor, elija otro.',
    'booking-not-today': 'Esa reserva no es para hoy. Vuelva el día de su cita, o pregunte al personal.',
    'booking-ambiguous':
      'Hay más de una reserva que coincide. Escriba su número de reserva, o pregunte al personal.',
    'queue-full': 'La fila sin cita está llena por hoy. Reserve una hora, o pregunte al personal.',
    'slot-full': 'Esa hora se acaba de llenar. Por favor, elija otra.',
    'slot-in-past': 'Esa hora ya pasó. Por favor, elija otra.',
    'not-found': 'No encontramos esa reserva. Revise el número, o pregunte al personal.',
    'storage-failed': 'El quiosco no pudo guardar esto. Por favor, pregunte al personal.',
    unavailable: 'Esto no está disponible en este momento. Por favor, pregunte al personal.',
  },
  taxes: {
    GST: 'GST (impuesto federal)',
    HST: 'HST (impuesto armonizado)',
    PST: 'PST (impuesto provincial)',
    QST: 'QST (impuesto de Quebec)',
    RST: 'RST (impuesto provincial)',
  },
  fees: {
    title: 'Lo que probablemente costará',
    fee: 'Cargo',
    total: 'Total',
    askStaff: 'Pregunte al personal: no tenemos un precio confirmado para esto.',
    verifiedOn: 'Precio revisado por última vez el {date}.',
    underReview: 'Este cargo está en revisión y puede cambiar.',
    staffConfirm: 'El personal le confirmará el precio antes de que pague.',
  },
  summary: {
    title: 'Su resumen',
    fine: 'Listo',
    missingHeading: 'Por resolver',
    yourVisit: 'Su visita',
    fee: 'Costo estimado',
    print: 'Imprimir mi comprobante',
    finish: 'Terminar',
    goInstead: 'Vaya a {brand}.',
    support: 'Atención al cliente: {address}',
    areas: { account: 'Cuenta', id: 'Identificación', device: 'Teléfono' },
    okMark: 'Bien',
    missingMark: 'Pendiente',
  },
  verdict: {
    ready: { title: 'Está listo para el mostrador' },
    almost: {
      title:
        'Casi listo: le falta {count} cosa por resolver | Casi listo: le faltan {count} cosas por resolver',
    },
    'not-here': { title: 'Esto no se puede hacer aquí' },
  },
  notHere: {
    'brand-not-served':
      'Solo la compañía que tiene su número puede darle una eSIM nueva. Esta tienda no atiende a clientes de {brand}. Cambiar su número a otra compañía es otro trámite.',
  },
  missing: {
    'photo-id':
      'Traiga una identificación del gobierno con foto y vigente, como una licencia de conducir o un pasaporte.',
    'photo-id-expired':
      'Su identificación no debe estar vencida. Traiga una identificación con foto vigente.',
    'photo-id-citizenship-certificate':
      'El certificado de ciudadanía no tiene foto. Traiga también una identificación con foto.',
    'photo-id-health-card': 'La tarjeta de salud no se puede usar aquí. Traiga otra identificación con foto.',
    'photo-id-count': 'Traiga {count} identificaciones del gobierno con foto y vigentes.',
    'id-name-match':
      'El nombre de su identificación debe coincidir con el de la cuenta. Venga con el titular de la cuenta, o actualice primero el nombre.',
    'account-authority':
      'Solo el titular de la cuenta, o un usuario autorizado con acceso completo, puede cambiar una SIM. Venga con el titular, o pídale que le dé ese acceso.',
    'account-authority-unsure':
      'Antes de ir al mostrador, verifique su papel en la aplicación de su compañía o con el titular de la cuenta.',
    'account-balance': 'Primero pague el saldo vencido (en línea, por teléfono o en el mostrador).',
    'device-with-you': 'Traiga el teléfono que va a recibir la eSIM.',
    'device-charged': 'Cargue el teléfono al menos al 50 %.',
    'device-passcode': 'Necesitará el código de desbloqueo del teléfono para configurar la eSIM.',
    'device-esim-capable': 'Verifique que el teléfono sea compatible con eSIM: marque *#06# y busque un EID.',
    'device-unlocked': 'El teléfono debe estar desbloqueado, o ser de su compañía.',
  },
  done: {
    title: 'Tome su comprobante',
    ticket: 'Su número',
    appointment: 'Su cita',
    thanks: 'Gracias. Alguien del personal llamará su número.',
    noSlip: 'Muestre esta pantalla a alguien del personal.',
  },
  visit: {
    walkIn: 'Número de fila {ticket}',
    wait: 'Espera de unos {minutes} minuto | Espera de unos {minutes} minutos',
    noWait: 'Usted es el siguiente en la fila.',
    appointment: 'Cita a las {time}, reserva {reference}',
    none: 'Todavía no tiene lugar en la fila',
  },
  slip: {
    title: 'Reemplazo de eSIM: comprobante para el mostrador',
    printedAt: 'Impreso el {date}',
    ticket: 'Su número',
    appointment: 'Su cita',
    reference: 'Reserva {reference}',
    wait: 'Espera de unos {minutes} minuto | Espera de unos {minutes} minutos',
    noVisit: 'Todavía no tiene lugar en la fila: pregunte en el mostrador.',
    toSortOut: 'Por resolver antes del mostrador',
    nothingToSortOut: 'Nada por resolver.',
    fee: 'Costo estimado',
    feeUnknown: 'Pregunte el precio al personal.',
    staffConfirm: 'El personal confirma el precio antes de que pague.',
    underReview: 'Este cargo está en revisión y puede cambiar.',
    qr: 'Escanee para ver la ayuda de {brand} sobre eSIM',
    assisted: 'Con ayuda del personal',
    checks: {
      'id-name-matches-account': 'El nombre de la identificación coincide con la cuenta',
      'customer-has-authority': 'El cliente puede hacer cambios en la cuenta',
      'phone-unlocked-and-charged': 'Teléfono desbloqueado y con carga',
    },
    showAtCounter: 'Muestre este comprobante en el mostrador.',
    sample: 'IMPRESIÓN DE PRUEBA: no es un comprobante de cliente',
    print: 'Imprimir mi comprobante',
    printing: 'Imprimiendo…',
    printed: 'Tome su comprobante de la impresora.',
    failed:
      'La impresora no funciona. Aquí está su comprobante: muestre esta pantalla a alguien del personal.',
  },
  assisted: {
    verified: 'Con ayuda del personal. Verificado: {checks}',
    none: 'Con ayuda del personal. Todavía no se ha marcado nada como verificado',
    checks: {
      'id-name-matches-account': 'el nombre de la identificación coincide con la cuenta',
      'customer-has-authority': 'el cliente puede cambiar la SIM',
      'phone-unlocked-and-charged': 'teléfono desbloqueado y con carga',
    },
  },
} satisfies CustomerMessages

export default es
