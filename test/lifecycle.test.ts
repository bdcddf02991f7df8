// Incidents follow their RHACS alerts: the reconcile job against a Central double (every fault
// and bound), resolve in RHACS from an analyst's resolution, quiet ageing, and what comes back
// after. Each runs the real handler, jobs and business rule on the strict Glide fake.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { idsToAsk, planIncident } from '../src/server/reconcile-plan'
import type { CentralConfig } from '../tools/central-double'
import { fakeInstance } from '../tools/glide-fake/index'
import { alertsTable, centralCalls, connectCentral, deliver, incidents, jobRuns, resetInstance, resolveByAnalyst, runJob } from '../tools/local-instance'
import { RESOLVE_IN_RHACS_CONDITION } from '../tools/business-rules'
import { fixtureBody } from './support/scenario-engine'

const EXEC_ID = 'c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04'
const CVE_ID = 'a3d9e6b1-4f2c-4d8a-9e5b-7c1f3a8d2e46'
const EXEC = fixtureBody('01-exec-into-pod.json')
const CVE = fixtureBody('05-cve-deploy-fixable-important.json')

/** The exec alert on its own deployment `n` (a problem of its own), with a UUID id. */
function execOn(n: number, id?: string): string {
    const body = JSON.parse(EXEC)
    body.alert.id = id ?? uuid(n)
    body.alert.deployment.name = 'app-' + n
    body.alert.deployment.id = 'dep-' + n
    return JSON.stringify(body)
}

function uuid(n: number): string {
    const hex = n.toString(16).padStart(12, '0')
    return '00000000-0000-4000-8000-' + hex
}

function central(alerts: CentralConfig['alerts'], extra: Partial<CentralConfig> = {}) {
    return connectCentral({ alerts, failure: null, ...extra })
}

const inc = (n: number) => incidents()[n]

beforeEach(() => resetInstance())

