// Instance truth: every query the handler and the jobs run is served by an index the app declares
// on its own tables, or reads by sys_id; nothing queries incident (a task table of millions of rows
// on a real instance) except by sys_id. Measured on the whole scenario suite, every job, GET /health
// the routing snapshot's rebuild (business rules) and the routing rule form's test button.
import { describe, expect, it } from 'vitest'
import { purgeOldDeliveries } from '../src/server/delivery-retention'
import { runSilenceCheck } from '../src/server/silence-check-job'
import { runRoutingCheck } from '../src/server/routing-check-job'
import { onTestRoutingRule } from '../src/server/routing-rule-test-action'
import { runStormSweep } from '../src/server/storm-sweep-job'
import { fakeInstance, GlideRecord } from '../tools/glide-fake/index'
import { collectQueryShapes, queryChecks } from '../tools/bench/query-shapes'
import { connectCentral, deliver, health, resetInstance, runJob } from '../tools/local-instance'
import { runScenario } from './support/scenario-engine'
import { SCENARIOS } from './support/scenarios'
import { sourceEngine } from './support/source-engine'

describe('query shapes', () => {
    it('the handler, on every scenario, the jobs and GET /health query only by a declared index or sys_id', () => {
        const stop = collectQueryShapes('tests')
        for (const s of SCENARIOS) runScenario(sourceEngine, s)
        // The jobs, on an instance with a storm and old deliveries.
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1', 'x_rhacs_snow.deliveries.retention_days': '1' })
        for (const name of ['a', 'b', 'c']) {
            deliver(JSON.stringify({ alert: { id: name, policy: { id: 'p', name: 'P' }, deployment: { name }, violations: [{ message: 'm' }] } }))
        }
        deliver('{"alert": ' + '"x"'.repeat(40000) + '}')
        fakeInstance.advance(2 * 86400000)
        runStormSweep()
        // GET /health with a storm on, and the silence check past its threshold (it reads and writes job runs).
        health()
        fakeInstance.advance(30 * 86400000)
        runSilenceCheck()
        purgeOldDeliveries()
        health()
        // The lifecycle jobs: reconcile (Central connected, one alert resolved) and quiet ageing.
        resetInstance({ 'x_rhacs_snow.lifecycle.quiet_days': '1' })
        deliver(JSON.stringify({ alert: { id: '00000000-0000-4000-8000-000000000001', policy: { id: 'p', name: 'P' }, deployment: { name: 'a' }, violations: [{ message: 'm' }] } }))
        deliver(JSON.stringify({ alert: { id: '00000000-0000-4000-8000-000000000002', policy: { id: 'p', name: 'P' }, deployment: { name: 'b' }, violations: [{ message: 'm' }] } }))
        runJob('quiet_ageing')
        connectCentral({ alerts: [{ id: '00000000-0000-4000-8000-000000000001', state: 'RESOLVED', lifecycleStage: 'RUNTIME' }, { id: '00000000-0000-4000-8000-000000000002', state: 'ACTIVE', lifecycleStage: 'RUNTIME' }], failure: null })
        runJob('reconcile')
        expect(fakeInstance.rows('x_rhacs_snow_job_run').length).toBe(2)
        fakeInstance.outbound = null
        fakeInstance.credentials = {}
        fakeInstance.advance(2 * 86400000)
        runJob('quiet_ageing')
        expect(fakeInstance.rows('x_rhacs_snow_job_run').length).toBe(3)
        // The routing snapshot's rebuild: an admin saves a rule and a cluster row (after business rules), and the daily routing check.
        const saved: GlideRecord[] = []
        for (const [table, values] of [['x_rhacs_snow_routing_rule', { name: 'R', order: 1, active: true }], ['x_rhacs_snow_cluster_ci', { cluster: 'c', cmdb_ci: 'c'.repeat(32), active: true }]] as const) {
            const gr = new GlideRecord(table)
            gr.initialize()
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            expect(gr.insert()).not.toBeNull()
            saved.push(gr)
        }
        runRoutingCheck()
        expect(fakeInstance.properties['x_rhacs_snow.routing.snapshot']).toMatch(/^\{"v":1,/)
        // The routing rule form's "Test this rule" button.
        onTestRoutingRule(saved[0])
        expect(fakeInstance.messages[0].message).toMatch(/^Routing rule &quot;R&quot; would match \d+ of the 2 newest alert deliveries/)
        const shapes = stop()
        const tables = new Set(shapes.map((s) => s.table))
        expect([...tables].sort()).toEqual([
            'cmdb_ci_kubernetes_workload',
            'incident',
            'sys_attachment',
            'sys_user_group',
            'x_rhacs_snow_alert',
            'x_rhacs_snow_cluster_ci',
            'x_rhacs_snow_delivery',
            'x_rhacs_snow_job_run',
            'x_rhacs_snow_problem',
            'x_rhacs_snow_routing_rule',
        ])
        for (const c of queryChecks(shapes)) expect(c.detail, c.name).toBe(c.pass ? c.detail : 'pass')
        expect(shapes.filter((s) => s.table === 'incident').map((s) => s.fields[0])).toEqual(shapes.filter((s) => s.table === 'incident').map(() => 'sys_id'))
    })
})
