// The thin edge on the Glide fake: the lookups the handler's cost and correctness rest on.
import { beforeEach, describe, expect, it } from 'vitest'
import { GlidePlatform } from '../src/server/glide-platform'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

beforeEach(() => resetInstance())

/** An Incident that the problems table names as the current one for `key`. */
function incidentWithKey(key: string, state: string = '1', stormState: string = ''): string {
    const id = fakeInstance.insert('incident', { correlation_id: key, state, x_rhacs_snow_storm_state: stormState }, [])!
    const existing = fakeInstance.rows('x_rhacs_snow_problem').find((r) => r.key === key)
    if (existing) existing.incident = id
    else fakeInstance.insert('x_rhacs_snow_problem', { key, incident: id, kind: stormState ? 'storm' : 'alert' }, [])
    return id
}

describe('GlidePlatform.findCurrentIncidents', () => {
    it('never queries with no key', () => {
        const before = fakeInstance.operations.length
        expect(new GlidePlatform().findCurrentIncidents(['', ''])).toEqual([])
        expect(fakeInstance.operations.length).toBe(before)
    })

    it("returns each key's current Incident through the problems table, in one query on incident.sys_id", () => {
        incidentWithKey('k', '7')
        const current = incidentWithKey('k')
        const before = fakeInstance.operations.length
        const rows = new GlidePlatform().findCurrentIncidents(['k'])
        expect(rows.map((r) => r.sysId)).toEqual([current])
        expect(fakeInstance.operations.slice(before)).toEqual([
            { op: 'query', table: 'incident', fields: ['sys_id'], join: { table: 'x_rhacs_snow_problem', fields: ['key'], on: 'incident' } },
        ])
    })

    it('never finds an Incident by its correlation_id alone', () => {
        fakeInstance.insert('incident', { correlation_id: 'orphan' }, [])
        expect(new GlidePlatform().findCurrentIncidents(['orphan'])).toEqual([])
    })

    it("puts the storm Incident first, so the GlideRecord ends on the key's own Incident and its update costs no read", () => {
        const own = incidentWithKey('own-key')
        const storm = incidentWithKey('storm-key', '1', 'active')
        const platform = new GlidePlatform()
        const rows = platform.findCurrentIncidents(['own-key', 'storm-key'])
        expect(rows.map((r) => r.sysId)).toEqual([storm, own])
        const before = fakeInstance.operations.length
        expect(platform.updateIncident(own, { x_rhacs_snow_occurrences: '2' })).toBe(true)
        expect(fakeInstance.operations.slice(before).map((o) => o.op)).toEqual(['update'])
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
