// The Glide edge of routing (GlidePlatform delegates here; split from glide-platform.ts for size):
// the rules table, the cluster -> CI map, sys_user_group, the optional Kubernetes workload CMDB
// class, the recent deliveries the rule form's test reads, and the routing properties it writes.
// One query or one write each; nothing here decides anything.

import { GlideRecord, gs } from '@servicenow/glide'
import { str } from './glide-values.ts'
import { CLUSTER_CI_TABLE, DELIVERY_TABLE, GROUP_TABLE, K8S_UID_COLUMN, ROUTING_RULE_TABLE, WORKLOAD_CI_TABLE, type ClusterCiRow } from './platform-port.ts'
import type { StoredDelivery } from './routing-rule-test.ts'
import { MAX_RULES, RULE_COLUMNS, type RoutingRuleRow } from './routing-rules.ts'

export function readRoutingRules(): RoutingRuleRow[] {
    const gr = new GlideRecord(ROUTING_RULE_TABLE)
    gr.addQuery('active', true)
    gr.orderBy('order')
    gr.setLimit(MAX_RULES)
    gr.query()
    const rows: RoutingRuleRow[] = []
    while (gr.next()) {
        const row = {} as { [column: string]: string }
        for (const column of RULE_COLUMNS) row[column] = str(gr, column)
        rows.push(row as unknown as RoutingRuleRow)
    }
    return rows
}

export function findActiveGroups(sysIdOrName: string): Array<{ sysId: string; name: string }> {
    // Never query with an empty value: a condition with no value can match every row.
    if (sysIdOrName === '') return []
    const gr = new GlideRecord(GROUP_TABLE)
    gr.addQuery(/^[0-9a-f]{32}$/.test(sysIdOrName) ? 'sys_id' : 'name', sysIdOrName)
    gr.addQuery('active', true)
    gr.setLimit(2)
    gr.query()
    const out: Array<{ sysId: string; name: string }> = []
    while (gr.next()) out.push({ sysId: str(gr, 'sys_id'), name: str(gr, 'name') })
    return out
}

export function findClusterCis(clusterId: string, clusterName: string): ClusterCiRow[] {
    const values = [clusterId, clusterName].filter((v) => v !== '')
    if (values.length === 0) return []
    const gr = new GlideRecord(CLUSTER_CI_TABLE)
    // cluster = id OR cluster = name: two values, never an IN list (a cluster name may hold a comma).
    const condition = gr.addQuery('cluster', values[0])
    if (values.length > 1) condition.addOrCondition('cluster', values[1])
    gr.addQuery('active', true)
    // The same pick as the snapshot's when two rows name one cluster: the lowest CI sys_id first.
    gr.orderBy('cmdb_ci')
    gr.setLimit(10)
    gr.query()
    const out: ClusterCiRow[] = []
    while (gr.next()) out.push({ cluster: str(gr, 'cluster'), cmdbCi: str(gr, 'cmdb_ci') })
    return out
}

export function readClusterCis(limit: number): ClusterCiRow[] {
    const gr = new GlideRecord(CLUSTER_CI_TABLE)
    // A row without a cluster never matches; with it, the query walks the (cluster, active) index.
    gr.addNotNullQuery('cluster')
    gr.addQuery('active', true)
    gr.orderBy('cluster')
    gr.setLimit(limit)
    gr.query()
    const out: ClusterCiRow[] = []
    while (gr.next()) out.push({ cluster: str(gr, 'cluster'), cmdbCi: str(gr, 'cmdb_ci') })
    return out
}

/** Checked before any query on the class: a query on a missing column would drop its condition
 * and match every CI (docs/platform-assumptions.md, "Unknown fields in queries"). */
export function workloadCiTableUsable(): boolean {
    if (!gs.tableExists(WORKLOAD_CI_TABLE)) return false
    return new GlideRecord(WORKLOAD_CI_TABLE).isValidField(K8S_UID_COLUMN)
}

export function findWorkloadCi(k8sUid: string): string | null {
    if (k8sUid === '') return null
    const gr = new GlideRecord(WORKLOAD_CI_TABLE)
    gr.addQuery(K8S_UID_COLUMN, k8sUid)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? str(gr, 'sys_id') || null : null
}

export function writeProperty(name: string, value: string): void {
    gs.setProperty(name, value, '')
}

/** The routing rule form's test button: newest first, on the (received, …) index. */
export function recentAlertDeliveries(since: string, limit: number): StoredDelivery[] {
    const gr = new GlideRecord(DELIVERY_TABLE)
    gr.addQuery('received', '>=', since)
    gr.addQuery('kind', 'alert')
    gr.orderByDesc('received')
    gr.setLimit(limit)
    gr.query()
    const out: StoredDelivery[] = []
    while (gr.next()) {
        out.push({ received: str(gr, 'received'), alertId: str(gr, 'alert_id'), rawBody: str(gr, 'raw_body'), attached: ['1', 'true'].indexOf(str(gr, 'raw_body_attached')) >= 0, routedBy: str(gr, 'routed_by') })
    }
    return out
}
