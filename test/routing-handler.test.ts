// Routing through the real route and handler on the strict Glide fake: where new Incidents go,
// what a repeat does (nothing), what an instance without the Kubernetes CMDB class costs (one
// metadata check, ever), and the operations each path adds.
import { beforeEach, describe, expect, it } from 'vitest'
import { runRoutingCheck } from '../src/server/routing-check-job'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, incidents, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'
import { ROUTING } from './support/scenarios'

const EXEC = fixtureBody('01-exec-into-pod.json')
const EXEC_UPDATE = fixtureBody('01b-exec-into-pod-update-same-id.json')
const ANNOTATION = 'servicenow/assignment-group'
const LOOKUP = 'x_rhacs_snow.routing.workload_ci_lookup'
const ROUTING_TABLES = ['x_rhacs_snow_routing_rule', 'x_rhacs_snow_cluster_ci', 'sys_user_group', 'cmdb_ci_kubernetes_workload', 'sys_properties']

/** A variant of the exec alert: another workload (new dedup key), cluster, namespace, annotations. */
function alert(name: string, options: { cluster?: string; clusterId?: string; namespace?: string; annotations?: { [k: string]: string }; policy?: string } = {}): string {
    const body = JSON.parse(EXEC)
    const a = body.alert
    a.id = 'alert-' + name
    a.clusterName = options.cluster ?? 'prod-east'
    a.clusterId = options.clusterId ?? 'id-' + a.clusterName
    a.namespace = options.namespace ?? 'team-' + name
    Object.assign(a.deployment, { id: 'uid-' + name, name, clusterName: a.clusterName, clusterId: a.clusterId, namespace: a.namespace, annotations: options.annotations ?? {} })
    if (options.policy !== undefined) a.policy = { ...a.policy, id: 'id-' + options.policy, name: options.policy }
    return JSON.stringify(body)
}

/** The operations one delivery caused, as op:table, and those on routing's tables. */
function opsOf(body: string) {
    const before = fakeInstance.operations.length
    const answer = deliver(body)
    const ops = fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table)
    return { answer, ops, routing: ops.filter((o) => ROUTING_TABLES.includes(o.slice(o.indexOf(':') + 1))) }
}

function rules(...rows: Array<{ [column: string]: string | number | boolean }>) {
    fakeInstance.seed('x_rhacs_snow_routing_rule', rows.map((r, i) => ({ order: (i + 1) * 10, active: true, ...r })))
}

function warnings(): string[] {
    return fakeInstance.logs.filter((l) => l.level === 'warn').map((l) => l.message)
}

function withWorkloadClass(): void {
    fakeInstance.seed('cmdb_ci_kubernetes_workload', ROUTING.workloadCis)
}

beforeEach(() => {
    resetInstance()
    fakeInstance.seed('sys_user_group', ROUTING.groups)
})

