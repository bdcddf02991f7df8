// Routing's configuration items and cost on the strict Glide fake: what an instance without the
// Kubernetes CMDB class costs (one metadata check, ever), the workload CI by UID then the cluster
// CI, the reads each path adds, and the daily routing check job.
import { beforeEach, describe, expect, it } from 'vitest'
import { runRoutingCheck } from '../src/server/routing-check-job'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, incidents, resetInstance } from '../tools/local-instance'
import { alert, ANNOTATION, EXEC, EXEC_UPDATE, LOOKUP, opsOf, rules, warnings, withWorkloadClass } from './support/routing'
import { ROUTING } from './support/scenarios'

beforeEach(() => {
    resetInstance()
    fakeInstance.seed('sys_user_group', ROUTING.groups)
})

describe('configuration items', () => {
    it('an instance without the workload class: one metadata check and one property write on the first new Incident, none after', () => {
        const first = opsOf(alert('a'))
        expect(first.routing).toEqual(['query:x_rhacs_snow_routing_rule', 'meta:cmdb_ci_kubernetes_workload', 'update:sys_properties', 'query:x_rhacs_snow_cluster_ci'])
        expect(fakeInstance.properties[LOOKUP]).toBe('missing')
        for (const name of ['b', 'c']) expect(opsOf(alert(name)).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
        expect(incidents().map((i) => i.cmdb_ci)).toEqual(['', '', ''])
    })

    it('the class without its k8s_uid column counts as missing: nothing is queried on it', () => {
        withWorkloadClass()
        delete fakeInstance.schema.cmdb_ci_kubernetes_workload.columns.k8s_uid
        const first = opsOf(EXEC)
        expect(first.routing).toEqual(['query:x_rhacs_snow_routing_rule', 'meta:cmdb_ci_kubernetes_workload', 'meta:cmdb_ci_kubernetes_workload', 'update:sys_properties', 'query:x_rhacs_snow_cluster_ci'])
        expect(fakeInstance.properties[LOOKUP]).toBe('missing')
    })

    it('with the class: the workload CI by its Kubernetes UID (the deployment id), else the cluster CI (an id row before a name row), else none', () => {
        withWorkloadClass()
        fakeInstance.seed('x_rhacs_snow_cluster_ci', [
            { cluster: 'PROD-EAST', cmdb_ci: 'c0000000000000000000000000000002', active: true },
            { cluster: 'id-prod-west', cmdb_ci: 'c0000000000000000000000000000003', active: true },
            { cluster: 'prod-west', cmdb_ci: 'c0000000000000000000000000000004', active: true },
            { cluster: 'staging', cmdb_ci: 'c0000000000000000000000000000005', active: false },
        ])
        const first = opsOf(EXEC)
        expect(first.routing).toEqual(['query:x_rhacs_snow_routing_rule', 'meta:cmdb_ci_kubernetes_workload', 'meta:cmdb_ci_kubernetes_workload', 'update:sys_properties', 'query:cmdb_ci_kubernetes_workload'])
        expect(fakeInstance.properties[LOOKUP]).toBe('available')
        // Not in the CMDB: the cluster's CI. The fake matches names exactly (the instance's database may ignore case).
        const east = opsOf(alert('a', { cluster: 'PROD-EAST', clusterId: '' }))
        expect(east.routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:cmdb_ci_kubernetes_workload', 'query:x_rhacs_snow_cluster_ci'])
        deliver(alert('b', { cluster: 'prod-west', clusterId: 'id-prod-west' }))
        deliver(alert('c', { cluster: 'staging' }))
        expect(incidents().map((i) => i.cmdb_ci)).toEqual([ROUTING.gibsonCi, 'c0000000000000000000000000000002', 'c0000000000000000000000000000003', ''])
    })

    it('payload values too long to be a stored one are never queried with', () => {
        withWorkloadClass()
        fakeInstance.properties[LOOKUP] = 'available'
        const body = JSON.parse(alert('long'))
        body.alert.deployment.id = 'u'.repeat(300)
        body.alert.clusterId = 'c'.repeat(300)
        body.alert.clusterName = 'n'.repeat(300)
        body.alert.deployment.clusterName = body.alert.clusterName
        const { answer, routing } = opsOf(JSON.stringify(body))
        expect(answer.status).toBe(201)
        expect(routing).toEqual(['query:x_rhacs_snow_routing_rule'])
    })

    it("a rule's own CI wins and needs no lookup", () => {
        withWorkloadClass()
        rules({ name: 'Gibson app', namespace: 'gibson', cmdb_ci: 'c0000000000000000000000000000042' })
        expect(opsOf(EXEC).routing).toEqual(['query:x_rhacs_snow_routing_rule'])
        expect(incidents()[0].cmdb_ci).toBe('c0000000000000000000000000000042')
    })

    it('an alert about no deployment looks up no workload CI, only its cluster', () => {
        withWorkloadClass()
        const body = JSON.stringify({ alert: { id: 'r1', policy: { name: 'Secret access' }, clusterName: 'prod-east', namespace: 'ns', resource: { resourceType: 'SECRETS', name: 's' }, violations: [{ message: 'm' }] } })
        expect(opsOf(body).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
        expect(fakeInstance.properties[LOOKUP]).toBeUndefined()
    })
})

describe('cost', () => {
    it('the rules are read once per transaction, even when the delivery retries its creation', () => {
        rules({ name: 'Gibson', namespace: 'gibson', category: 'Security' })
        let nestedRuleReads = -1
        const stop = fakeInstance.onOperation((e) => {
            if (e.op === 'insert' && e.table === 'incident' && nestedRuleReads < 0) {
                stop()
                const before = fakeInstance.operations.length
                // A second delivery of the same problem, between the first one's claim and its Incident: it retries once.
                expect(deliver(EXEC).status).toBe(503)
                nestedRuleReads = fakeInstance.operations.slice(before).filter((o) => o.table === 'x_rhacs_snow_routing_rule').length
            }
        })
        deliver(EXEC)
        expect(nestedRuleReads).toBe(1)
    })

    it('routing operations per new Incident, by path, once the workload check is recorded; none for repeats', () => {
        const paths: Array<[string, () => string, number]> = [
            ['rule, no CMDB class: rules + cluster CI', () => alert('p1'), 2],
            ['rule naming its CI: rules only', () => alert('p2', { namespace: 'with-ci' }), 1],
            ['group annotation, rule naming its CI: rules + group', () => alert('p3', { namespace: 'with-ci', annotations: { [ANNOTATION]: 'Gibson On-Call' } }), 2],
            ['group annotation, CI looked up: rules + group + cluster CI', () => alert('p4', { annotations: { [ANNOTATION]: 'Gibson On-Call' } }), 3],
        ]
        resetInstance({ [LOOKUP]: 'missing' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        rules({ name: 'With CI', namespace: 'with-ci', cmdb_ci: 'c0000000000000000000000000000042' })
        for (const [what, body, expected] of paths) expect(opsOf(body()).routing.length, what).toBe(expected)
        // With the class: a workload found costs the same as a cluster CI; a miss adds the cluster lookup.
        resetInstance({ [LOOKUP]: 'available' })
        withWorkloadClass()
        expect(opsOf(EXEC).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:cmdb_ci_kubernetes_workload'])
        expect(opsOf(alert('miss')).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:cmdb_ci_kubernetes_workload', 'query:x_rhacs_snow_cluster_ci'])
        expect(opsOf(EXEC_UPDATE).routing).toEqual([])
    })
})

describe('the daily routing check job', () => {
    it('records the workload class state only when it changed, and warns about skipped rules and groups that are not active', () => {
        fakeInstance.seed('sys_user_group', [{ sys_id: 'a0000000000000000000000000000009', name: 'Former Team', active: false }])
        rules({ name: 'Bad', namespace: 'a|b' }, { name: 'Old group', assignment_group: 'a0000000000000000000000000000009' }, { name: 'Fine', assignment_group: ROUTING.gibsonGroup })
        fakeInstance.properties[LOOKUP] = 'missing'
        // The first run also builds the routing snapshot (its one property write); a run that changes nothing writes nothing.
        expect(runRoutingCheck()).toEqual({ workloadCiLookup: 'missing', rules: 2, invalid: 1, inactiveGroups: 1, snapshotChars: fakeInstance.properties['x_rhacs_snow.routing.snapshot'].length })
        expect(warnings()).toEqual([
            'RHACS routing check: rule "Bad" is skipped: namespace: the pattern "a|b" looks like a regular expression (use * and ? only).',
            'RHACS routing check: rule "Old group" assigns to group a0000000000000000000000000000009, which is not an active group.',
        ])
        const before = fakeInstance.operations.length
        expect(runRoutingCheck().workloadCiLookup).toBe('missing')
        expect(fakeInstance.operations.slice(before).some((o) => o.table === 'sys_properties')).toBe(false)
        // The class arrives (the CMDB CI Class Models app was installed): the next run records it.
        withWorkloadClass()
        expect(runRoutingCheck().workloadCiLookup).toBe('available')
        expect(fakeInstance.properties[LOOKUP]).toBe('available')
        expect(fakeInstance.logs.filter((l) => l.level === 'info').pop()?.message).toBe(
            'RHACS routing check: workload CI lookup available (was missing); 2 usable rules, 1 invalid, 1 with a group that is not active; routing snapshot ' +
                fakeInstance.properties['x_rhacs_snow.routing.snapshot'].length + ' characters.',
        )
    })
})
