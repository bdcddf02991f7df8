// GET /health on the Glide fake: the document's figures, its bounded cost, its failure isolation.
import { beforeEach, describe, expect, it } from 'vitest'
import { GlidePlatform } from '../src/server/glide-platform'
import { buildHealth, dayStarts, hourStarts, OPERATIONS_PER_REPORT, silenceOf, statusLevel } from '../src/server/health-report'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, health, resetInstance } from '../tools/local-instance'
import { policyAlert } from './support/health-scenarios'
import { fixtureBody } from './support/scenario-engine'

const HOUR = 3600000
const MINUTE = 60000
const EXEC = fixtureBody('01-exec-into-pod.json')

function doc(): any {
    const answer = health()
    expect(answer.status).toBe(200)
    return answer.body
}

function opsOf(run: () => void): string[] {
    const before = fakeInstance.operations.length
    run()
    return fakeInstance.operations.slice(before).map((o) => o.op + ' ' + o.table)
}

beforeEach(() => resetInstance())

describe('the buckets', () => {
    it('24 UTC hours and 7 UTC days, oldest first, the last being the current one', () => {
        const now = Date.UTC(2026, 1, 12, 15, 30, 5)
        const hours = hourStarts(now)
        expect(hours).toHaveLength(24)
        expect(new Date(hours[23]).toISOString()).toBe('2026-02-12T15:00:00.000Z')
        expect(new Date(hours[0]).toISOString()).toBe('2026-02-11T16:00:00.000Z')
        const days = dayStarts(now)
        expect(days).toHaveLength(7)
        expect(new Date(days[6]).toISOString()).toBe('2026-02-12T00:00:00.000Z')
        expect(new Date(days[0]).toISOString()).toBe('2026-02-06T00:00:00.000Z')
    })

    it('silence needs the alarm on, a first delivery, and the threshold reached', () => {
        const last = { sysId: 'x', received: '2026-02-12 10:00:00', outcome: 'created', kind: 'alert', httpStatus: 201 }
        const at = (h: number) => Date.UTC(2026, 1, 12, 10, 0, 0) + h * HOUR
        expect(silenceOf(24, at(23.99), last)).toEqual({ silent: false, since: null })
        expect(silenceOf(24, at(24), last)).toEqual({ silent: true, since: '2026-02-12 10:00:00' })
        expect(silenceOf(0, at(1000), last)).toEqual({ silent: false, since: null })
        expect(silenceOf(24, at(1000), null)).toEqual({ silent: false, since: null })
    })

    it('status: red before amber before green; empty when nothing ever arrived', () => {
        const last = { sysId: 'x', received: '2026-02-12 10:00:00', outcome: 'created', kind: 'alert', httpStatus: 201 }
        expect(statusLevel(last, 1, true)).toBe('red')
        expect(statusLevel(last, 0, true)).toBe('amber')
        expect(statusLevel(last, 0, false)).toBe('green')
        expect(statusLevel(null, 0, false)).toBe('empty')
    })
})

describe('GET /health on an empty instance', () => {
    it('answers 200 with the empty status, zero buckets, defaults and no errors', () => {
        const d = doc()
        expect(d.status).toEqual({ level: 'empty', problems_last_hour: 0 })
        expect(d.last_received).toBeNull()
        expect(d.by_hour).toHaveLength(24)
        expect(d.by_day).toHaveLength(7)
        expect(d.by_hour.every((b: any) => b.total === 0)).toBe(true)
        expect(d.by_hour[23].hour).toBe('2026-02-12 15:00:00')
        expect(d.open_incidents).toBe(0)
        expect(d.active_storms).toBe(0)
        expect(d.reconcile_runs).toEqual([])
        expect(d.silence).toEqual({ threshold_hours: 24, silent: false, since: null, warned_at: null })
        expect(d.config).toEqual({
            dedup_mode: 'workload',
            storm_policy_budget: 10,
            storm_global_budget: 50,
            storm_window_minutes: 10,
            silence_hours: 24,
            silence_event: false,
            central_configured: false,
            routing_rules_active: 0,
            invalid_properties: [],
        })
        expect(d.errors).toEqual([])
    })
})

