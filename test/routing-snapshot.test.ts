// The routing snapshot (x_rhacs_snow.routing.snapshot): its encoding read back exactly, every
// value it must refuse, the size bound of the property's value column, the business rules that
// rebuild it when an admin saves or deletes a rule or cluster CI row, the fallback to the tables
// when it is unusable, and what each routing path costs with it (docs/routing.md, "Cost").
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { PROPERTY } from '../src/server/app-properties'
import { runRoutingCheck } from '../src/server/routing-check-job'
import { MAX_RULES, RULE_COLUMNS, type RoutingRuleRow } from '../src/server/routing-rules'
import { buildSnapshot, decodeSnapshot, encodeSnapshot, MAX_CLUSTER_ROWS, PROPERTY_VALUE_MAX, SNAPSHOT_COLUMNS, SNAPSHOT_VERSION, type RoutingSnapshot } from '../src/server/routing-snapshot'
import { fakeInstance, GlideRecord, gs } from '../tools/glide-fake/index'
import { PROPERTY_VALUE_MAX as FAKE_PROPERTY_VALUE_MAX } from '../tools/glide-fake/schema'
import { deliver, incidents, resetInstance } from '../tools/local-instance'
import { alert, ANNOTATION, EXEC, EXEC_UPDATE, LOOKUP, opsOf, rules, warnings, withWorkloadClass } from './support/routing'
import { ROUTING } from './support/scenarios'

const SNAPSHOT = PROPERTY.routingSnapshot

function row(values: Partial<RoutingRuleRow>): RoutingRuleRow {
    const r = {} as { [column: string]: string }
    for (const c of RULE_COLUMNS) r[c] = ''
    return { ...(r as unknown as RoutingRuleRow), ...values }
}

/** What decoding gives back: rules by sys_id, cluster rows with a CI by cluster then CI. */
function normalized(s: RoutingSnapshot): RoutingSnapshot {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
    return {
        rules: s.rules.slice().sort((a, b) => cmp(a.sys_id, b.sys_id)),
        clusters: s.clusters.filter((c) => c.cluster !== '' && c.cmdbCi !== '').sort((a, b) => cmp(a.cluster, b.cluster) || cmp(a.cmdbCi, b.cmdbCi)),
    }
}

/** Writes as the admin's form would: through GlideRecord, so the business rules run. */
const admin = {
    insert(table: string, values: { [column: string]: string | number | boolean }): string {
        const gr = new GlideRecord(table)
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = gr.insert()
        if (id === null) throw new Error('insert refused')
        return id
    },
    update(table: string, sysId: string, values: { [column: string]: string | number | boolean }): void {
        const gr = new GlideRecord(table)
        expect(gr.get(sysId)).toBe(true)
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        expect(gr.update()).toBe(sysId)
    },
    delete(table: string, sysId: string): void {
        const gr = new GlideRecord(table)
        expect(gr.get(sysId)).toBe(true)
        expect(gr.deleteRecord()).toBe(true)
    },
}

function stored(): RoutingSnapshot | null {
    return decodeSnapshot(fakeInstance.properties[SNAPSHOT])
}

beforeEach(() => {
    resetInstance()
    fakeInstance.seed('sys_user_group', ROUTING.groups)
})

