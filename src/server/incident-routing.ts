// Where a new Incident goes: the routing rules (read once per transaction), the deployment's group
// annotation, and its configuration item, through the Platform port; the decisions are pure
// (routing-rules.ts). Called only when an Incident is about to be created: repeats never re-route.
// Cost for a new Incident: the rules read, plus a group lookup only when the deployment carries
// the annotation, plus CI lookups only when no rule names a CI: the workload's (when the class
// exists), then its cluster's when that found none (docs/routing.md, "Cost").

import type { AlertFacts } from './alert-facts.ts'
import { PROPERTY } from './app-properties.ts'
import type { Delivery } from './delivery-context.ts'
import type { ClusterCiRow } from './platform-port.ts'
import { annotationToResolve, compileRules, decideRouting, firstMatchingRule, type InvalidRule, type RoutingDecision, type RoutingRule } from './routing-rules.ts'
import type { RoutingSubject } from './routing-subject.ts'
import { cleanLine, clip } from './text-hygiene.ts'

export type Routing = RoutingDecision

/** The rules of this transaction: read and compiled on first use, then reused (storm retries, recovery). */
export interface RoutingCache {
    rules: RoutingRule[]
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

/** One query per transaction; invalid rules are skipped with one warning line naming them. */
export function routingRules(d: Delivery): RoutingRule[] {
    if (d.routing !== undefined) return d.routing.rules
    const { rules, invalid } = compileRules(d.platform.readRoutingRules())
    if (invalid.length > 0) d.platform.warn(invalidLine(invalid))
    d.routing = { rules }
    return rules
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

/** The workload's CI by its Kubernetes UID, else its cluster's CI, else ''. */
export function foundCi(d: Delivery, facts: AlertFacts): string {
    const uid = lookupValue(facts.entity.kind === 'deployment' ? facts.routing.deploymentId : '')
    if (uid !== '' && workloadLookupAvailable(d)) {
        const ci = d.platform.findWorkloadCi(uid)
        if (ci !== null) return ci
    }
    const clusterId = lookupValue(facts.routing.clusterId)
    const clusterName = lookupValue(facts.clusterName)
    if (clusterId === '' && clusterName === '') return ''
    return pickClusterCi(d.platform.findClusterCis(clusterId, clusterName), clusterId, clusterName)
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