describe('GET /health after deliveries', () => {
    it('counts each delivery in its hour and day by outcome, and turns red on a refusal in the last hour', () => {
        deliver(fixtureBody('00-test-button.json'))
        fakeInstance.advance(2 * HOUR)
        deliver(EXEC)
        deliver('{"alert": ')
        const d = doc()
        expect(d.status).toEqual({ level: 'red', problems_last_hour: 1 })
        // The test button at 15:30 falls in the 15:00 hour, two hours before "now" (17:30).
        expect(d.by_hour[21]).toEqual({ hour: '2026-02-12 15:00:00', counts: { created: 1 }, total: 1 })
        expect(d.by_hour[23]).toEqual({ hour: '2026-02-12 17:00:00', counts: { created: 1, rejected: 1 }, total: 2 })
        expect(d.by_day[6]).toEqual({ day: '2026-02-12', counts: { created: 2, rejected: 1 }, total: 3 })
        expect(d.last_hour.counts).toEqual({ created: 1, rejected: 1 })
        expect(d.last_received).toMatchObject({ outcome: 'rejected', http_status: 400, kind: 'invalid', age_seconds: 0 })
        expect(d.recent_problems).toHaveLength(1)
        expect(d.recent_problems[0]).toMatchObject({ outcome: 'rejected', http_status: 400, kind: 'invalid', received: '2026-02-12 17:30:00' })
        expect(d.recent_problems[0].detail).toContain('not valid JSON')
        expect(Object.keys(d.recent_problems[0]).sort()).toEqual(['detail', 'http_status', 'kind', 'outcome', 'received', 'sys_id'])
        // The exec Incident (priority 2) and the test Incident (priority 5), both open.
        expect(d.open_incidents).toBe(2)
        expect(d.open_by_priority).toEqual({ '2': 1, '5': 1 })
    })

    it('an hour later the refusal no longer makes it red, but stays in the list and the day', () => {
        deliver('{"alert": ')
        fakeInstance.advance(61 * MINUTE)
        deliver(EXEC)
        const d = doc()
        expect(d.status.level).toBe('green')
        expect(d.recent_problems).toHaveLength(1)
        expect(d.by_day[6].counts).toEqual({ created: 1, rejected: 1 })
    })

    it('a closed Incident is not open; the list is newest first and carries no payload', () => {
        const created = deliver(EXEC)
        fakeInstance.rows('incident').find((r) => r.sys_id === created.body.sys_id)!.active = '0'
        for (let i = 0; i < 12; i++) {
            fakeInstance.advance(MINUTE)
            deliver('{"secret-payload": ' + i)
        }
        const d = doc()
        expect(d.open_incidents).toBe(0)
        expect(d.recent_problems).toHaveLength(10)
        expect(d.recent_problems[0].received > d.recent_problems[9].received).toBe(true)
        expect(JSON.stringify(d)).not.toContain('zero-cool')
        expect(JSON.stringify(d)).not.toContain('raw_body')
    })

    it('a storm shows as one active storm with its Incident; the per-hour counts show what it absorbed', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '3' })
        for (const n of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) deliver(policyAlert(n))
        const d = doc()
        expect(d.active_storms).toBe(1)
        expect(d.storms).toHaveLength(1)
        expect(d.storms[0].short_description).toBe('RHACS alert storm: Latest tag (MEDIUM_SEVERITY)')
        expect(d.storms[0].number).toMatch(/^INC\d{7}$/)
        expect(d.by_hour[23].counts).toEqual({ created: 3, storm: 4 })
        expect(d.status.level).toBe('green')
        // Three regular Incidents and the storm Incident are open.
        expect(d.open_incidents).toBe(4)
    })

    it('turns amber past the silence threshold, names the silence and, once warned, when', () => {
        resetInstance({ 'x_rhacs_snow.health.silence_hours': '2' })
        deliver(EXEC)
        fakeInstance.advance(2 * HOUR)
        const d = doc()
        expect(d.status.level).toBe('amber')
        expect(d.silence).toEqual({ threshold_hours: 2, silent: true, since: '2026-02-12 15:30:00', warned_at: null })
        expect(d.last_received.age_seconds).toBe(7200)
        fakeInstance.insert('x_rhacs_snow_job_run', { job: 'silence_check', started: '2026-02-12 17:37:00', outcome: 'ok', cursor: '2026-02-12 15:30:00' }, [])
        expect(doc().silence.warned_at).toBe('2026-02-12 17:37:00')
    })
})

