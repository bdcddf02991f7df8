// Section: routing. New alerts across many workloads with a realistic rule set (namespaces per
// team, production and dev clusters, blocked requests), group annotations on some deployments,
// workload CIs for some and cluster CIs for every cluster, then a re-send of each: the routing
// reads each new Incident costs, by path, and that repeats cost none. The target: at most
// 2 extra operations for a new Incident, none for repeats. The rules and cluster map come from
// the routing snapshot (a property, no query), built as the admin's saves build it; a second,
// smaller run without it shows what the fallback (snapshot not built, or too large) costs.

import { PROPERTY } from '../../src/server/app-properties'
import { onRoutingTableChanged } from '../../src/server/routing-check-job'
import { PROPERTY_VALUE_MAX } from '../../src/server/routing-snapshot'
import { fakeInstance } from '../glide-fake/index'
import { deliver, resetInstance } from '../local-instance'
import { fakeTimeMs, timeTheFake } from './fake-time'
import { distribution, nowMs, opMark, opsSince, OutcomeTable, ROUTING_TABLES, seededRandom } from './measure'
import { check, fixed, opTargetChecks, outcomeData, outcomeLines, table, timeLines, TIME_NOTE, type Check, type SectionResult } from './report'
import { ExecAlertFactory, syntheticId, type Workload } from './synthetic'

const DEPLOYMENTS = 1000
const TEAMS = 20
const CLUSTERS = ['prod-east', 'prod-west', 'dev-1', 'local-cluster']
/** Shares of deployments that carry the group annotation, and that the CMDB knows (by Kubernetes UID). */
const ANNOTATED = 0.25
const IN_CMDB = 0.5
const STEP_MS = 1000
const KEY = 'servicenow/assignment-group'
/** The cluster CIs' sys_ids start with this (the workload CIs' with c2). */
const CLUSTER_CI_PREFIX = 'c1'

/** Deployments the run without the snapshot sends (its paths, not its volume, are the point). */
const FALLBACK_DEPLOYMENTS = 200

const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(32 - prefix.length, '0')

interface Target {
    w: Workload
    cluster: string
    annotated: boolean
}

function seed(targets: Target[]): void {
    fakeInstance.seed('sys_user_group', Array.from({ length: TEAMS + 1 }, (_, t) => ({ sys_id: hex('a', t), name: t === TEAMS ? 'Platform Security' : 'Team ' + t, active: true })))
    const rules: Array<{ [k: string]: string | number | boolean }> = [
        { order: 10, name: 'Dev clusters: no Incident', cluster: 'dev-*', create_incident: false },
        { order: 20, name: 'Blocked requests: record only', blocked: 'yes', create_incident: false },
        // An invalid rule, as an admin may leave one: skipped with a warning, at no extra cost.
        { order: 30, name: 'Regex by mistake', namespace: 'team-1.+' },
    ]
    for (let t = 0; t < TEAMS; t++) {
        rules.push({ order: 100 + t, name: 'Team ' + t + ' namespaces', namespace: 'team-' + t + ', team-' + t + '-*', assignment_group: hex('a', t), category: 'Security' })
    }
    rules.push({ order: 900, name: 'Everything else in production', cluster: 'prod-*, local-cluster', assignment_group: hex('a', TEAMS), category: 'Security' })
    fakeInstance.seed('x_rhacs_snow_routing_rule', rules.map((r) => ({ active: true, ...r })))
    fakeInstance.seed('cmdb_ci', CLUSTERS.map((c, i) => ({ sys_id: hex(CLUSTER_CI_PREFIX, i), name: c, sys_class_name: 'cmdb_ci_kubernetes_cluster' })))
    fakeInstance.seed('x_rhacs_snow_cluster_ci', CLUSTERS.map((c, i) => ({ cluster: c, cmdb_ci: hex(CLUSTER_CI_PREFIX, i), active: true })))
    fakeInstance.seed(
        'cmdb_ci_kubernetes_workload',
        targets.filter((_, i) => i % Math.round(1 / IN_CMDB) === 0).map((t, i) => ({ sys_id: hex('c2', i), name: t.w.name, k8s_uid: t.w.id, sys_class_name: 'cmdb_ci_kubernetes_deployment' })),
    )
}

