// Where a new Incident goes: the routing rules (read once per transaction), the deployment's group
// annotation, and its configuration item, through the Platform port; the decisions are pure
// (routing-rules.ts). Called only when an Incident is about to be created: repeats never re-route.
// Cost for a new Incident: a group lookup only when the deployment carries the annotation, plus a
// workload CI lookup only when no rule names a CI (and the class exists). The rules and the
// cluster -> CI map come from the routing snapshot, a property (no query); only when it is not
// usable (not built yet, too large) are they read: the rules once per transaction, the cluster
// row when no workload CI was found (docs/routing.md, "Cost").

import type { AlertFacts } from './alert-facts.ts'
import { PROPERTY } from './app-properties.ts'
import type { Delivery } from './delivery-context.ts'
import type { ClusterCiRow, Platform } from './platform-port.ts'
import { annotationToResolve, compileRules, decideRouting, firstMatchingRule, type InvalidRule, type RoutingDecision, type RoutingRule, type RoutingRuleRow } from './routing-rules.ts'
import { buildSnapshot, decodeSnapshot, MAX_CLUSTER_ROWS, PROPERTY_VALUE_MAX } from './routing-snapshot.ts'
import type { RoutingSubject } from './routing-subject.ts'
import { cleanLine, clip } from './text-hygiene.ts'

export type Routing = RoutingDecision

/** The rules of this transaction: read and compiled on first use, then reused (storm retries, recovery). */
export interface RoutingCache {
    rules: RoutingRule[]
    /** Every active cluster -> CI row, from the snapshot; null when the snapshot was not usable
     * (each cluster CI lookup is then a query). */
    clusters: ClusterCiRow[] | null
}

export function subjectOf(facts: AlertFacts): RoutingSubject {
    return {
        clusterId: facts.routing.clusterId,
        clusterName: facts.clusterName,
        namespace: facts.namespace,
        policyId: facts.policyId,
        policyName: facts.policyName,
        categories: facts.routing.policyCategories,
        severity: facts.severity,
        stage: facts.stage,
        blocked: facts.blocked,
        labels: facts.routing.labels,
        annotations: facts.routing.annotations,
    }
}

function invalidLine(invalid: InvalidRule[]): string {
    const shown = invalid.slice(0, 5).map((r) => '"' + clip(r.name, 100) + '": ' + clip(r.reason, 300))
    return (
        'RHACS routing: skipped ' + invalid.length + (invalid.length === 1 ? ' invalid rule: ' : ' invalid rules: ') + shown.join('; ') +
        (invalid.length > 5 ? '; and ' + (invalid.length - 5) + ' more' : '') + '. Fix them under RHACS Integration > Routing rules.'
    )
}

/**
 * The rules and cluster map of this transaction: from the routing snapshot (no query), else one
 * query for the rules. Invalid rules are skipped with one warning line naming them.
 */
function routingCache(d: Delivery): RoutingCache {
    if (d.routing !== undefined) return d.routing
    const snapshot = decodeSnapshot(d.platform.readProperty(PROPERTY.routingSnapshot))
    const { rules, invalid } = compileRules(snapshot !== null ? snapshot.rules : d.platform.readRoutingRules())
    if (invalid.length > 0) d.platform.warn(invalidLine(invalid))
    d.routing = { rules, clusters: snapshot !== null ? snapshot.clusters : null }
    return d.routing
}

export function routingRules(d: Delivery): RoutingRule[] {
    return routingCache(d).rules
}

/** The active group the annotation value names, or '' (with a warning saying why not). */
function annotationGroup(d: Delivery, value: string): string {
    if (value === '') return ''
    const groups = d.platform.findActiveGroups(value)
    if (groups.length === 1) return groups[0].sysId
    d.platform.warn(
        'RHACS routing: the annotation ' + d.config.annotationKey + '="' + cleanLine(clip(value, 100), 100) + '" names ' +
            (groups.length === 0 ? 'no active group' : 'more than one active group') + '; the rules or the property decide the group.',
    )
    return ''
}

/** The cluster row for this cluster: one with its RHACS id wins over one with its name. */
export function pickClusterCi(rows: ClusterCiRow[], clusterId: string, clusterName: string): string {
    const byId = rows.filter((r) => clusterId !== '' && r.cluster === clusterId && r.cmdbCi !== '')[0]
    if (byId !== undefined) return byId.cmdbCi
    const name = clusterName.toLowerCase()
    const byName = rows.filter((r) => r.cluster.toLowerCase() === name && r.cmdbCi !== '')[0]
    return byName !== undefined ? byName.cmdbCi : ''
}

/**
 * Whether workload CIs can be looked up: the instance's answer is kept in a property, so only the
 * first new Incident after install (or after an admin set it back to "unchecked") checks the
 * metadata and writes the property; the daily routing check job checks again.
 */
