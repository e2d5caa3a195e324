import type { BrandId } from '@shared/id-lists'
import { sourced, type Provenance } from './provenance'

export type EsimSupport = 'yes' | 'likely' | 'unknown'

export interface Brand {
  id: BrandId
  /** The brand's own name: the same in every language (it is a trade name, not translated). */
  name: string
  owner: string
  network: string
  esim: EsimSupport
  /** The page the slip's QR code opens: the brand's eSIM or lost-phone help. */
  helpUrl: string
  /** Shown to a customer sent elsewhere: where that brand's support is. */
  supportAddress: string
  provenance: Provenance
}

/** The brands of carriers.md. Sub-brands are not independent carriers: the owner says whose they are. */
export const BRANDS: Record<BrandId, Brand> = {
  bell: {
    id: 'bell',
    name: 'Bell',
    owner: 'BCE',
    network: 'Bell',
    esim: 'yes',
    helpUrl: 'https://support.bell.ca',
    supportAddress: 'support.bell.ca',
    provenance: sourced('B3', 'B4'),
  },
  'virgin-plus': {
    id: 'virgin-plus',
    name: 'Virgin Plus',
    owner: 'Bell Mobility (a brand it operates)',
    network: 'Bell',
    esim: 'yes',
    helpUrl: 'https://vpc.ca/esim',
    supportAddress: 'vpc.ca/esim · 1-888-999-2321',
    provenance: sourced('V2', 'V3'),
  },
  'lucky-mobile': {
    id: 'lucky-mobile',
    name: 'Lucky Mobile',
    owner: 'Bell (prepaid brand)',
    network: 'Bell',
    esim: 'yes',
    helpUrl: 'https://luckymobile.ca/support/phone/returns-warranty-repairs',
    supportAddress: 'luckymobile.ca',
    provenance: sourced('L1'),
  },
  rogers: {
    id: 'rogers',
    name: 'Rogers',
    owner: 'Rogers',
    network: 'Rogers',
    esim: 'yes',
    helpUrl: 'https://rogers.com/support/cyber-security/fraud-scams/port-fraud-and-sim-swaps',
    supportAddress: 'rogers.com/support',
    provenance: sourced('R1', 'R4'),
  },
  fido: {
    id: 'fido',
    name: 'Fido',
    owner: 'Rogers',
    network: 'Rogers',
    esim: 'yes',
    helpUrl: 'https://fido.ca/support/mobility/setting-up-an-esim-card-on-your-device',
    supportAddress: 'fido.ca/support',
    provenance: sourced('F1', 'F3'),
  },
  chatr: {
    id: 'chatr',
    name: 'chatr',
    owner: 'Rogers (prepaid brand)',
    network: 'Rogers',
    esim: 'likely',
    helpUrl: 'https://chatrwireless.com/support/what-to-do-if-your-device-is-lost-or-stolen',
    supportAddress: 'chatrwireless.com/support',
    provenance: sourced('C1', 'APPLE2023'),
  },
  telus: {
    id: 'telus',
    name: 'TELUS',
    owner: 'TELUS',
    network: 'TELUS',
    esim: 'yes',
    helpUrl: 'https://telus.com/support',
    supportAddress: 'telus.com/support',
    provenance: sourced('G3'),
  },
  koodo: {
    id: 'koodo',
    name: 'Koodo',
    owner: 'TELUS',
    network: 'TELUS',
    esim: 'yes',
    helpUrl: 'https://koodomobile.com/en/help/koodo-sim-support',
    supportAddress: 'koodomobile.com/help',
    provenance: sourced('K2', 'K3'),
  },
  'public-mobile': {
    id: 'public-mobile',
    name: 'Public Mobile',
    owner: 'TELUS',
    network: 'TELUS',
    esim: 'likely',
    helpUrl: 'https://publicmobile.ca',
    supportAddress: 'publicmobile.ca',
    provenance: sourced('P2'),
  },
  'freedom-mobile': {
    id: 'freedom-mobile',
    name: 'Freedom Mobile',
    owner: 'Vidéotron (Québecor), since April 2023',
    network: 'Freedom Mobile',
    esim: 'yes',
    helpUrl: 'https://freedommobile.ca',
    supportAddress: 'freedommobile.ca',
    provenance: sourced('FR2', 'APPLE2023'),
  },
  videotron: {
    id: 'videotron',
    name: 'Vidéotron',
    owner: 'Québecor',
    network: 'Vidéotron (Quebec)',
    esim: 'unknown',
    helpUrl: 'https://videotron.com',
    supportAddress: 'videotron.com',
    provenance: sourced('VT1'),
  },
  fizz: {
    id: 'fizz',
    name: 'Fizz',
    owner: 'Vidéotron (all-digital brand, no call centre)',
    network: 'Vidéotron',
    esim: 'unknown',
    helpUrl: 'https://fizz.ca/en/solutions',
    supportAddress: 'fizz.ca (online only)',
    provenance: sourced('VT1'),
  },
  sasktel: {
    id: 'sasktel',
    name: 'SaskTel',
    owner: 'Saskatchewan Crown corporation',
    network: 'SaskTel',
    esim: 'unknown',
    helpUrl: 'https://sasktel.com',
    supportAddress: 'sasktel.com',
    provenance: sourced('HOUSE'),
  },
  eastlink: {
    id: 'eastlink',
    name: 'Eastlink',
    owner: 'Bragg family',
    network: 'Eastlink (Atlantic Canada)',
    esim: 'yes',
    helpUrl: 'https://eastlink.ca',
    supportAddress: 'eastlink.ca · 1-888-345-1111',
    provenance: sourced('E2', 'APPLE2023'),
  },
}

export function brandName(id: BrandId): string {
  return BRANDS[id].name
}