function bodyOf(factory: ExecAlertFactory, t: Target, alertId: string, times: number[], version: number): string {
    const body = JSON.parse(factory.body(alertId, t.w, times, version)) as { alert: { [k: string]: any } }
    const a = body.alert
    a.clusterName = t.cluster
    a.clusterId = 'id-' + t.cluster
    a.deployment.clusterName = t.cluster
    a.deployment.clusterId = a.clusterId
    a.deployment.annotations = t.annotated ? { [KEY]: 'Team ' + (Number(t.w.namespace.split('-')[1]) % TEAMS) } : {}
    return JSON.stringify(body)
}

/** A readable name for the routing reads one delivery made, in order. */
function pathOf(tables: string[]): string {
    if (tables.length === 0) return 'none'
    const names: { [t: string]: string } = {
        x_rhacs_snow_routing_rule: 'rules',
        x_rhacs_snow_cluster_ci: 'cluster CI',
        sys_user_group: 'annotation group',
        cmdb_ci_kubernetes_workload: 'workload CI',
        sys_properties: 'property write',
    }
    return tables.map((t) => names[t] ?? t).join(' + ')
}

interface Path {
    outcome: string
    count: number
    routing: number
    total: number[]
}

interface Run {
    paths: Map<string, Path>
    non2xx: number
    metaChecks: number
    propertyWrites: number
}

/** Each deployment: a new alert (routed), then (when `repeats`) its re-send with one more violation. */
function deliverAll(targets: Target[], factory: ExecAlertFactory, outcomes: OutcomeTable | null, repeats: boolean): Run {
    const paths = new Map<string, Path>()
    const r: Run = { paths, non2xx: 0, metaChecks: 0, propertyWrites: 0 }
    const rounds: Array<readonly ['new' | 'repeat', number]> = repeats ? [['new', 1], ['repeat', 2]] : [['new', 1]]
    for (const [round, version] of rounds) {
        targets.forEach((t, i) => {
            const times = [fakeInstance.clockMs - 60000 + i, fakeInstance.clockMs - 30000 + i]
            const body = bodyOf(factory, t, syntheticId('a9c4e2b7-3d1f-4a6e-8c5b', i), times, version)
            fakeInstance.advance(STEP_MS)
            const mark = opMark()
            const fake0 = fakeTimeMs()
            const t0 = nowMs()
            const result = deliver(body)
            const elapsed = nowMs() - t0
            const fakeMs = fakeTimeMs() - fake0
            if (result.status < 200 || result.status > 299) r.non2xx += 1
            const events = fakeInstance.operations.slice(mark).filter((e) => ROUTING_TABLES.indexOf(e.table) >= 0)
            r.metaChecks += events.filter((e) => e.op === 'meta').length
            r.propertyWrites += events.filter((e) => e.table === 'sys_properties').length
            const outcome = String(result.body.outcome ?? 'error:' + result.status)
            const first = round === 'new' && i === 0
            if (outcomes !== null) outcomes.add(first ? 'created (first after install)' : outcome, opsSince(mark), elapsed, fakeMs, events.length)
            // A cluster CI found without a read of its table came from the snapshot: named, at no cost.
            const ci = outcome === 'created' ? (fakeInstance.rows('incident').slice(-1)[0]?.cmdb_ci ?? '') : ''
            const fromSnapshot = ci.startsWith(CLUSTER_CI_PREFIX) && !events.some((e) => e.table === 'x_rhacs_snow_cluster_ci')
            const read = pathOf(events.filter((e) => e.op !== 'meta').map((e) => e.table))
            const label = (first ? 'first new Incident after install: ' : '') + outcome + ': ' + read + (fromSnapshot ? ' (miss) + cluster CI from the snapshot' : '')
            const p = paths.get(label) ?? { outcome, count: 0, routing: events.length, total: [] }
            p.count += 1
            p.total.push(fakeInstance.operations.length - mark)
            paths.set(label, p)
        })
    }
    return r
}