describe('reconcile with Central', () => {
    it('is off without a connection: no run row, no call, nothing changes', () => {
        deliver(CVE)
        runJob('reconcile')
        expect(jobRuns()).toEqual([])
        expect(inc(0).state).toBe(1)
        expect(fakeInstance.logs.filter((l) => l.message.includes('reconcile'))).toEqual([])
    })

    it('resolves an Incident whose alert Central reports RESOLVED, with the close code and a note naming RHACS', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        expect(inc(0)).toMatchObject({ state: 6, close_code: 'Solution provided', resolved_by: 'rhacs' })
        expect(inc(0).close_notes).toContain('RHACS reports every alert behind this Incident as resolved')
        expect(inc(0).work_notes.at(-1)).toMatch(/^Resolved by the RHACS integration: RHACS Central reported at 2026-02-12 \d\d:\d\d:\d\d UTC that the alert behind this Incident is resolved/)
        expect(jobRuns()[0]).toMatchObject({ job: 'reconcile', outcome: 'ok', incidents_checked: 1, alerts_asked: 1, central_calls: 1, incidents_resolved: 1, errors: 0 })
        expect(alertsTable()[0]).toMatchObject({ alert_id: CVE_ID, rhacs_state: 'resolved' })
    })

    it('asks for every state, encoded so that "+" reaches Central, with the batch size as the limit', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        expect(centralCalls()[0]).toEqual({
            method: 'GET',
            path: '/v1/alerts',
            query: 'query=Alert%20ID%3A' + CVE_ID + '%2BViolation%20State%3AACTIVE%2CATTEMPTED%2CRESOLVED&pagination.limit=1',
            body: '',
            status: 200,
        })
    })

    it('leaves an Incident whose alert is ACTIVE or ATTEMPTED as it was (no note), and stamps the check', () => {
        deliver(CVE)
        deliver(execOn(1))
        central([{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }, { id: uuid(1), state: 'ATTEMPTED', lifecycleStage: 'RUNTIME' }])
        const notes = incidents().map((i) => i.work_notes.length)
        runJob('reconcile')
        expect(incidents().map((i) => i.state)).toEqual([1, 1])
        expect(incidents().map((i) => i.work_notes.length)).toEqual(notes)
        expect(alertsTable().map((a) => a.rhacs_state)).toEqual(['active', 'attempted'])
        expect(alertsTable().every((a) => a.checked_at !== '')).toBe(true)
        expect(jobRuns()[0]).toMatchObject({ outcome: 'ok', incidents_resolved: 0, incidents_noted: 0 })
    })

    it('counts an id Central leaves out of two answers in a row as gone, and resolves on it then', () => {
        deliver(CVE)
        central([])
        runJob('reconcile')
        expect(inc(0).state).toBe(1)
        expect(alertsTable()[0].rhacs_state).toBe('missing')
        runJob('reconcile')
        expect(inc(0).state).toBe(6)
        expect(inc(0).work_notes.at(-1)).toContain(CVE_ID + ' (Fixable Severity at least Important): no longer known to Central')
    })

    it('an answer about none of the alerts Central reported before is a fault, not a mass resolution', () => {
        deliver(execOn(1))
        deliver(execOn(2))
        const c = central([{ id: uuid(1), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }, { id: uuid(2), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        runJob('reconcile')
        expect(alertsTable().map((a) => a.rhacs_state)).toEqual(['active', 'active'])
        // Now pointed at another Central (or a proxy answering an empty list).
        central([], { garbage_body: '{"alerts": []}' })
        runJob('reconcile')
        runJob('reconcile')
        expect(incidents().map((i) => i.state)).toEqual([1, 1])
        expect(alertsTable().map((a) => a.rhacs_state)).toEqual(['active', 'active'])
        expect(jobRuns()[2]).toMatchObject({ outcome: 'error' })
        expect(jobRuns()[2].detail).toContain('answered about none of the 2 alerts asked, 2 of which it reported before')
        void c
    })

    it('leaves a Resolved Incident alone (Resolved stays active until closed)', () => {
        deliver(CVE)
        resolveByAnalyst(inc(0).number)
        expect(fakeInstance.rows('incident')[0].active).toBe('1')
        central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        expect(inc(0)).toMatchObject({ state: 6, close_notes: 'Fixed by the workload team.', resolved_by: '' })
        expect(centralCalls()).toEqual([])
    })

    it('an Incident an analyst reopened after RHACS resolved its alerts stays open; who ended it is cleared', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        expect(inc(0)).toMatchObject({ state: 6, resolved_by: 'rhacs' })
        const row = fakeInstance.rows('incident')[0]
        fakeInstance.update('incident', row.sys_id, { state: '2' }, [])
        expect(inc(0).resolved_by).toBe('')
        runJob('reconcile')
        expect(inc(0).state).toBe(2)
    })

    it('a refused resolution keeps the alert rows as they were and is decided again next run', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
        fakeInstance.refuseUpdates.incident = 1
        runJob('reconcile')
        expect(inc(0).state).toBe(1)
        expect(jobRuns()[0]).toMatchObject({ errors: 1 })
        expect(alertsTable()[0].rhacs_state).toBe('unknown')
        runJob('reconcile')
        expect(inc(0).state).toBe(6)
    })

    it('a fault on a later call keeps what earlier calls decided and resumes after it', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1000', 'x_rhacs_snow.storm.global_budget': '1000' })
        for (let n = 1; n <= 150; n++) deliver(execOn(n))
        const alerts = Array.from({ length: 150 }, (_, i) => ({ id: uuid(i + 1), state: 'RESOLVED' as const, lifecycleStage: 'RUNTIME' as const }))
        const c = central(alerts)
        let calls = 0
        const handler = fakeInstance.outbound!
        fakeInstance.outbound = (request) => (++calls === 2 ? { status: 503, body: '{"code":14,"message":"unavailable"}' } : handler(request))
        runJob('reconcile')
        expect(jobRuns()[0]).toMatchObject({ outcome: 'error', incidents_resolved: 100, central_calls: 2 })
        expect(incidents().filter((i) => i.state === 6)).toHaveLength(100)
        fakeInstance.outbound = c.handler
        runJob('reconcile')
        expect(jobRuns()[1]).toMatchObject({ outcome: 'ok', incidents_resolved: 50, central_calls: 1 })
    })

    it('starts no Central call after the seconds-per-run bound and resumes', () => {
        // Every clock read moves 3 s: the second call would start past the 5 s bound.
        resetInstance({ 'x_rhacs_snow.lifecycle.reconcile_max_seconds': '5', 'x_rhacs_snow.storm.policy_budget': '1000', 'x_rhacs_snow.storm.global_budget': '1000' })
        for (let n = 1; n <= 150; n++) deliver(execOn(n))
        central(Array.from({ length: 150 }, (_, i) => ({ id: uuid(i + 1), state: 'ACTIVE' as const, lifecycleStage: 'RUNTIME' as const })))
        fakeInstance.clockStepMs = 3000
        runJob('reconcile')
        expect(jobRuns()[0]).toMatchObject({ outcome: 'partial', central_calls: 1, incidents_checked: 100 })
        fakeInstance.clockStepMs = 0
        runJob('reconcile')
        expect(jobRuns()[1]).toMatchObject({ outcome: 'ok', central_calls: 1, incidents_checked: 50 })
    })

    it('stops at the Incidents-per-run bound and resumes', () => {
        resetInstance({ 'x_rhacs_snow.lifecycle.reconcile_max_incidents': '3' })
        for (let n = 1; n <= 5; n++) deliver(execOn(n))
        central(Array.from({ length: 5 }, (_, i) => ({ id: uuid(i + 1), state: 'ACTIVE' as const, lifecycleStage: 'RUNTIME' as const })))
        runJob('reconcile')
        expect(jobRuns()[0]).toMatchObject({ outcome: 'partial', incidents_checked: 3 })
        runJob('reconcile')
        expect(jobRuns()[1]).toMatchObject({ outcome: 'ok', incidents_checked: 2 })
    })

    it('notes the part of a workload Incident that resolved, once, and resolves when the last alert does', () => {
        deliver(execOn(1, uuid(101)))
        deliver(execOn(1, uuid(102)).replace('"/bin/bash"', '"/bin/sh"'))
        expect(incidents()).toHaveLength(1)
        expect(alertsTable()).toHaveLength(2)
        const c = central([{ id: uuid(101), state: 'RESOLVED', lifecycleStage: 'RUNTIME' }, { id: uuid(102), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        runJob('reconcile')
        expect(inc(0).state).toBe(1)
        const note = inc(0).work_notes.at(-1)
        expect(note).toContain('1 of the 2 alerts behind this Incident is resolved')
        expect(note).toContain('Still open in RHACS, so this Incident stays open:\n- ' + uuid(102))
        runJob('reconcile')
        expect(inc(0).work_notes.at(-1)).toBe(note)
        c.alert(uuid(102))!.state = 'RESOLVED'
        runJob('reconcile')
        expect(inc(0).state).toBe(6)
        expect(inc(0).work_notes.at(-1)).toContain('all 2 alerts behind this Incident are resolved')
        expect(jobRuns().map((r) => [r.incidents_noted, r.incidents_resolved])).toEqual([[1, 0], [0, 0], [0, 1]])
    })

    for (const [name, status] of [
        ['down (no answer)', 0],
        ['unauthorised (401)', 401],
        ['not found (404)', 404],
        ['forbidden (403)', 403],
        ['rate limiting (429)', 429],
        ['failing (503)', 503],
    ] as Array<[string, number]>) {
        it('Central ' + name + ': nothing resolved, one warning, the run row says what to fix, and the next run retries', () => {
            deliver(CVE)
            central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }], { failure: { status } })
            runJob('reconcile')
            expect(inc(0).state).toBe(1)
            expect(alertsTable()[0].rhacs_state).toBe('unknown')
            const run = jobRuns()[0]
            expect(run).toMatchObject({ outcome: 'error', errors: 1, incidents_resolved: 0 })
            expect(run.detail).toContain(status === 0 ? 'no answer' : 'HTTP ' + status)
            expect(fakeInstance.logs.filter((l) => l.level === 'warn')).toHaveLength(1)
            // Fixed: the next run resolves it.
            central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
            runJob('reconcile')
            expect(inc(0).state).toBe(6)
        })
    }

    it('a 401 names the token; a 403 names the permission', () => {
        deliver(CVE)
        central([], { failure: { status: 401 } })
        runJob('reconcile')
        expect(jobRuns()[0].detail).toContain('API token in the rhacs_central credential is missing, expired or revoked')
        central([], { failure: { status: 403 } })
        runJob('reconcile')
        expect(jobRuns()[1].detail).toContain("token's role lacks the permission")
    })

    for (const [name, body] of [
        ['not JSON (a login page)', '<html>Sign in</html>'],
        ['JSON without alerts', '{"items": []}'],
        ['an alert without an id', '{"alerts": [{"state": "RESOLVED"}]}'],
        ['an unknown state', '{"alerts": [{"id": "' + CVE_ID + '", "state": "SNOOZED"}]}'],
        ['a huge answer', '{"alerts": [], "pad": "' + 'x'.repeat(2000001) + '"}'],
    ]) {
        it('an answer that is ' + name + ' resolves nothing and is recorded as malformed', () => {
            deliver(CVE)
            central([], { garbage_body: body })
            runJob('reconcile')
            expect(inc(0).state).toBe(1)
            expect(jobRuns()[0]).toMatchObject({ outcome: 'error', errors: 1 })
            expect(jobRuns()[0].detail).toContain('not its alerts API')
        })
    }

    it('ignores alerts in the answer that were not asked (never acts on them)', () => {
        deliver(CVE)
        const other = '11111111-2222-4333-8444-555555555555'
        central([], { garbage_body: JSON.stringify({ alerts: [{ id: other, state: 'RESOLVED' }, { id: CVE_ID, state: 'ACTIVE' }] }) })
        runJob('reconcile')
        expect(inc(0).state).toBe(1)
        expect(alertsTable()[0].rhacs_state).toBe('active')
    })

    it('never asks Central about an id that is not a UUID (it would fail the whole batch); such an Incident is left to people', () => {
        deliver(execOn(1, 'not-a-uuid'))
        deliver(execOn(2))
        central([{ id: uuid(2), state: 'RESOLVED', lifecycleStage: 'RUNTIME' }])
        runJob('reconcile')
        expect(centralCalls()).toHaveLength(1)
        expect(decodeURIComponent(centralCalls()[0].query)).not.toContain('not-a-uuid')
        expect(alertsTable().map((a) => a.rhacs_state)).toEqual(['unqueryable', 'resolved'])
        expect(incidents().map((i) => i.state)).toEqual([1, 6])
    })

    it('batches 100 ids per call and stays within the call bound, resuming where it stopped', () => {
        resetInstance({ 'x_rhacs_snow.lifecycle.reconcile_max_calls': '2', 'x_rhacs_snow.storm.policy_budget': '1000', 'x_rhacs_snow.storm.global_budget': '1000' })
        for (let n = 1; n <= 250; n++) deliver(execOn(n))
        central(Array.from({ length: 250 }, (_, i) => ({ id: uuid(i + 1), state: 'RESOLVED' as const, lifecycleStage: 'RUNTIME' as const })))
        runJob('reconcile')
        expect(centralCalls()).toHaveLength(2)
        expect(jobRuns()[0]).toMatchObject({ outcome: 'partial', incidents_checked: 200, incidents_resolved: 200, central_calls: 2 })
        runJob('reconcile')
        expect(jobRuns()[1]).toMatchObject({ outcome: 'ok', incidents_checked: 50, incidents_resolved: 50, central_calls: 1 })
        expect(incidents().every((i) => i.state === 6)).toBe(true)
        for (const call of centralCalls()) expect(Number(/pagination\.limit=(\d+)/.exec(call.query)![1])).toBeLessThanOrEqual(100)
    })

    it('keeps its job-run rows for the retention days', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        fakeInstance.advance(31 * 86400000)
        runJob('reconcile')
        expect(jobRuns()).toHaveLength(1)
    })
})