describe('encoding (pure)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 })
    const ruleRow = fc.record(Object.fromEntries(RULE_COLUMNS.map((c) => [c, text])) as { [c: string]: fc.Arbitrary<string> }).map((r) => r as unknown as RoutingRuleRow)
    const clusterRow = fc.record({ cluster: text, cmdbCi: text })

    it('reads back exactly what it was given (rules by sys_id; cluster rows with a CI, sorted), whatever the text', () => {
        fc.assert(
            fc.property(fc.array(ruleRow, { maxLength: 8 }), fc.array(clusterRow, { maxLength: 8 }), (rs, cs) => {
                const snapshot = { rules: rs, clusters: cs }
                const value = encodeSnapshot(snapshot)
                // Values this small always fit; the decoder refuses only what is over the bound.
                expect(value.length).toBeLessThanOrEqual(PROPERTY_VALUE_MAX)
                expect(decodeSnapshot(value)).toEqual(normalized(snapshot))
            }),
            { numRuns: 300 },
        )
    })

    it('the table order never changes the value (an unchanged map is not written again)', () => {
        fc.assert(
            fc.property(fc.array(ruleRow, { maxLength: 6 }), fc.array(clusterRow, { maxLength: 6 }), fc.integer(), (rs, cs, seed) => {
                const shuffle = <T>(xs: T[]) => xs.map((x, i) => [((i + 1) * (seed | 1)) % 7919, x] as const).sort((a, b) => a[0] - b[0]).map((p) => p[1])
                // Distinct sys_ids: two rows with one sys_id cannot come from one table.
                const unique = rs.map((r, i) => ({ ...r, sys_id: String(i).padStart(3, '0') + r.sys_id }))
                expect(encodeSnapshot({ rules: shuffle(unique), clusters: shuffle(cs) })).toBe(encodeSnapshot({ rules: unique, clusters: cs }))
            }),
        )
    })

    it('every rule column is in the format exactly once, and the empty ones at the end of a row are left out', () => {
        expect(SNAPSHOT_COLUMNS.slice().sort()).toEqual(RULE_COLUMNS.slice().sort())
        const value = encodeSnapshot({ rules: [row({ sys_id: 'a'.repeat(32), order: '10', name: 'Only a name' })], clusters: [{ cluster: 'prod', cmdbCi: '' }] })
        expect(value).toBe('{"v":' + SNAPSHOT_VERSION + ',"r":[["' + 'a'.repeat(32) + '","10","Only a name"]],"c":[]}')
    })

    it('refuses anything it cannot read back exactly: empty, cut, another version, another shape, too many rows or columns', () => {
        const good = encodeSnapshot({ rules: [row({ sys_id: 'b'.repeat(32), name: 'R', namespace: 'team-*' })], clusters: [{ cluster: 'prod', cmdbCi: 'c'.repeat(32) }] })
        expect(decodeSnapshot(good)).not.toBeNull()
        const refused = [
            null,
            undefined,
            '',
            ' ',
            good.slice(0, good.length - 1),
            good.slice(0, 20),
            good.replace('"v":' + SNAPSHOT_VERSION, '"v":' + (SNAPSHOT_VERSION + 1)),
            good.replace('"v":' + SNAPSHOT_VERSION, '"v":"' + SNAPSHOT_VERSION + '"'),
            '[]',
            'null',
            '{"v":1,"r":{},"c":[]}',
            '{"v":1,"r":[],"c":{}}',
            '{"v":1,"r":[]}',
            '{"v":1,"r":[[1]],"c":[]}',
            '{"v":1,"r":["x"],"c":[]}',
            '{"v":1,"r":[' + JSON.stringify(new Array(SNAPSHOT_COLUMNS.length + 1).fill('x')) + '],"c":[]}',
            '{"v":1,"r":[],"c":[["only"]]}',
            '{"v":1,"r":[],"c":[["a","b","c"]]}',
            '{"v":1,"r":[],"c":[["a",null]]}',
            '{"v":1,"r":[],"c":[' + new Array(MAX_CLUSTER_ROWS + 1).fill('["a","b"]').join(',') + ']}',
            '{"v":1,"r":[' + new Array(MAX_RULES + 1).fill('[]').join(',') + '],"c":[]}',
            '{"v":1,"r":[],"c":[],"pad":"' + 'x'.repeat(PROPERTY_VALUE_MAX) + '"}',
        ]
        for (const value of refused) expect(decodeSnapshot(value), String(value).slice(0, 60)).toBeNull()
    })

    it('a snapshot fits up to the property value length and not one character more', () => {
        const base = encodeSnapshot({ rules: [row({ sys_id: 'd'.repeat(32), name: 'n' })], clusters: [] })
        const name = 'n'.repeat(PROPERTY_VALUE_MAX - base.length + 1)
        const fits = buildSnapshot([row({ sys_id: 'd'.repeat(32), name })], [])
        expect('value' in fits && fits.value.length).toBe(PROPERTY_VALUE_MAX)
        const over = buildSnapshot([row({ sys_id: 'd'.repeat(32), name: name + 'n' })], [])
        expect(over).toEqual({ tooLarge: PROPERTY_VALUE_MAX + 1 + ' characters, more than the ' + PROPERTY_VALUE_MAX + ' the property holds' })
        expect(buildSnapshot([], new Array(MAX_CLUSTER_ROWS + 1).fill({ cluster: 'a', cmdbCi: 'b' }))).toEqual({ tooLarge: 'more than ' + MAX_CLUSTER_ROWS + ' active cluster CI rows' })
        expect(buildSnapshot(new Array(MAX_RULES + 1).fill(row({})), [])).toEqual({ tooLarge: 'more than ' + MAX_RULES + ' active rules' })
    })

    it("the bound is the Now SDK's own sys_properties.value length, and the fake enforces the same one", () => {
        const source = readFileSync(new URL('../node_modules/@servicenow/sdk-core/src/fluent/tables/sys_properties.now.ts', import.meta.url), 'utf8')
        const value = /\bvalue: StringColumn\(\{[^}]*maxLength: (\d+)/.exec(source)
        expect(value?.[1]).toBe(String(PROPERTY_VALUE_MAX))
        expect(FAKE_PROPERTY_VALUE_MAX).toBe(PROPERTY_VALUE_MAX)
        gs.setProperty('x_rhacs_snow.some', 'x'.repeat(PROPERTY_VALUE_MAX + 1), '')
        expect(fakeInstance.properties['x_rhacs_snow.some']).toHaveLength(PROPERTY_VALUE_MAX)
        expect(fakeInstance.takeViolations()).toEqual(['sys_properties.value holds 4000 characters: a value of 4001 for x_rhacs_snow.some is cut'])
    })
})