/** New-Incident paths (the first after install excluded), most frequent first. */
function newPathsOf(paths: Map<string, Path>): Array<[string, Path]> {
    return [...paths.entries()].sort((a, b) => b[1].count - a[1].count).filter(([label, p]) => p.outcome === 'created' && !label.startsWith('first'))
}

export function routing(): SectionResult {
    // One policy on every deployment: storm budgets lifted so routing, not storm control, is measured.
    resetInstance({ 'x_rhacs_snow.storm.policy_budget': '100000', 'x_rhacs_snow.storm.global_budget': '100000' })
    const random = seededRandom(0x20a7)
    const targets: Target[] = Array.from({ length: DEPLOYMENTS }, (_, i) => {
        const team = i % (TEAMS + 5) // a few namespaces no team rule names
        return {
            w: { name: 'svc-' + String(i).padStart(4, '0'), id: syntheticId('d3a1f0c2-7b4e-4c1d-9e8f', i), namespace: 'team-' + team },
            cluster: CLUSTERS[Math.floor(random() * CLUSTERS.length)],
            annotated: random() < ANNOTATED,
        }
    })
    seed(targets)
    // The admin saved these rules and cluster rows through the form: the after business rule of the
    // last save left the snapshot the deliveries read (each save rebuilds it whole).
    onRoutingTableChanged(null, null)
    const snapshotChars = (fakeInstance.properties[PROPERTY.routingSnapshot] ?? '').length
    const factory = new ExecAlertFactory()
    const outcomes = new OutcomeTable()
    const untime = timeTheFake()
    const run = deliverAll(targets, factory, outcomes, true)
    untime()
    const incidents = fakeInstance.rows('incident')
    const routedBy = new Map<string, number>()
    for (const d of fakeInstance.rows('x_rhacs_snow_delivery')) if ((d.routed_by ?? '') !== '') routedBy.set(d.routed_by, (routedBy.get(d.routed_by) ?? 0) + 1)
    const pathRows = [...run.paths.entries()].sort((a, b) => b[1].count - a[1].count)
    const newPaths = newPathsOf(run.paths)
    const order = ['created', 'routed_out', 'updated', 'created (first after install)']
    const meanNew = fixed(newPaths.reduce((n, [, p]) => n + p.routing * p.count, 0) / Math.max(1, newPaths.reduce((n, [, p]) => n + p.count, 0)))

    // The same rules and rows without the snapshot (not built yet, or too large): the table reads.
    resetInstance({ 'x_rhacs_snow.storm.policy_budget': '100000', 'x_rhacs_snow.storm.global_budget': '100000' })
    seed(targets)
    const fallback = deliverAll(targets.slice(0, FALLBACK_DEPLOYMENTS), new ExecAlertFactory(), null, false)
    const fallbackPaths = newPathsOf(fallback.paths)
    const fallbackMax = Math.max(0, ...fallbackPaths.map(([, p]) => p.routing))

    const lines = [
        DEPLOYMENTS + ' deployments in ' + (TEAMS + 5) + ' namespaces on ' + CLUSTERS.length + ' clusters; ' + ANNOTATED * 100 + '% carry the group annotation, ' + IN_CMDB * 100 +
            '% are in the CMDB (workload CI by Kubernetes UID), every cluster has a cluster CI.',
        TEAMS + 3 + ' active rules (dev clusters and blocked requests routed out, one per team namespace, production fallback, one invalid), ' + (TEAMS + 1) + ' groups.',
        'Each deployment gets a new alert, then a re-send with one more violation. Storm budgets lifted (one policy everywhere); fake clock +' + STEP_MS / 1000 + ' s per delivery.',
        '',
        'routing snapshot:        ' + snapshotChars + ' of ' + PROPERTY_VALUE_MAX + ' characters (the rules and cluster CI rows; built by the business rule of the last save)',
        'deliveries sent:         ' + DEPLOYMENTS * 2,
        'Incidents created:       ' + incidents.length,
        'non-2xx answers:         ' + run.non2xx,
        'metadata checks:         ' + run.metaChecks + ' (the workload class: gs.tableExists and isValidField, on the first new Incident only)',
        'property writes:         ' + run.propertyWrites + ' (x_rhacs_snow.routing.workload_ci_lookup, recorded once)',
        'routing ops per new Incident: mean ' + meanNew + ' (the first after install excluded); per repeat: 0',
        ...timeLines(outcomes),
        '',
        'Routing reads by path (routing ops = operations on the rules, cluster CI, group, workload CI tables and the property):',
        ...table(
            ['outcome: routing reads', 'deliveries', 'routing ops', 'all ops (max)'],
            pathRows.map(([label, p]) => [label, String(p.count), String(p.routing), String(Math.max(...p.total))]),
        ),
        '',
        'Without the snapshot (not built yet, or too large for the property): the first ' + FALLBACK_DEPLOYMENTS + ' deployments again, new alerts only:',
        ...table(
            ['outcome: routing reads', 'deliveries', 'routing ops'],
            [...fallback.paths.entries()].sort((a, b) => b[1].count - a[1].count).map(([label, p]) => [label, String(p.count), String(p.routing)]),
        ),
        '',
        'routed_by on delivery rows: ' + [...routedBy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => k + ' ' + n).join(', ') + ', …',
        '',
        'Outcomes (' + TIME_NOTE + '):',
        ...outcomeLines(outcomes, order),
    ]
    const checks: Check[] = [
        check('no non-2xx answer', run.non2xx === 0 && fallback.non2xx === 0, String(run.non2xx + fallback.non2xx)),
        check('the routing snapshot holds the rules and cluster CIs (else every path pays the table reads)', snapshotChars > 0 && snapshotChars <= PROPERTY_VALUE_MAX, snapshotChars + ' of ' + PROPERTY_VALUE_MAX + ' characters'),
        check(
            'the workload-class check happens once (first new Incident), then never',
            run.propertyWrites === 1 && run.metaChecks <= 2,
            run.metaChecks + ' metadata checks, ' + run.propertyWrites + ' property write',
        ),
        // The target, path by path: at most 2 routing operations for a new Incident.
        ...newPaths.map(([label, p]) => check('routing ops ≤ 2 for a new Incident, path "' + label.replace(/^created: /, '') + '"', p.routing <= 2, p.routing + ' (' + p.count + ' deliveries)')),
        // Not the target (that is met with the snapshot): the fallback's bound, as docs/routing.md states it.
        check('without the snapshot, routing ops ≤ 4 for a new Incident (the fallback docs/routing.md describes)', fallbackMax <= 4, 'max ' + fallbackMax + ' over ' + fallbackPaths.length + ' paths'),
        ...opTargetChecks(outcomes, ['updated']),
    ]
    return {
        id: 'routing',
        title: '5. Routing (' + DEPLOYMENTS * 2 + ' deliveries, then ' + FALLBACK_DEPLOYMENTS + ' without the snapshot)',
        lines,
        checks,
        data: {
            deployments: DEPLOYMENTS,
            annotated_share: ANNOTATED,
            in_cmdb_share: IN_CMDB,
            snapshot_chars: snapshotChars,
            incidents_created: incidents.length,
            non_2xx: run.non2xx,
            metadata_checks: run.metaChecks,
            property_writes: run.propertyWrites,
            paths: pathRows.map(([label, p]) => ({ path: label, deliveries: p.count, routing_ops: p.routing, all_ops_max: Math.max(...p.total) })),
            paths_without_snapshot: [...fallback.paths.entries()].map(([label, p]) => ({ path: label, deliveries: p.count, routing_ops: p.routing })),
            ops_per_delivery: distribution(outcomes.allOps()),
            mean_routing_ops_new: Number(meanNew),
            by_outcome: outcomeData(outcomes),
        },
    }
}