function workloadLookupAvailable(d: Delivery): boolean {
    if (d.config.workloadCiLookup !== 'unchecked') return d.config.workloadCiLookup === 'available'
    const available = d.platform.workloadCiTableUsable()
    d.platform.writeProperty(PROPERTY.workloadCiLookup, available ? 'available' : 'missing')
    d.config = { ...d.config, workloadCiLookup: available ? 'available' : 'missing' }
    return available
}

/** Longer payload values cannot equal a stored one (the columns hold 255): they are not queried with. */
const LOOKUP_VALUE_MAX = 255

function lookupValue(value: string): string {
    return value.length <= LOOKUP_VALUE_MAX ? value : ''
}

/** The workload's CI by its Kubernetes UID, else its cluster's CI (from the snapshot when usable), else ''. */
export function foundCi(d: Delivery, facts: AlertFacts): string {
    const uid = lookupValue(facts.entity.kind === 'deployment' ? facts.routing.deploymentId : '')
    if (uid !== '' && workloadLookupAvailable(d)) {
        const ci = d.platform.findWorkloadCi(uid)
        if (ci !== null) return ci
    }
    const clusterId = lookupValue(facts.routing.clusterId)
    const clusterName = lookupValue(facts.clusterName)
    if (clusterId === '' && clusterName === '') return ''
    const clusters = routingCache(d).clusters
    return pickClusterCi(clusters !== null ? clusters : d.platform.findClusterCis(clusterId, clusterName), clusterId, clusterName)
}

/** A new alert Incident: first matching rule, the group annotation, the CI. A rule that creates no
 * Incident needs no lookup. */
export function routeNewIncident(d: Delivery, facts: AlertFacts): Routing {
    const subject = subjectOf(facts)
    const rule = firstMatchingRule(routingRules(d), subject, 'alert')
    const properties = { propertyGroup: d.config.assignmentGroup, propertyCaller: d.config.caller }
    if (rule !== null && !rule.createIncident) return decideRouting({ rule, annotationGroup: '', foundCi: '', ...properties })
    const group = annotationGroup(d, annotationToResolve(rule, subject, d.config.annotationKey))
    const ci = rule === null || rule.actions.cmdb_ci === '' ? foundCi(d, facts) : ''
    return decideRouting({ rule, annotationGroup: group, foundCi: ci, ...properties })
}

/**
 * A storm Incident (one per policy, across workloads): the first rule whose conditions are all
 * about the policy; no annotation and no workload or cluster CI. Such a rule that creates no
 * Incident keeps the storm Incident from opening (the alert is routed out).
 */
export function routeStormIncident(d: Delivery, facts: AlertFacts): Routing {
    const rule = firstMatchingRule(routingRules(d), subjectOf(facts), 'storm')
    return decideRouting({ rule, annotationGroup: '', foundCi: '', propertyGroup: d.config.assignmentGroup, propertyCaller: d.config.caller })
}

/** Not an alert (the Test button): the properties only. */
export function propertyRouting(d: Delivery): Routing {
    return decideRouting({ rule: null, annotationGroup: '', foundCi: '', propertyGroup: d.config.assignmentGroup, propertyCaller: d.config.caller })
}

export interface SnapshotRefresh {
    /** The characters stored ('' when the snapshot could not hold the tables: 0). */
    chars: number
    /** Whether the property was written (only when its value changes: each write flushes the property cache). */
    written: boolean
    /** Why the tables do not fit ('' when they do). */
    tooLarge: string
}

/**
 * Rebuilds the routing snapshot from the tables: two reads and, when the value changed, one
 * property write. Called by the after business rules on the rules and cluster CI tables (in the
 * admin's transaction) and by the daily routing check job; never by a delivery. When the tables
 * do not fit, the property is emptied (deliveries then read the tables) and one warning says so.
 */
export function refreshRoutingSnapshot(p: Platform, ruleRows?: RoutingRuleRow[]): SnapshotRefresh {
    const built = buildSnapshot(ruleRows !== undefined ? ruleRows : p.readRoutingRules(), p.readClusterCis(MAX_CLUSTER_ROWS + 1))
    const value = 'value' in built ? built.value : ''
    const current = p.readProperty(PROPERTY.routingSnapshot)
    const written = value !== (current === null ? '' : current)
    if (written) p.writeProperty(PROPERTY.routingSnapshot, value)
    if ('tooLarge' in built) {
        p.warn(
            'RHACS routing: the routing snapshot cannot hold the active rules and cluster CIs (' + built.tooLarge + '; the property ' + PROPERTY.routingSnapshot +
                ' holds ' + PROPERTY_VALUE_MAX + ' characters), so each new Incident reads the rules and its cluster CI from their tables: up to 2 more reads. ' +
                'Deactivate unused rules or cluster rows, or shorten names and patterns.',
        )
        return { chars: 0, written, tooLarge: built.tooLarge }
    }
    return { chars: value.length, written, tooLarge: '' }
}
