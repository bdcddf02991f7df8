// Logs help the admin and protect people; properties are read with defaults and checked.
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULTS, PROPERTY, readConfig } from '../src/server/app-properties'
import { urgencyImpactFor } from '../src/server/severity-mapping'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

const EXEC = fixtureBody('01-exec-into-pod.json')

describe('logging', () => {
    beforeEach(() => resetInstance())

    it('one info line per delivery with outcome, status, alert id and incident number', () => {
        deliver(EXEC)
        deliver('{"alert": ')
        const info = fakeInstance.logs.filter((l) => l.level === 'info').map((l) => l.message)
        expect(info).toHaveLength(2)
        expect(info[0]).toMatch(/^RHACS delivery: outcome=created status=201 alert=c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04 incident=INC\d{7} ms=\d+$/)
        expect(info[1]).toMatch(/^RHACS delivery: outcome=rejected status=400 alert=- incident=- ms=\d+$/)
    })

    it('no payload, username or command at info level unless debug is on', () => {
        deliver(EXEC)
        const text = fakeInstance.logs.map((l) => l.message).join('\n')
        for (const secret of ['zero-cool', '/bin/bash', 'ocp-admins', 'gibson-deployment', '{"alert"']) expect(text).not.toContain(secret)
    })

    it('debug logging shows payload details', () => {
        resetInstance({ [PROPERTY.debug]: 'true' })
        deliver(EXEC)
        const text = fakeInstance.logs.map((l) => l.message).join('\n')
        expect(text).toContain('user=zero-cool')
        expect(text).toContain('command=/bin/bash')
    })

    it('an unexpected failure becomes a 500 JSON answer and an error log, never an exception', () => {
        const original = fakeInstance.rows
        fakeInstance.rows = () => {
            throw new Error('database on fire')
        }
        try {
            const answer = deliver(EXEC)
            expect(answer.status).toBe(500)
            expect(answer.body.error).toBe('internal_error')
        } finally {
            fakeInstance.rows = original
        }
        expect(fakeInstance.logs.some((l) => l.level === 'error' && l.message.includes('database on fire'))).toBe(true)
    })

    it('after an unexpected failure the raw body is still recorded on a failed row', () => {
        const original = fakeInstance.rows.bind(fakeInstance)
        let broken = true
        fakeInstance.rows = (table: string) => {
            if (broken && table === 'incident') throw new Error('incident table unavailable')
            return original(table)
        }
        try {
            expect(deliver(EXEC).status).toBe(500)
        } finally {
            broken = false
            fakeInstance.rows = original
        }
        const rows = fakeInstance.rows('x_rhacs_snow_delivery')
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ outcome: 'failed', http_status: '500', raw_body: EXEC })
        expect(rows[0].detail).toContain('incident table unavailable')
    })
})

describe('properties', () => {
    it('defaults are the use case table and documented values', () => {
        const { config, warnings } = readConfig(() => null)
        expect(warnings).toEqual([])
        expect(urgencyImpactFor('CRITICAL_SEVERITY', config)).toEqual({ urgency: 1, impact: 1 })
        expect(urgencyImpactFor('HIGH_SEVERITY', config)).toEqual({ urgency: 1, impact: 2 })
        expect(urgencyImpactFor('MEDIUM_SEVERITY', config)).toEqual({ urgency: 2, impact: 2 })
        expect(urgencyImpactFor('LOW_SEVERITY', config)).toEqual({ urgency: 3, impact: 3 })
        expect(urgencyImpactFor('UNSET_SEVERITY', config)).toEqual({ urgency: 3, impact: 3 })
        expect(urgencyImpactFor('whatever', config)).toEqual({ urgency: 3, impact: 3 })
        expect(config).toMatchObject({ dedupMode: 'workload', closedAction: 'new', stormPolicyBudget: 10, stormGlobalBudget: 50, stormWindowMinutes: 10, retentionDays: 30, debug: false, testIncident: true })
    })

    it('accepts admin overrides in either 1/2 or 1,2 form', () => {
        const { config, warnings } = readConfig((n) => (n === PROPERTY.severityLow ? ' 2, 3 ' : n === PROPERTY.dedupMode ? 'alert' : null))
        expect(warnings).toEqual([])
        expect(config.severity.low).toEqual({ urgency: 2, impact: 3 })
        expect(config.dedupMode).toBe('alert')
    })

    it('an invalid value falls back to its default with exactly one warning naming it', () => {
        for (const [name, bad] of [
            [PROPERTY.severityCritical, '0/1'],
            [PROPERTY.severityMedium, '4/4'],
            [PROPERTY.dedupMode, 'banana'],
            [PROPERTY.closedAction, 'maybe'],
            [PROPERTY.debug, 'yes'],
            [PROPERTY.stormPolicyBudget, '-1'],
            [PROPERTY.stormWindowMinutes, '0'],
            [PROPERTY.retentionDays, '1e3'],
            [PROPERTY.centralUrl, 'javascript:alert(1)'],
            [PROPERTY.assignmentGroup, 'Service Desk'],
            [PROPERTY.caller, 'rhacs.integration'],
        ] as const) {
            const { config, warnings } = readConfig((n) => (n === name ? bad : null))
            expect(warnings).toHaveLength(1)
            expect(warnings[0]).toContain(name)
            expect(warnings[0]).toContain(DEFAULTS[name] === '' ? 'default ""' : DEFAULTS[name])
            expect(config).toEqual(readConfig(() => null).config)
        }
    })

    it('routes new Incidents to the configured assignment group and caller, and sets neither by default', () => {
        resetInstance()
        deliver(EXEC)
        expect(fakeInstance.rows('incident')[0]).not.toHaveProperty('assignment_group')
        expect(fakeInstance.rows('incident')[0]).not.toHaveProperty('caller_id')
        resetInstance({ [PROPERTY.assignmentGroup]: '0123456789abcdef0123456789abcdef', [PROPERTY.caller]: 'fedcba9876543210fedcba9876543210' })
        deliver(EXEC)
        deliver(fixtureBody('00-test-button.json'))
        for (const row of fakeInstance.rows('incident')) {
            expect(row.assignment_group).toBe('0123456789abcdef0123456789abcdef')
            expect(row.caller_id).toBe('fedcba9876543210fedcba9876543210')
        }
    })
})