describe('the business rules keep it current (the admin saves or deletes a row)', () => {
    it('a rule saved, changed, deactivated and deleted through the form: the snapshot follows each time, in the same transaction', () => {
        expect(fakeInstance.properties[SNAPSHOT]).toBeUndefined()
        const before = fakeInstance.operations.length
        const id = admin.insert('x_rhacs_snow_routing_rule', { name: 'Gibson', order: 10, active: true, namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup })
        // The rule's insert, then the rebuild: both tables read, the property written once.
        expect(fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table)).toEqual([
            'insert:x_rhacs_snow_routing_rule',
            'query:x_rhacs_snow_routing_rule',
            'query:x_rhacs_snow_cluster_ci',
            'update:sys_properties',
        ])
        expect(stored()?.rules.map((r) => [r.sys_id, r.name, r.namespace, r.assignment_group])).toEqual([[id, 'Gibson', 'gibson*', ROUTING.gibsonGroup]])
        admin.update('x_rhacs_snow_routing_rule', id, { namespace: 'gibson, gibson-*' })
        expect(stored()?.rules[0].namespace).toBe('gibson, gibson-*')
        admin.update('x_rhacs_snow_routing_rule', id, { active: false })
        expect(stored()).toEqual({ rules: [], clusters: [] })
        admin.update('x_rhacs_snow_routing_rule', id, { active: true })
        expect(stored()?.rules).toHaveLength(1)
        admin.delete('x_rhacs_snow_routing_rule', id)
        expect(stored()).toEqual({ rules: [], clusters: [] })
    })

    it('a save that changes nothing the snapshot holds does not write the property again (each write flushes the property cache)', () => {
        const id = admin.insert('x_rhacs_snow_routing_rule', { name: 'Gibson', order: 10, active: true, namespace: 'gibson*' })
        const before = fakeInstance.operations.length
        admin.update('x_rhacs_snow_routing_rule', id, { namespace: 'gibson*' })
        const ops = fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table)
        expect(ops).toEqual(['get:x_rhacs_snow_routing_rule', 'update:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
    })

    it('cluster CI rows saved, deactivated and deleted (one by one or many at once): the map follows', () => {
        const east = admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'prod-east', cmdb_ci: 'c0000000000000000000000000000002', active: true })
        const west = admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'prod-west', cmdb_ci: 'c0000000000000000000000000000003', active: true })
        expect(stored()?.clusters).toEqual([
            { cluster: 'prod-east', cmdbCi: 'c0000000000000000000000000000002' },
            { cluster: 'prod-west', cmdbCi: 'c0000000000000000000000000000003' },
        ])
        admin.update('x_rhacs_snow_cluster_ci', west, { active: false })
        expect(stored()?.clusters.map((c) => c.cluster)).toEqual(['prod-east'])
        admin.delete('x_rhacs_snow_cluster_ci', east)
        expect(stored()?.clusters).toEqual([])
        admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'dev-1', cmdb_ci: 'c0000000000000000000000000000004', active: true })
        expect(stored()?.clusters).toHaveLength(1)
        const all = new GlideRecord('x_rhacs_snow_cluster_ci')
        all.addQuery('active', true)
        all.deleteMultiple()
        expect(stored()?.clusters).toEqual([])
    })

    it('rows that no longer fit empty the snapshot (never a stale or cut one) with one warning per rebuild; the deliveries read the tables', () => {
        admin.insert('x_rhacs_snow_routing_rule', { name: 'Gibson', order: 10, active: true, namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup })
        expect(stored()?.rules).toHaveLength(1)
        // Rules with long patterns, as an admin may write them, until one no longer fits.
        let added = 0
        while (fakeInstance.properties[SNAPSHOT] !== '' && added < 40) {
            expect(warnings()).toEqual([])
            admin.insert('x_rhacs_snow_routing_rule', { name: 'Rule ' + added, order: 100 + added, active: true, namespace: 'team-' + added + '-' + 'x'.repeat(200) })
            added += 1
        }
        expect(added).toBeGreaterThan(10)
        expect(added).toBeLessThan(20)
        expect(fakeInstance.properties[SNAPSHOT]).toBe('')
        expect(warnings()).toHaveLength(1)
        expect(warnings()[0]).toMatch(
            /^RHACS routing: the routing snapshot cannot hold the active rules and cluster CIs \(\d{4} characters, more than the 4000 the property holds; the property x_rhacs_snow.routing.snapshot holds 4000 characters\), so each new Incident reads the rules and its cluster CI from their tables: up to 2 more reads\./,
        )
        // Still routed by the rule, now from the table: the fallback's reads.
        fakeInstance.properties[LOOKUP] = 'missing'
        const { routing } = opsOf(EXEC)
        expect(routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
        expect(incidents()[0].assignment_group).toBe(ROUTING.gibsonGroup)
    })

    it('the daily routing check job rebuilds a snapshot the business rules never saw (rows imported without business rules), and repairs a hand-edited one', () => {
        rules({ name: 'Gibson', namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup })
        fakeInstance.seed('x_rhacs_snow_cluster_ci', [{ cluster: 'prod-east', cmdb_ci: 'c0000000000000000000000000000002', active: true }])
        expect(fakeInstance.properties[SNAPSHOT]).toBeUndefined()
        const first = runRoutingCheck()
        expect(first.snapshotChars).toBe(fakeInstance.properties[SNAPSHOT].length)
        expect(stored()?.rules.map((r) => r.name)).toEqual(['Gibson'])
        expect(stored()?.clusters).toEqual([{ cluster: 'prod-east', cmdbCi: 'c0000000000000000000000000000002' }])
        fakeInstance.properties[SNAPSHOT] = '{"v":1,"r":[],"c":[]}'
        runRoutingCheck()
        expect(stored()?.rules.map((r) => r.name)).toEqual(['Gibson'])
        expect(fakeInstance.logs.filter((l) => l.level === 'info').pop()?.message).toMatch(/; routing snapshot \d+ characters \(rebuilt\)\.$/)
    })
})

