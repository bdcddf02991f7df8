import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onRoutingTableChanged } from '../../server/routing-check-job'

/**
 * A routing rule was created, changed or deleted: rebuild the routing snapshot
 * (x_rhacs_snow.routing.snapshot) in the same transaction, after the write, so the next new
 * Incident routes with the change and without reading the table. No condition: any column can
 * change the snapshot; the property is written only when its value changes.
 */
export const routingRuleSnapshotRule = BusinessRule({
    $id: Now.ID['br-routing-rule-snapshot'],
    name: 'RHACS routing rule changed: rebuild the routing snapshot',
    table: 'x_rhacs_snow_routing_rule',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    active: true,
    order: 100,
    script: onRoutingTableChanged,
})

/** The same for the cluster -> CI map: the snapshot carries its active rows. */
export const clusterCiSnapshotRule = BusinessRule({
    $id: Now.ID['br-cluster-ci-snapshot'],
    name: 'RHACS cluster CI changed: rebuild the routing snapshot',
    table: 'x_rhacs_snow_cluster_ci',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    active: true,
    order: 100,
    script: onRoutingTableChanged,
})