describe('reconcile runs and configuration', () => {
    it('lists the newest five reconcile runs with their errors, not the other jobs', () => {
        for (let i = 0; i < 7; i++) {
            fakeInstance.insert(
                'x_rhacs_snow_job_run',
                { job: 'reconcile', started: '2026-02-12 1' + i + ':00:00', finished: '2026-02-12 1' + i + ':01:00', outcome: i === 6 ? 'error' : 'ok', errors: String(i === 6 ? 2 : 0), detail: 'run ' + i, incidents_checked: '40' },
                [],
            )
        }
        fakeInstance.insert('x_rhacs_snow_job_run', { job: 'quiet_ageing', started: '2026-02-12 15:00:00', outcome: 'ok' }, [])
        const d = doc()
        expect(d.reconcile_runs.map((r: any) => r.detail)).toEqual(['run 6', 'run 5', 'run 4', 'run 3', 'run 2'])
        expect(d.reconcile_runs[0]).toMatchObject({ outcome: 'error', errors: 2, incidents_checked: 40, started: '2026-02-12 16:00:00' })
    })

    it('names invalid properties, never their values', () => {
        resetInstance({ 'x_rhacs_snow.dedup.mode': 'hunter2', 'x_rhacs_snow.health.silence_hours': '-1' })
        const d = doc()
        expect(d.config.invalid_properties).toEqual(['x_rhacs_snow.dedup.mode', 'x_rhacs_snow.health.silence_hours'])
        expect(JSON.stringify(d)).not.toContain('hunter2')
    })

    it('counts the active routing rules', () => {
        expect(new GlidePlatform().routingRulesActive()).toBe(0)
        fakeInstance.insert('x_rhacs_snow_routing_rule', { active: 'true' }, [])
        fakeInstance.insert('x_rhacs_snow_routing_rule', { active: 'false' }, [])
        expect(new GlidePlatform().routingRulesActive()).toBe(1)
        expect(doc().config.routing_rules_active).toBe(1)
    })
})

describe('what one call costs', () => {
    it('the same operations on an empty instance and after 2,000 deliveries: one query or aggregate each, never a row read one by one', () => {
        const empty = opsOf(() => health())
        expect(empty).toHaveLength(OPERATIONS_PER_REPORT)
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '5' })
        for (let i = 0; i < 2000; i++) {
            if (i % 20 === 0) fakeInstance.advance(10 * MINUTE)
            deliver(i % 50 === 0 ? '{"alert": ' : policyAlert('w' + (i % 300)))
        }
        const full = opsOf(() => health())
        expect(full).toEqual(empty)
        expect(full.filter((o) => o.startsWith('aggregate')).length).toBe(1 + 24 + 7 + 2 + 1)
        expect(full.filter((o) => o.startsWith('query')).length).toBe(5)
        expect(full.some((o) => o.startsWith('get') || o.startsWith('insert') || o.startsWith('update'))).toBe(false)
    })
})

describe('a part that fails', () => {
    it('is named in errors; the rest of the document still answers 200', () => {
        deliver(EXEC)
        const platform = new GlidePlatform()
        platform.openIncidentsByPriority = () => {
            throw new Error('addJoinQuery is not a function')
        }
        const d = buildHealth(platform)
        expect(d.errors).toEqual(['open_incidents: addJoinQuery is not a function'])
        expect(d.open_incidents).toBe(0)
        expect(d.status.level).toBe('green')
        expect(d.by_hour[23].total).toBe(1)
    })
})