describe('a delivery with the snapshot', () => {
    /** The admin's rules and cluster map, saved through the form (the business rules build the snapshot). */
    function configure(): void {
        admin.insert('x_rhacs_snow_routing_rule', { name: 'With CI', order: 10, active: true, namespace: 'with-ci', cmdb_ci: 'c0000000000000000000000000000042' })
        admin.insert('x_rhacs_snow_routing_rule', { name: 'Teams', order: 20, active: true, namespace: 'team-*, gibson', assignment_group: ROUTING.paymentsGroup, category: 'Security' })
        admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'prod-east', cmdb_ci: 'c0000000000000000000000000000002', active: true })
        admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'id-prod-west', cmdb_ci: 'c0000000000000000000000000000003', active: true })
        admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'prod-west', cmdb_ci: 'c0000000000000000000000000000004', active: true })
        admin.insert('x_rhacs_snow_cluster_ci', { cluster: 'staging', cmdb_ci: 'c0000000000000000000000000000005', active: false })
        expect(stored()?.rules).toHaveLength(2)
    }

    it('every path costs at most 2 routing operations once the workload check is recorded, and a repeat none', () => {
        const annotated = { [ANNOTATION]: 'Gibson On-Call' }
        const paths: Array<[string, string, () => string, string[]]> = [
            ['missing', 'no CMDB class: the cluster CI from the snapshot', () => alert('p1'), []],
            ['missing', 'a rule naming its CI', () => alert('p2', { namespace: 'with-ci' }), []],
            ['missing', 'group annotation, rule naming its CI', () => alert('p3', { namespace: 'with-ci', annotations: annotated }), ['query:sys_user_group']],
            ['missing', 'group annotation, cluster CI', () => alert('p4', { annotations: annotated }), ['query:sys_user_group']],
            ['available', 'workload CI found', () => EXEC, ['query:cmdb_ci_kubernetes_workload']],
            ['available', 'workload CI missed: the cluster CI from the snapshot', () => alert('miss'), ['query:cmdb_ci_kubernetes_workload']],
            ['available', 'group annotation, workload CI found', () => alert('p5', { annotations: annotated }).replace('"uid-p5"', '"' + ROUTING.workloadCis[0].k8s_uid + '"'), ['query:sys_user_group', 'query:cmdb_ci_kubernetes_workload']],
            ['available', 'group annotation, workload CI missed, cluster CI', () => alert('p6', { annotations: annotated }), ['query:sys_user_group', 'query:cmdb_ci_kubernetes_workload']],
        ]
        for (const lookup of ['missing', 'available']) {
            resetInstance({ [LOOKUP]: lookup })
            fakeInstance.seed('sys_user_group', ROUTING.groups)
            if (lookup === 'available') withWorkloadClass()
            configure()
            for (const [state, what, body, expected] of paths) {
                if (state !== lookup) continue
                const { answer, routing } = opsOf(body())
                expect(answer.status, what).toBe(201)
                expect(routing, what).toEqual(expected)
                expect(routing.length, what).toBeLessThanOrEqual(2)
            }
        }
        expect(opsOf(EXEC_UPDATE).routing).toEqual([])
        expect(incidents().map((i) => [i.cmdb_ci, i.assignment_group])).toEqual([
            [ROUTING.gibsonCi, ROUTING.paymentsGroup],
            ['c0000000000000000000000000000002', ROUTING.paymentsGroup],
            [ROUTING.gibsonCi, ROUTING.gibsonGroup],
            ['c0000000000000000000000000000002', ROUTING.gibsonGroup],
        ])
    })

    it('routes exactly as reading the tables does: the same Incidents, fields and routed_by, with and without the snapshot', () => {
        const bodies = [
            EXEC,
            alert('a', { cluster: 'prod-east', clusterId: '' }),
            alert('b', { cluster: 'prod-west', clusterId: 'id-prod-west' }),
            alert('c', { cluster: 'prod-west', clusterId: 'other' }),
            alert('d', { cluster: 'staging' }),
            alert('e', { namespace: 'with-ci' }),
            alert('f', { namespace: 'team-x', annotations: { [ANNOTATION]: 'Payments On-Call' } }),
            alert('g', { cluster: '', clusterId: '' }),
        ]
        const run = (snapshot: boolean) => {
            resetInstance({ [LOOKUP]: 'available' })
            fakeInstance.seed('sys_user_group', ROUTING.groups)
            withWorkloadClass()
            configure()
            if (!snapshot) fakeInstance.properties[SNAPSHOT] = ''
            const answers = bodies.map((b) => deliver(b).status)
            return {
                answers,
                incidents: incidents().map((i) => ({ group: i.assignment_group, ci: i.cmdb_ci, category: i.category })),
                routedBy: fakeInstance.rows('x_rhacs_snow_delivery').map((d) => d.routed_by),
                reads: fakeInstance.operations.filter((o) => o.table === 'x_rhacs_snow_routing_rule' || o.table === 'x_rhacs_snow_cluster_ci').length,
            }
        }
        const withSnapshot = run(true)
        const withoutSnapshot = run(false)
        expect(withSnapshot.answers.every((s) => s === 201)).toBe(true)
        expect({ ...withSnapshot, reads: 0 }).toEqual({ ...withoutSnapshot, reads: 0 })
        // The setup's own reads (the business rules) are the same in both; the deliveries add reads only without it.
        expect(withoutSnapshot.reads).toBeGreaterThan(withSnapshot.reads)
    })

    it('a cluster name matches its row ignoring case, as pickClusterCi does with what the database returns', () => {
        // The fake's query matches exactly; an instance's database may ignore case, so only the
        // snapshot's answer is pinned here (docs/routing.md, "Configuration items").
        configure()
        fakeInstance.properties[LOOKUP] = 'missing'
        expect(opsOf(alert('c', { cluster: 'PROD-WEST', clusterId: 'other' })).routing).toEqual([])
        expect(incidents()[0].cmdb_ci).toBe('c0000000000000000000000000000004')
    })

    it('a snapshot of another format version, or a cut one, is not read: the tables are', () => {
        configure()
        fakeInstance.properties[LOOKUP] = 'missing'
        const good = fakeInstance.properties[SNAPSHOT]
        fakeInstance.properties[SNAPSHOT] = good.replace('"v":1', '"v":2')
        expect(opsOf(alert('x')).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
        fakeInstance.properties[SNAPSHOT] = good.slice(0, -2)
        expect(opsOf(alert('y')).routing).toEqual(['query:x_rhacs_snow_routing_rule', 'query:x_rhacs_snow_cluster_ci'])
        fakeInstance.properties[SNAPSHOT] = good
        expect(opsOf(alert('z')).routing).toEqual([])
        expect(incidents().map((i) => i.cmdb_ci)).toEqual(['c0000000000000000000000000000002', 'c0000000000000000000000000000002', 'c0000000000000000000000000000002'])
    })

    it('an invalid rule in the snapshot is skipped with the same warning as when read from the table', () => {
        admin.insert('x_rhacs_snow_routing_rule', { name: 'Bad', order: 5, active: true, namespace: 'a|b' })
        fakeInstance.properties[LOOKUP] = 'missing'
        expect(opsOf(EXEC).routing).toEqual([])
        expect(warnings()).toEqual(['RHACS routing: skipped 1 invalid rule: "Bad": namespace: the pattern "a|b" looks like a regular expression (use * and ? only). Fix them under RHACS Integration > Routing rules.'])
    })
})
