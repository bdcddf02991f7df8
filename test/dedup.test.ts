// Dedup, replays, concurrency and cost per delivery, through the real route on the Glide fake.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, incidents, resetInstance } from '../tools/local-instance'
import { ABANDONED_CLAIM_MS } from '../src/server/delivery-handler'
import { fixtureBody } from './support/scenario-engine'

const EXEC = fixtureBody('01-exec-into-pod.json')
const EXEC_UPDATE = fixtureBody('01b-exec-into-pod-update-same-id.json')

/** GlideRecord operations one delivery costs. */
function opsOf(body: string): { count: number; ops: string[]; answer: ReturnType<typeof deliver> } {
    const before = fakeInstance.operations.length
    const answer = deliver(body)
    const ops = fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table)
    return { count: ops.length, ops, answer }
}

function alertWith(changes: (alert: any) => void, base: string = EXEC): string {
    const body = JSON.parse(base)
    changes(body.alert)
    return JSON.stringify(body)
}

beforeEach(() => resetInstance())

describe('one Incident per problem', () => {
    it('01 then 01b: one Incident, one work note naming the new exec, occurrences 2', () => {
        expect(deliver(EXEC).status).toBe(201)
        const second = deliver(EXEC_UPDATE)
        expect(second.status).toBe(200)
        expect(second.body).toMatchObject({ outcome: 'updated' })
        const [incident] = incidents()
        expect(incidents()).toHaveLength(1)
        expect(incident.work_notes).toHaveLength(1)
        const note = incident.work_notes[0]
        expect(note).toContain("exec 'cat /etc/passwd'")
        expect(note).toContain('2026-02-12T15:29:47.901223145Z')
        // Only the violation not noted before: the first exec is already in the description.
        expect(note).not.toContain("exec '/bin/bash'")
        expect(incident.occurrences).toBe(2)
        expect(incident.last_seen).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    })

    it('01 twice: created then duplicate, nothing changed by the replay', () => {
        expect(deliver(EXEC).body.outcome).toBe('created')
        const snapshot = JSON.stringify(incidents())
        const replay = deliver(EXEC)
        expect(replay.status).toBe(200)
        expect(replay.body.outcome).toBe('duplicate')
        expect(JSON.stringify(incidents())).toBe(snapshot)
        expect(deliveriesTable().map((d) => d.outcome)).toEqual(['created', 'duplicate'])
    })

    it('answers created/updated/duplicate/stale with sys_id, number, outcome and correlation_id', () => {
        const created = deliver(EXEC)
        expect(Object.keys(created.body).sort()).toEqual(['correlation_id', 'number', 'outcome', 'sys_id'])
        const key = created.body.correlation_id as string
        expect(key.length).toBeGreaterThan(0)
        expect(key.length).toBeLessThanOrEqual(100)
        for (const [body, outcome] of [[EXEC_UPDATE, 'updated'], [EXEC_UPDATE, 'duplicate'], [EXEC, 'stale']] as const) {
            const a = deliver(body)
            expect(a).toEqual({ status: 200, body: { sys_id: created.body.sys_id, number: created.body.number, outcome, correlation_id: key } })
        }
    })

    it('a new alert id on the same workload updates the open Incident and says so', () => {
        deliver(EXEC)
        const other = alertWith((a) => {
            a.id = 'another-alert'
            a.time = '2026-02-13T09:00:00Z'
            a.violations[0].time = '2026-02-13T09:00:00Z'
            a.violations[0].keyValueAttrs.attrs[2].value = 'sh'
        })
        expect(deliver(other).body.outcome).toBe('updated')
        expect(incidents()[0].work_notes[0]).toContain('New RHACS alert another-alert for the same problem')
    })

    it('a workload key never depends on the alert id or version, and other workloads get their own Incident', () => {
        deliver(EXEC)
        deliver(alertWith((a) => (a.deployment.name = 'other-deployment')))
        deliver(alertWith((a) => (a.namespace = 'other-ns')))
        deliver(alertWith((a) => (a.clusterName = 'other-cluster')))
        deliver(alertWith((a) => (a.policy.id = 'other-policy')))
        expect(new Set(incidents().map((i) => i.correlation_id)).size).toBe(5)
    })

    it('a deployment re-sent as inactive is noted', () => {
        deliver(EXEC)
        deliver(alertWith((a) => {
            a.deployment.inactive = true
            a.time = '2026-02-12T16:00:00Z'
        }))
        expect(incidents()[0].work_notes[0]).toContain('The deployment was deleted')
    })

    it('text from RHACS never opens [code] in a work note', () => {
        deliver(EXEC)
        deliver(alertWith((a) => {
            a.violations[0].message = '[code]<img src=x onerror=alert(1)>[/code]'
            a.violations[0].time = '2026-02-12T16:00:00Z'
        }, EXEC))
        const note = incidents()[0].work_notes[0]
        expect(note.toLowerCase()).not.toContain('[code]')
        expect(note).toContain('(code)<img')
    })
})

