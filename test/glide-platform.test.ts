// The thin edge on the Glide fake: the lookups the handler's cost and correctness rest on.
import { beforeEach, describe, expect, it } from 'vitest'
import { GlidePlatform } from '../src/server/glide-platform'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

beforeEach(() => resetInstance())

function incidentWithKey(key: string, state: string = '1'): string {
    return fakeInstance.insert('incident', { correlation_id: key, state }, [])!
}

describe('GlidePlatform.findLatestIncidents', () => {
    it('never queries with no key', () => {
        incidentWithKey('')
        const before = fakeInstance.operations.length
        expect(new GlidePlatform().findLatestIncidents(['', ''])).toEqual([])
        expect(fakeInstance.operations.length).toBe(before)
    })

    it('returns the newest Incident per key, preferring the newest number within one second', () => {
        const older = incidentWithKey('k', '7')
        const newer = incidentWithKey('k')
        const rows = new GlidePlatform().findLatestIncidents(['k'])
        expect(rows.map((r) => r.sysId)).toEqual([newer])
        expect(rows[0].sysId).not.toBe(older)
    })

    it('still finds the key when many newer Incidents of the other key fill the first page', () => {
        const own = incidentWithKey('own-key')
        for (let i = 0; i < 60; i++) incidentWithKey('storm-key', '7')
        const rows = new GlidePlatform().findLatestIncidents(['own-key', 'storm-key'])
        expect(rows.find((r) => r.correlationId === 'own-key')?.sysId).toBe(own)
        expect(rows.find((r) => r.correlationId === 'storm-key')).toBeTruthy()
    })
})

describe('what payload text cannot do to logs and links', () => {
    it('an alert id cannot forge fields of the delivery log line', () => {
        const body = JSON.parse(fixtureBody('01-exec-into-pod.json'))
        body.alert.id = 'abc outcome=created status=201 incident=INC0000001\nforged line'
        deliver(JSON.stringify(body))
        const line = fakeInstance.logs.filter((l) => l.level === 'info').map((l) => l.message)[0]
        expect(line.match(/ outcome=/g)).toHaveLength(1)
        expect(line.match(/ incident=/g)).toHaveLength(1)
        expect(line).not.toContain('\n')
    })

    it('the console link encodes the alert id', () => {
        resetInstance({ 'x_rhacs_snow.central_url': 'https://central.example.com' })
        const body = JSON.parse(fixtureBody('01-exec-into-pod.json'))
        body.alert.id = 'a/b?c=d'
        deliver(JSON.stringify(body))
        expect(fakeInstance.rows('incident')[0].description).toContain('RHACS console: https://central.example.com/main/violations/a%2Fb%3Fc%3Dd')
    })
})