describe('where a new Incident goes', () => {
    it('the first matching rule: its group, category and the workload CI; the delivery row and the answer say what routed it', () => {
        withWorkloadClass()
        rules({ name: 'Dev', cluster: 'dev-*', assignment_group: ROUTING.paymentsGroup }, { name: 'Gibson', namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup, category: 'Security', subcategory: 'Runtime' })
        const a = deliver(EXEC)
        expect(a.status).toBe(201)
        expect(incidents()[0]).toMatchObject({ assignment_group: ROUTING.gibsonGroup, category: 'Security', subcategory: 'Runtime', cmdb_ci: ROUTING.gibsonCi })
        expect(deliveriesTable()[0]).toMatchObject({ outcome: 'created', routed_by: 'Gibson' })
        expect(warnings()).toEqual([])
    })

    it("a rule's urgency and impact override the severity mapping, and priority follows", () => {
        rules({ name: 'Quiet', namespace: 'gibson', urgency: '3', impact: '3' })
        deliver(EXEC)
        expect(incidents()[0]).toMatchObject({ urgency: 3, impact: 3, priority: 5 })
    })

    it("no rule matches: the properties' group and caller; routed_by property", () => {
        resetInstance({ 'x_rhacs_snow.assignment_group': ROUTING.platformGroup, 'x_rhacs_snow.caller': 'b0000000000000000000000000000001' })
        rules({ name: 'Dev', cluster: 'dev-*', assignment_group: ROUTING.paymentsGroup })
        deliver(EXEC)
        expect(incidents()[0]).toMatchObject({ assignment_group: ROUTING.platformGroup, caller_id: 'b0000000000000000000000000000001', category: '' })
        expect(deliveriesTable()[0].routed_by).toBe('property')
    })

    it("the deployment's annotation names its group (by name or sys_id), which wins over the rule's group unless the rule overrides annotations", () => {
        rules(
            { name: 'Locked', namespace: 'locked', assignment_group: ROUTING.platformGroup, override_annotation: true },
            { name: 'Prod', cluster: 'prod-*', assignment_group: ROUTING.gibsonGroup, category: 'Security' },
        )
        deliver(alert('a', { annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        deliver(alert('b', { annotations: { [ANNOTATION]: ROUTING.paymentsGroup } }))
        deliver(alert('c', { namespace: 'locked', annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        const [a, b, c] = incidents()
        expect(a).toMatchObject({ assignment_group: ROUTING.paymentsGroup, category: 'Security' })
        expect(b).toMatchObject({ assignment_group: ROUTING.paymentsGroup })
        expect(c).toMatchObject({ assignment_group: ROUTING.platformGroup })
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['annotation + Prod', 'annotation + Prod', 'Locked'])
    })

    it('an annotation naming no active group (inactive, unknown or ambiguous) leaves the group to the rules, with one warning each', () => {
        fakeInstance.seed('sys_user_group', [
            { sys_id: 'a0000000000000000000000000000009', name: 'Former Team', active: false },
            { sys_id: 'a000000000000000000000000000000a', name: 'Twins', active: true },
            { sys_id: 'a000000000000000000000000000000b', name: 'Twins', active: true },
        ])
        rules({ name: 'Prod', cluster: 'prod-*', assignment_group: ROUTING.gibsonGroup })
        for (const [name, value] of [['x', 'Former Team'], ['y', 'Nobody'], ['z', 'Twins']]) deliver(alert(name, { annotations: { [ANNOTATION]: value } }))
        expect(incidents().map((i) => i.assignment_group)).toEqual([ROUTING.gibsonGroup, ROUTING.gibsonGroup, ROUTING.gibsonGroup])
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['Prod', 'Prod', 'Prod'])
        const w = warnings()
        expect(w).toHaveLength(3)
        expect(w[0]).toBe('RHACS routing: the annotation servicenow/assignment-group="Former Team" names no active group; the rules or the property decide the group.')
        expect(w[2]).toContain('"Twins" names more than one active group')
    })

    it('the annotation key is a property: another key is read, an empty one turns annotations off', () => {
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': 'example.com/owner' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        deliver(alert('a', { annotations: { 'example.com/owner': 'Gibson On-Call', [ANNOTATION]: 'Payments On-Call' } }))
        expect(incidents()[0].assignment_group).toBe(ROUTING.gibsonGroup)
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': '' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        const { routing } = opsOf(alert('b', { annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        expect(incidents()[0].assignment_group).toBe('')
        expect(routing.some((o) => o.endsWith(':sys_user_group'))).toBe(false)
    })

    it('an invalid annotation key property falls back to the default, with a warning naming it', () => {
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': 'not a key' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        deliver(alert('a', { annotations: { [ANNOTATION]: 'Gibson On-Call' } }))
        expect(incidents()[0].assignment_group).toBe(ROUTING.gibsonGroup)
        expect(warnings()[0]).toContain('x_rhacs_snow.routing.annotation_key has the invalid value "not a key"')
    })
})

describe('invalid rules', () => {
    it('are skipped with one warning line per delivery naming each, never failing it; the next matching rule routes', () => {
        rules(
            { name: 'Regex', namespace: 'gibson.+', category: 'wrong' },
            { name: 'Unknown group', namespace: 'gibson', assignment_group: 'Gibson On-Call' },
            { name: 'Gibson', namespace: 'gibson', category: 'Security' },
        )
        const a = deliver(EXEC)
        expect(a.status).toBe(201)
        expect(incidents()[0]).toMatchObject({ category: 'Security', assignment_group: '' })
        expect(deliveriesTable()[0].routed_by).toBe('Gibson')
        expect(warnings()).toEqual([
            'RHACS routing: skipped 2 invalid rules: "Regex": namespace: the pattern "gibson.+" looks like a regular expression (use * and ? only); "Unknown group": its group "Gibson On-Call" is not a record of the instance (unknown group). Fix them under RHACS Integration > Routing rules.',
        ])
    })

    it('only active rules are read: an inactive rule neither routes nor warns', () => {
        rules({ name: 'Off', active: false, namespace: 'gibson+', category: 'off' })
        deliver(EXEC)
        expect(incidents()[0].category).toBe('')
        expect(warnings()).toEqual([])
    })
})

describe('hostile text in rules and annotations', () => {
    it('a rule name with [code] and line breaks, a 1 MB annotation: every stored string, answer and log line stays clean', () => {
        rules({ name: 'Evil [code]<b>x</b>[/code]\nline', namespace: 'gibson', category: 'Sec\u0000urity' })
        rules({ name: 'Dev [code]', cluster: 'dev-*', create_incident: false, order: 1 })
        const big = 'G'.repeat(1000000)
        const created = deliver(alert('a', { namespace: 'gibson', annotations: { [ANNOTATION]: '[code]x[/code]\n' + big } }))
        expect(created.status).toBe(201)
        const routedOut = deliver(alert('b', { cluster: 'dev-1' }))
        expect(routedOut.body.routed_by).toBe('Dev (code)')
        const rows = deliveriesTable()
        expect(rows[0].routed_by).toBe('Evil (code)<b>x</b>(/code) line')
        expect(rows[1].detail).toBe('Routing rule "Dev (code)": no Incident is created for this alert.')
        // The record boundary: a single-line field holds no control character.
        expect(incidents()[0].category).toBe('Sec urity')
        // The annotation was too long to name a group: not looked up, nothing logged about it.
        expect(warnings()).toEqual([])
        for (const l of fakeInstance.logs) expect(l.message).not.toMatch(/\n|\[code\]/i)
    })
})

describe('a rule that creates no Incident', () => {
    it('records the delivery as routed_out (202, the rule named), creates no Incident or problem row, and does not count towards a storm', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1' })
        rules({ name: 'Dev: record only', cluster: 'dev-*', create_incident: false })
        const out = opsOf(alert('a', { cluster: 'dev-1' }))
        expect(out.answer).toEqual({ status: 202, body: { sys_id: '', number: '', outcome: 'routed_out', correlation_id: expect.stringMatching(/^rhacs-w:/), routed_by: 'Dev: record only' } })
        // No CI or group lookup for an alert that gets no Incident.
        expect(out.routing).toEqual(['query:x_rhacs_snow_routing_rule'])
        expect(deliver(alert('a', { cluster: 'dev-1' })).body.outcome).toBe('routed_out')
        expect(deliver(alert('b', { cluster: 'dev-1' })).body.outcome).toBe('routed_out')
        expect(incidents()).toHaveLength(0)
        expect(fakeInstance.rows('x_rhacs_snow_problem')).toHaveLength(0)
        expect(deliveriesTable().map((d) => [d.outcome, d.http_status, d.routed_by])).toEqual([
            ['routed_out', 202, 'Dev: record only'],
            ['routed_out', 202, 'Dev: record only'],
            ['routed_out', 202, 'Dev: record only'],
        ])
        // The storm budget (1) counts created Incidents only: the next production alert still gets its own.
        expect(deliver(alert('c')).body.outcome).toBe('created')
    })

    it("a policy rule that creates no Incident keeps a storm Incident from opening", () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1' })
        rules({ name: 'Prod shop', namespace: 'shop' }, { name: 'Exec policy: no storm Incident', policy: 'Kubernetes Actions: Exec into Pod', create_incident: false })
        expect(deliver(alert('a', { namespace: 'shop' })).body.outcome).toBe('created')
        const b = deliver(alert('b', { namespace: 'shop' }))
        expect(b).toMatchObject({ status: 202, body: { outcome: 'routed_out', routed_by: 'Exec policy: no storm Incident' } })
        expect(incidents()).toHaveLength(1)
    })
})

describe('repeats never re-route', () => {
    it('an update after the rules changed keeps the Incident where it is, and reads no routing table', () => {
        rules({ name: 'Gibson', namespace: 'gibson', assignment_group: ROUTING.gibsonGroup })
        deliver(EXEC)
        // An analyst reassigns; the admin points the rule elsewhere.
        const row = fakeInstance.rows('incident')[0]
        row.assignment_group = ROUTING.platformGroup
        fakeInstance.rows('x_rhacs_snow_routing_rule')[0].assignment_group = ROUTING.paymentsGroup
        const repeat = opsOf(EXEC_UPDATE)
        expect(repeat.answer.body.outcome).toBe('updated')
        expect(repeat.routing).toEqual([])
        expect(incidents()[0].assignment_group).toBe(ROUTING.platformGroup)
        expect(opsOf(EXEC_UPDATE).routing).toEqual([]) // a replay: none either
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['Gibson', '', ''])
    })
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
        const before = fakeInstance.operations.length
        expect(runRoutingCheck()).toEqual({ workloadCiLookup: 'missing', rules: 2, invalid: 1, inactiveGroups: 1 })
        expect(fakeInstance.operations.slice(before).some((o) => o.table === 'sys_properties')).toBe(false)
        expect(warnings()).toEqual([
            'RHACS routing check: rule "Bad" is skipped: namespace: the pattern "a|b" looks like a regular expression (use * and ? only).',
            'RHACS routing check: rule "Old group" assigns to group a0000000000000000000000000000009, which is not an active group.',
        ])
        // The class arrives (the CMDB CI Class Models app was installed): the next run records it.
        withWorkloadClass()
        expect(runRoutingCheck().workloadCiLookup).toBe('available')
        expect(fakeInstance.properties[LOOKUP]).toBe('available')
        expect(fakeInstance.logs.filter((l) => l.level === 'info').pop()?.message).toBe(
            'RHACS routing check: workload CI lookup available (was missing); 2 usable rules, 1 invalid, 1 with a group that is not active.',
        )
    })
})
