// Shared by the routing handler tests: variants of the exec alert, the routing reads one delivery
// caused, rule seeding and the warnings logged.
import { fakeInstance } from '../../tools/glide-fake/index'
import { deliver } from '../../tools/local-instance'
import { fixtureBody } from './scenario-engine'
import { ROUTING } from './scenarios'

export const EXEC = fixtureBody('01-exec-into-pod.json')
export const EXEC_UPDATE = fixtureBody('01b-exec-into-pod-update-same-id.json')
export const ANNOTATION = 'servicenow/assignment-group'
export const LOOKUP = 'x_rhacs_snow.routing.workload_ci_lookup'
const ROUTING_TABLES = ['x_rhacs_snow_routing_rule', 'x_rhacs_snow_cluster_ci', 'sys_user_group', 'cmdb_ci_kubernetes_workload', 'sys_properties']

/** A variant of the exec alert: another workload (new dedup key), cluster, namespace, annotations. */
export function alert(name: string, options: { cluster?: string; clusterId?: string; namespace?: string; annotations?: { [k: string]: string }; policy?: string } = {}): string {
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
export function opsOf(body: string) {
    const before = fakeInstance.operations.length
    const answer = deliver(body)
    const ops = fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table)
    return { answer, ops, routing: ops.filter((o) => ROUTING_TABLES.includes(o.slice(o.indexOf(':') + 1))) }
}

export function rules(...rows: Array<{ [column: string]: string | number | boolean }>) {
    fakeInstance.seed('x_rhacs_snow_routing_rule', rows.map((r, i) => ({ order: (i + 1) * 10, active: true, ...r })))
}

export function warnings(): string[] {
    return fakeInstance.logs.filter((l) => l.level === 'warn').map((l) => l.message)
}

export function withWorkloadClass(): void {
    fakeInstance.seed('cmdb_ci_kubernetes_workload', ROUTING.workloadCis)
}
