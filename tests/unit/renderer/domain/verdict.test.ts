import { describe, expect, it } from 'vitest'
import { BRAND_IDS, SITUATION_IDS } from '@shared/ids'
import type { MissingItemCode } from '@shared/journey'
import {
  ACCOUNT_ROLES,
  initialAnswers,
  type AccountRole,
  type Answers,
  type DeviceCheck,
} from '@/domain/answers'
import { computeVerdict } from '@/domain/verdict'
import type { IdDocumentId } from '@/content/id-documents'
import { readDefaultConfig } from '../../../support/store-configs'

const config = readDefaultConfig()

/** ID answers and what they leave to sort out (default rule: one photo ID, name must match). */
const ID_ANSWERS: {
  name: string
  documents: IdDocumentId[]
  nameMatches: Answers['idNameMatches']
  missing: MissingItemCode[]
}[] = [
  { name: 'a valid licence', documents: ['drivers-licence'], nameMatches: 'yes', missing: [] },
  {
    name: 'licence and passport',
    documents: ['drivers-licence', 'passport'],
    nameMatches: 'yes',
    missing: [],
  },
  {
    name: 'only a citizenship certificate',
    documents: ['citizenship-certificate'],
    nameMatches: null,
    missing: ['photo-id-citizenship-certificate'],
  },
  { name: 'only an expired ID', documents: ['expired-id'], nameMatches: null, missing: ['photo-id-expired'] },
  {
    name: 'only a health card',
    documents: ['health-card'],
    nameMatches: null,
    missing: ['photo-id-health-card'],
  },
  { name: 'nothing', documents: [], nameMatches: null, missing: ['photo-id'] },
  {
    name: 'a passport in another name',
    documents: ['passport'],
    nameMatches: 'no',
    missing: ['id-name-match'],
  },
  {
    name: 'a PR card, unsure of the name',
    documents: ['permanent-resident-card'],
    nameMatches: 'not-sure',
    missing: ['id-name-match'],
  },
  {
    name: 'certificate plus a status card',
    documents: ['citizenship-certificate', 'indian-status-card'],
    nameMatches: 'yes',
    missing: [],
  },
]

/** Every brand's default rule: the holder or an authorized user with full access (Rogers: Level 1). */
const ROLE_MISSING: Record<AccountRole, MissingItemCode[]> = {
  holder: [],
  'authorized-full': [],
  'authorized-limited': ['account-authority'],
  'not-on-account': ['account-authority'],
  'not-sure': ['account-authority-unsure'],
}

const DEVICE_ANSWERS: { name: string; checks: DeviceCheck[]; missing: MissingItemCode[] }[] = [
  { name: 'all ready', checks: ['with-you', 'charged', 'passcode', 'esim-capable', 'unlocked'], missing: [] },
  {
    name: 'not charged',
    checks: ['with-you', 'passcode', 'esim-capable', 'unlocked'],
    missing: ['device-charged'],
  },
  {
    name: 'nothing ticked',
    checks: [],
    missing: [
      'device-with-you',
      'device-charged',
      'device-passcode',
      'device-esim-capable',
      'device-unlocked',
    ],
  },
]

function answersFor(partial: Partial<Answers>): Answers {
  return { ...initialAnswers(), accountStanding: 'good', verification: 'pin', ...partial }
}

const cases = SITUATION_IDS.flatMap((situation) =>
  BRAND_IDS.flatMap((brand) =>
    ID_ANSWERS.flatMap((id) =>
      ACCOUNT_ROLES.flatMap((role) =>
        DEVICE_ANSWERS.map((device) => ({ situation, brand, id, role, device })),
      ),
    ),
  ),
)

describe('the verdict, for every situation × brand × ID answer × account role × device answer', () => {
  it(`covers ${cases.length} combinations`, () => {
    expect(cases.length).toBe(
      SITUATION_IDS.length * BRAND_IDS.length * ID_ANSWERS.length * 5 * DEVICE_ANSWERS.length,
    )
  })

  it.each(SITUATION_IDS)('situation %s', (situation) => {
    for (const { brand, id, role, device } of cases.filter((c) => c.situation === situation)) {
      const answers = answersFor({
        situation,
        brand,
        accountRole: role,
        idDocuments: id.documents,
        idNameMatches: id.nameMatches,
        deviceChecks: device.checks,
      })
      const verdict = computeVerdict(answers, config)
      const label = `${brand} / ${id.name} / ${role} / ${device.name}`
      if (!config.brandsServed.includes(brand)) {
        expect(verdict, label).toEqual({
          kind: 'not-here',
          missing: [],
          notHere: { reason: 'brand-not-served', brand },
        })
        continue
      }
      const missing = [...ROLE_MISSING[role], ...id.missing, ...device.missing]
      expect(verdict, label).toEqual({ kind: missing.length ? 'almost' : 'ready', missing, notHere: null })
    }
  })
})

describe('verdicts a customer meets', () => {
  it('is ready with a new phone, a served brand and a valid licence', () => {
    const answers = answersFor({
      situation: 'new-phone',
      brand: 'bell',
      accountRole: 'holder',
      idDocuments: ['drivers-licence'],
      idNameMatches: 'yes',
      deviceChecks: ['with-you', 'charged', 'passcode', 'esim-capable', 'unlocked'],
    })
    expect(computeVerdict(answers, config).kind).toBe('ready')
  })

  it('asks for the overdue balance to be paid', () => {
    const answers = answersFor({ brand: 'telus', accountRole: 'holder', accountStanding: 'overdue' })
    expect(computeVerdict(answers, config).missing).toEqual(['account-balance'])
  })

  it('sends a Freedom Mobile customer of an Ontario store that does not serve it to Freedom', () => {
    const verdict = computeVerdict(answersFor({ brand: 'freedom-mobile' }), config)
    expect(verdict.notHere).toEqual({ reason: 'brand-not-served', brand: 'freedom-mobile' })
  })

  it('asks for two photo IDs when the store requires two', () => {
    const strict = { ...config, idRules: { photoIdsRequired: 2, nameMustMatchAccount: false } }
    const answers = answersFor({ brand: 'bell', accountRole: 'holder', idDocuments: ['passport'] })
    expect(computeVerdict(answers, strict).missing).toEqual(['photo-id-count'])
  })
})
