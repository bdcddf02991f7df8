// Instance truth: every query the handler and the jobs run is served by an index the app declares
// on its own tables, or reads by sys_id; nothing queries incident (a task table of millions of rows
// on a real instance) except by sys_id. Measured on the whole scenario suite and both jobs.
import { describe, expect, it } from 'vitest'
import { purgeOldDeliveries } from '../src/server/delivery-retention'
import { runSilenceCheck } from '../src/server/silence-check-job'
import { runStormSweep } from '../src/server/storm-sweep-job'
import { fakeInstance } from '../tools/glide-fake/index'
import { collectQueryShapes, queryChecks } from '../tools/bench/query-shapes'
import { deliver, health, resetInstance } from '../tools/local-instance'
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
        const shapes = stop()
        const tables = new Set(shapes.map((s) => s.table))
        expect([...tables].sort()).toEqual([
            'cmdb_ci_kubernetes_workload',
            'incident',
            'sys_attachment',
            'sys_user_group',
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