describe('resolve in RHACS', () => {
    const ON = { 'x_rhacs_snow.lifecycle.resolve_in_rhacs': 'true' }

    it('is off by default: an analyst resolution calls nothing and notes nothing', () => {
        deliver(EXEC)
        central([{ id: EXEC_ID, state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        resolveByAnalyst(inc(0).number)
        expect(centralCalls()).toEqual([])
        expect(inc(0).work_notes).toEqual(['Resolved by the analyst.'])
    })

    it('resolves a runtime alert with one PATCH and a note; addToBaseline as the admin chose', () => {
        resetInstance({ ...ON, 'x_rhacs_snow.lifecycle.add_to_baseline': 'true' })
        deliver(EXEC)
        const c = central([{ id: EXEC_ID, state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        resolveByAnalyst(inc(0).number)
        expect(centralCalls()).toEqual([{ method: 'PATCH', path: '/v1/alerts/' + EXEC_ID + '/resolve', query: '', body: '{"addToBaseline":true}', status: 200 }])
        expect(c.alert(EXEC_ID)!.state).toBe('RESOLVED')
        expect(inc(0).work_notes.at(-1)).toContain(EXEC_ID + ' (Kubernetes Actions: Exec into Pod): resolved in RHACS; its processes were added to the baseline')
        expect(inc(0).resolved_by).toBe('analyst')
    })

    it('does not PATCH a deploy-time alert and says why', () => {
        resetInstance(ON)
        deliver(CVE)
        central([{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }])
        resolveByAnalyst(inc(0).number)
        expect(centralCalls()).toEqual([])
        expect(inc(0).work_notes.at(-1)).toContain('not resolvable from here: a deploy-time alert; fix the deployment and RHACS resolves it by itself')
    })

    it('resolves a blocked (ATTEMPTED) deploy-time alert', () => {
        resetInstance(ON)
        const body = JSON.parse(CVE)
        body.alert.state = 'ATTEMPTED'
        deliver(JSON.stringify(body))
        central([{ id: CVE_ID, state: 'ATTEMPTED', lifecycleStage: 'DEPLOY' }])
        resolveByAnalyst(inc(0).number)
        expect(centralCalls().map((c) => c.status)).toEqual([200])
    })

    it('a read-only token (403) fails with the reason and a warning; the Incident stays resolved', () => {
        resetInstance(ON)
        deliver(EXEC)
        central([{ id: EXEC_ID, state: 'ACTIVE', lifecycleStage: 'RUNTIME' }], { token_access: 'read' })
        resolveByAnalyst(inc(0).number)
        expect(inc(0).state).toBe(6)
        expect(inc(0).work_notes.at(-1)).toContain("failed (HTTP 403 (not authorized: \"modify\" for \"Alert\"): the API token's role lacks the permission")
        expect(inc(0).work_notes.at(-1)).toContain('1 alert was not resolved in RHACS: resolve it in the RHACS portal (Violations).')
        expect(fakeInstance.logs.filter((l) => l.level === 'warn')).toHaveLength(1)
    })

    it('a 404 that is not Central\'s (a proxy page) is a failure, not "gone"', () => {
        resetInstance(ON)
        deliver(EXEC)
        central([], { garbage_body: 'x' })
        const handler = fakeInstance.outbound!
        fakeInstance.outbound = (request) => (request.method === 'PATCH' ? { status: 404, body: '<html>Not Found</html>' } : handler(request))
        resolveByAnalyst(inc(0).number)
        expect(inc(0).work_notes.at(-1)).toContain('failed (HTTP 404')
        expect(alertsTable()[0].rhacs_state).toBe('unknown')
    })

    it('an alert Central no longer knows (404) is noted as gone', () => {
        resetInstance(ON)
        deliver(EXEC)
        central([])
        resolveByAnalyst(inc(0).number)
        expect(inc(0).work_notes.at(-1)).toContain('Central no longer knows it')
    })

    it('Central unreachable: stops after the first failure, notes it, resolves nothing', () => {
        resetInstance(ON)
        deliver(execOn(1, uuid(1)))
        deliver(execOn(1, uuid(2)).replace('"/bin/bash"', '"/bin/sh"'))
        central([], { failure: { status: 0 } })
        resolveByAnalyst(inc(0).number)
        expect(centralCalls()).toHaveLength(1)
        expect(inc(0).work_notes.at(-1)).toContain('not attempted (stopped after the failure above)')
    })

    it('makes at most 50 calls for one Incident and says which alerts were not attempted', () => {
        resetInstance(ON)
        for (let n = 1; n <= 52; n++) deliver(execOn(1, uuid(n)).replace('"/bin/bash"', '"/bin/sh' + n + '"'))
        expect(incidents()).toHaveLength(1)
        expect(alertsTable()).toHaveLength(52)
        central(Array.from({ length: 52 }, (_, i) => ({ id: uuid(i + 1), state: 'ACTIVE' as const, lifecycleStage: 'RUNTIME' as const })))
        resolveByAnalyst(inc(0).number)
        expect(centralCalls().filter((c) => c.method === 'PATCH')).toHaveLength(50)
        expect(inc(0).work_notes.at(-1)).toContain('2 alerts were not resolved in RHACS')
    })

    it('starts no PATCH after 60 s and says why', () => {
        resetInstance(ON)
        deliver(execOn(1, uuid(1)))
        deliver(execOn(1, uuid(2)).replace('"/bin/bash"', '"/bin/sh"'))
        central([{ id: uuid(1), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }, { id: uuid(2), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        fakeInstance.clockStepMs = 40000
        resolveByAnalyst(inc(0).number)
        expect(centralCalls()).toHaveLength(1)
        expect(inc(0).work_notes.at(-1)).toContain('not attempted (Central answered too slowly: 60 s used)')
    })

    it('without a connection, notes that nothing was resolved in RHACS', () => {
        resetInstance(ON)
        deliver(EXEC)
        resolveByAnalyst(inc(0).number)
        expect(inc(0).work_notes.at(-1)).toBe('Resolve in RHACS (x_rhacs_snow.lifecycle.resolve_in_rhacs) is on, but x_rhacs_snow.central_url is empty: nothing was resolved in RHACS.')
    })

    it('never calls back for an Incident the reconcile job resolved, nor twice when a resolved Incident is closed', () => {
        resetInstance(ON)
        deliver(EXEC)
        deliver(execOn(2))
        central([{ id: EXEC_ID, state: 'RESOLVED', lifecycleStage: 'RUNTIME' }, { id: uuid(2), state: 'ACTIVE', lifecycleStage: 'RUNTIME' }])
        runJob('reconcile')
        expect(inc(0).state).toBe(6)
        expect(centralCalls().filter((c) => c.method === 'PATCH')).toEqual([])
        resolveByAnalyst(inc(1).number)
        expect(centralCalls().filter((c) => c.method === 'PATCH')).toHaveLength(1)
        const row = fakeInstance.rows('incident')[1]
        fakeInstance.update('incident', row.sys_id, { state: '7' }, [])
        fakeInstance.drainAsync()
        expect(centralCalls().filter((c) => c.method === 'PATCH')).toHaveLength(1)
    })

    it('the fake runs the business rule under the condition the build ships', () => {
        const xml = readFileSync(new URL('../dist/app/update/', import.meta.url).pathname + 'sys_script_76dff6cadc414f1982949c2bb433df7b.xml', 'utf8')
        expect(xml).toContain('<filter_condition>' + RESOLVE_IN_RHACS_CONDITION + '</filter_condition>')
        expect(xml).toContain('<when>async_always</when>')
        expect(xml).toContain('onIncidentResolved(current, previous)')
    })
})

describe('quiet ageing', () => {
    it('is off at 0 days', () => {
        deliver(CVE)
        fakeInstance.advance(400 * 86400000)
        runJob('quiet_ageing')
        expect(inc(0).state).toBe(1)
        expect(jobRuns()).toEqual([])
    })

    it('resolves an Incident without a delivery for N days, with a note saying why; a recent one stays', () => {
        resetInstance({ 'x_rhacs_snow.lifecycle.quiet_days': '7' })
        deliver(CVE)
        fakeInstance.advance(6 * 86400000)
        deliver(EXEC)
        fakeInstance.advance(2 * 86400000)
        runJob('quiet_ageing')
        expect(incidents().map((i) => [i.state, i.resolved_by])).toEqual([[6, 'ageing'], [1, '']])
        expect(inc(0).work_notes.at(-1)).toContain('no RHACS delivery for this Incident in 7 days (the last arrived at 2026-02-12 15:30:00 UTC)')
        expect(jobRuns()[0]).toMatchObject({ job: 'quiet_ageing', outcome: 'ok', incidents_resolved: 1 })
    })

    it('does nothing while a Central connection is configured (the reconcile job knows better)', () => {
        resetInstance({ 'x_rhacs_snow.lifecycle.quiet_days': '1' })
        deliver(CVE)
        central([{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }])
        fakeInstance.advance(3 * 86400000)
        runJob('quiet_ageing')
        expect(inc(0).state).toBe(1)
        expect(jobRuns()[0]).toMatchObject({ outcome: 'off' })
    })
})

describe('what comes back after', () => {
    it('a new alert for a problem RHACS resolved opens a new Incident that says so', () => {
        deliver(CVE)
        central([{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY' }])
        runJob('reconcile')
        const again = JSON.parse(CVE)
        again.alert.id = 'b3d9e6b1-4f2c-4d8a-9e5b-7c1f3a8d2e47'
        expect(deliver(JSON.stringify(again)).status).toBe(201)
        expect(inc(1).description).toContain('Follows closed Incident: ' + inc(0).number + ' (resolved by RHACS: Central reported its alerts resolved)')
    })

    it('reopening (by property) says who had resolved it and lets resolve-in-RHACS run again next time', () => {
        resetInstance({ 'x_rhacs_snow.dedup.closed_action': 'reopen' })
        deliver(execOn(1, uuid(1)))
        central([{ id: uuid(1), state: 'RESOLVED', lifecycleStage: 'RUNTIME' }])
        runJob('reconcile')
        deliver(execOn(1, uuid(2)).replace('"/bin/bash"', '"/bin/sh"'))
        expect(inc(0).state).toBe(1)
        expect(inc(0).resolved_by).toBe('')
        expect(inc(0).work_notes.at(-1)).toMatch(/^Reopened by the RHACS integration: the problem was reported again after this Incident was closed \(resolved by RHACS: Central reported its alerts resolved\)\./)
        expect(alertsTable().map((a) => [a.alert_id, a.rhacs_state])).toEqual([[uuid(1), 'resolved'], [uuid(2), 'unknown']])
    })

    it('an Incident an analyst closed is named as such', () => {
        deliver(CVE)
        resolveByAnalyst(inc(0).number)
        const again = JSON.parse(CVE)
        again.alert.id = 'b3d9e6b1-4f2c-4d8a-9e5b-7c1f3a8d2e47'
        deliver(JSON.stringify(again))
        expect(inc(1).description).toContain('Follows closed Incident: ' + inc(0).number + ' (closed by an analyst)')
    })
})

describe('reconcile plan (property)', () => {
    const states = ['unknown', 'active', 'attempted', 'resolved', 'missing', 'gone', 'unqueryable'] as const
    const answers = fc.constantFrom('RESOLVED', 'ACTIVE', 'ATTEMPTED', 'gone', 'unasked')
    it('resolves an Incident only when every alert is resolved or gone, never on an unasked id', () => {
        fc.assert(
            fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...states), answers), { minLength: 1, maxLength: 8 }), (spec) => {
                const rows = spec.map(([n, s], i) => ({ sysId: 'r' + i, alertId: uuid(n), incident: 'i', policy: 'p', lifecycleStage: 'RUNTIME', deliveredState: 'ACTIVE', rhacsState: s }))
                const map: { [id: string]: { kind: 'listed'; alert: { state: 'RESOLVED' | 'ACTIVE' | 'ATTEMPTED'; lifecycleStage: string; time: string } } | { kind: 'gone' } } = {}
                for (const [n, , a] of spec) {
                    if (a === 'unasked' || map[uuid(n)] !== undefined) continue
                    map[uuid(n)] = a === 'gone' ? { kind: 'gone' } : { kind: 'listed', alert: { state: a, lifecycleStage: 'RUNTIME', time: '' } }
                }
                const plan = planIncident(rows, map, 'now')
                const finalState = (r: (typeof rows)[number]) => {
                    if (r.rhacsState === 'unqueryable' || r.rhacsState === 'resolved' || r.rhacsState === 'gone') return r.rhacsState
                    const a = map[r.alertId]
                    // Absent once: missing; absent again: gone.
                    return a === undefined ? 'unasked' : a.kind === 'gone' ? (r.rhacsState === 'missing' ? 'gone' : 'missing') : a.alert.state
                }
                const done = (x: string) => ['resolved', 'gone', 'RESOLVED'].indexOf(x) >= 0
                const allDone = rows.every((r) => done(finalState(r)))
                const news = rows.some((r) => done(finalState(r)) && !done(r.rhacsState))
                expect(plan.action === 'resolve').toBe(allDone && news)
                // Only ids that may be asked are ever asked.
                for (const id of idsToAsk(rows)) expect(rows.some((r) => r.alertId === id && ['unknown', 'active', 'attempted', 'missing'].indexOf(r.rhacsState) >= 0)).toBe(true)
            }),
            { numRuns: 500 },
        )
    })
})