describe('the Test button', () => {
    it('records its deliveries with the status it answered', () => {
        const body = fixtureBody('00-test-button.json')
        expect(deliver(body).status).toBe(200)
        expect(deliver(body).status).toBe(200)
        expect(deliveriesTable().map((d) => [d.kind, d.outcome, d.http_status])).toEqual([
            ['test', 'created', 200],
            ['test', 'updated', 200],
        ])
    })
})

describe('closed Incidents', () => {
    it('a new problem after closure creates a new Incident that references the closed one', () => {
        const first = deliver(EXEC)
        fakeInstance.rows('incident')[0].state = '7'
        const second = deliver(EXEC_UPDATE)
        expect(second.status).toBe(201)
        const [closed, fresh] = incidents()
        expect(fresh.previous_incident).toBe(first.body.number)
        expect(fresh.description).toContain('Follows closed Incident: ' + first.body.number)
        expect(closed.work_notes).toHaveLength(0)
        // The next re-send updates the new Incident, not the closed one.
        const third = deliver(alertWith((a) => {
            a.time = '2026-02-12T17:00:00Z'
            a.violations.unshift({ ...a.violations[0], time: '2026-02-12T17:00:00Z', message: 'third exec' })
        }, EXEC_UPDATE))
        expect(third.body.number).toBe(second.body.number)
    })

    it('resolved (6) and canceled (8) count as closed too; on hold (3) does not', () => {
        for (const [state, status] of [['6', 201], ['8', 201], ['3', 200]] as const) {
            resetInstance()
            deliver(EXEC)
            fakeInstance.rows('incident')[0].state = state
            expect(deliver(EXEC_UPDATE).status).toBe(status)
        }
    })
})

describe('concurrent first deliveries', () => {
    it('two interleaved first deliveries of one key create one Incident', () => {
        let nested: ReturnType<typeof deliver> | null = null
        // Right after the first delivery looked the key up (and found nothing), a second
        // delivery of the same problem runs to completion on another node.
        const stop = fakeInstance.onOperation((e) => {
            if (e.op === 'aggregate' && nested === null) {
                stop()
                nested = deliver(EXEC)
            }
        })
        const outer = deliver(EXEC)
        expect(nested).not.toBeNull()
        expect(nested!.status).toBe(201)
        expect(incidents()).toHaveLength(1)
        // The loser lost the claim, read the winner's Incident and answered as a replay of it.
        expect(outer.status).toBe(200)
        expect(outer.body.outcome).toBe('duplicate')
        expect(outer.body.number).toBe(nested!.body.number)
        expect(deliveriesTable()).toHaveLength(2)
    })

    it('while the winner has not inserted its Incident yet, the loser answers 503 (RHACS retries at once)', () => {
        let nested: ReturnType<typeof deliver> | null = null
        // The second delivery runs between the first one's claim and its Incident insert.
        const stop = fakeInstance.onOperation((e) => {
            if (e.op === 'insert' && e.table === 'incident' && nested === null) {
                stop()
                nested = deliver(EXEC)
            }
        })
        const outer = deliver(EXEC)
        expect(outer.status).toBe(201)
        expect(nested!.status).toBe(503)
        expect(nested!.body).toMatchObject({ error: 'unavailable', outcome: 'failed' })
        expect(incidents()).toHaveLength(1)
        // After the retry, the loser's delivery is a duplicate of the winner's Incident.
        expect(deliver(EXEC).body.outcome).toBe('duplicate')
    })

    it('a claim abandoned by a failed transaction is released after two minutes', () => {
        // Simulate a crash between the claim and the Incident insert: the row holds the claim,
        // no Incident exists.
        deliver(EXEC)
        const incidentRows = fakeInstance.rows('incident')
        incidentRows.splice(0, incidentRows.length)
        const early = deliver(EXEC_UPDATE)
        expect(early.status).toBe(503)
        fakeInstance.advance(ABANDONED_CLAIM_MS + 1000)
        const later = deliver(EXEC_UPDATE)
        expect(later.status).toBe(201)
        expect(incidents()).toHaveLength(1)
        const released = deliveriesTable().find((d) => d.detail.startsWith('Creation claim released'))
        // The holder keeps its own outcome: history is not rewritten.
        expect(released?.outcome).toBe('created')
    })
})

describe('GlideRecord operations per delivery', () => {
    it('new alert: key lookup, storm aggregate, routing (rules, cluster CI), delivery insert (the claim), problem insert, Incident insert, alert row', () => {
        // The state after the first new Incident recorded that this instance has no workload CMDB class
        // (that first check: test/routing-handler.test.ts).
        resetInstance({ 'x_rhacs_snow.routing.workload_ci_lookup': 'missing' })
        const { count, ops } = opsOf(EXEC)
        expect(ops).toEqual([
            'query:incident',
            'aggregate:x_rhacs_snow_delivery',
            'query:x_rhacs_snow_routing_rule',
            'query:x_rhacs_snow_cluster_ci',
            'insert:x_rhacs_snow_delivery',
            'insert:x_rhacs_snow_problem',
            'insert:incident',
            'insert:x_rhacs_snow_alert',
        ])
        // The instance-truth target with the lifecycle's alert row (5 + the storm aggregate) plus routing's 2.
        expect(count).toBeLessThanOrEqual(5 + 1 + 2)
    })

    it('a new alert id on an open Incident: lookup, Incident update, delivery insert, alert row (≤ 4)', () => {
        deliver(EXEC)
        const other = JSON.parse(EXEC_UPDATE)
        other.alert.id = 'd2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e05'
        const { ops } = opsOf(JSON.stringify(other))
        expect(ops).toEqual(['query:incident', 'update:incident', 'insert:x_rhacs_snow_delivery', 'insert:x_rhacs_snow_alert'])
    })

    it('repeat: lookup, Incident update, delivery insert (≤ 3)', () => {
        deliver(EXEC)
        const { count, ops } = opsOf(EXEC_UPDATE)
        expect(ops).toEqual(['query:incident', 'update:incident', 'insert:x_rhacs_snow_delivery'])
        expect(count).toBeLessThanOrEqual(3)
    })

    it('replay: lookup and delivery insert (≤ 2)', () => {
        deliver(EXEC)
        expect(opsOf(EXEC).ops).toEqual(['query:incident', 'insert:x_rhacs_snow_delivery'])
        deliver(EXEC_UPDATE)
        expect(opsOf(EXEC).ops).toEqual(['query:incident', 'insert:x_rhacs_snow_delivery'])
    })

    it('a 1 MB body adds one attachment write, and nothing is lost', () => {
        const big = fixtureBody('09-large-5000-violations.json')
        const { ops } = opsOf(big)
        expect(ops).toContain('attach:x_rhacs_snow_delivery')
        const [row] = deliveriesTable()
        expect(row.raw_body_attached).toBe(true)
        expect(row.attachment).toEqual({ file_name: 'rhacs-body.json', chars: big.length })
        expect(row.raw_body_stored_chars).toBeLessThanOrEqual(100000)
    })
})
