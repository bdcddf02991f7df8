// Routing rules, pure: a rule row as the table stores it is compiled (or refused, with the reason),
// matched against an alert, and the first matching rule, the deployment's group annotation, the
// CIs found and the properties are resolved into the new Incident's routing fields and the
// `routed_by` the delivery row records. No platform access: incident-routing.ts reads the rows
// and does the lookups.

import { anyGlobMatches, parseGlobList } from './glob-match.ts'
import { mapValue, type RoutingSubject } from './routing-subject.ts'

/** A row of x_rhacs_snow_routing_rule, every value a string as GlideRecord returns it ('' when empty). */
export interface RoutingRuleRow {
    sys_id: string
    order: string
    name: string
    cluster: string
    namespace: string
    min_severity: string
    policy: string
    policy_category: string
    lifecycle_stage: string
    label: string
    annotation: string
    blocked: string
    assignment_group: string
    override_annotation: string
    category: string
    subcategory: string
    caller: string
    cmdb_ci: string
    business_service: string
    urgency: string
    impact: string
    create_incident: string
}

/** More active rules than this are not read (the admin is warned by the routing check job). */
export const MAX_RULES = 500

export const RULE_COLUMNS: ReadonlyArray<keyof RoutingRuleRow> = [
    'sys_id', 'order', 'name', 'cluster', 'namespace', 'min_severity', 'policy', 'policy_category', 'lifecycle_stage', 'label', 'annotation', 'blocked',
    'assignment_group', 'override_annotation', 'category', 'subcategory', 'caller', 'cmdb_ci', 'business_service', 'urgency', 'impact', 'create_incident',
]

/** The Incident fields a rule can set, by the incident column they are written to. */
export interface RoutedFields {
    assignment_group: string
    caller_id: string
    category: string
    subcategory: string
    cmdb_ci: string
    business_service: string
    urgency: string
    impact: string
}

/** A label or annotation condition: the key must be present; its value must match a pattern when any are given. */
export interface KeyCondition {
    key: string
    patterns: string[]
}

export interface RoutingRule {
    sysId: string
    name: string
    order: number
    cluster: string[]
    namespace: string[]
    /** 0: any severity. */
    minSeverity: number
    policy: string[]
    policyCategory: string[]
    /** '' or BUILD, DEPLOY, RUNTIME. */
    stage: string
    label: KeyCondition | null
    annotation: KeyCondition | null
    blocked: 'any' | 'yes' | 'no'
    /** Fields the rule names ('' = not named: the property, or nothing, applies). */
    actions: RoutedFields
    overrideAnnotation: boolean
    createIncident: boolean
    /** A condition about one workload (cluster, namespace, label, annotation, blocked): such a rule never matches a storm. */
    workloadScoped: boolean
}

export interface InvalidRule {
    name: string
    reason: string
}

export const SEVERITY_RANK: { [severity: string]: number } = { LOW_SEVERITY: 1, MEDIUM_SEVERITY: 2, HIGH_SEVERITY: 3, CRITICAL_SEVERITY: 4 }

const STAGES = ['BUILD', 'DEPLOY', 'RUNTIME']
const SYS_ID = /^[0-9a-f]{32}$/
/** Kubernetes label and annotation keys: an optional DNS prefix and a name. */
const MAP_KEY = /^[A-Za-z0-9]([A-Za-z0-9._/-]{0,252})$/

function rank(severity: string): number {
    return Object.prototype.hasOwnProperty.call(SEVERITY_RANK, severity) ? SEVERITY_RANK[severity] : 0
}

function flag(value: string, fallback: boolean): boolean | null {
    const v = value.trim().toLowerCase()
    if (v === '') return fallback
    if (v === '1' || v === 'true') return true
    if (v === '0' || v === 'false') return false
    return null
}

function keyCondition(text: string, what: string): KeyCondition | null | string {
    const t = text.trim()
    if (t === '') return null
    const eq = t.indexOf('=')
    const key = (eq < 0 ? t : t.slice(0, eq)).trim()
    if (!MAP_KEY.test(key)) return 'the ' + what + ' condition "' + t + '" has no valid key (key or key=pattern)'
    if (eq < 0) return { key, patterns: [] }
    const globs = parseGlobList(t.slice(eq + 1))
    if ('error' in globs) return 'the ' + what + ' condition: ' + globs.error
    if (globs.patterns.length === 0) return 'the ' + what + ' condition "' + t + '" has no pattern after "="'
    return { key, patterns: globs.patterns }
}

/** A rule ready to match, or why it cannot be used (it is then skipped, never guessed at). */
export function compileRule(row: RoutingRuleRow): RoutingRule | InvalidRule {
    const name = row.name.trim()
    const label = name !== '' ? name : '(unnamed rule ' + row.sys_id + ')'
    const invalid = (reason: string): InvalidRule => ({ name: label, reason })
    if (name === '') return invalid('it has no name (routed_by names the rule)')
    const order = row.order.trim() === '' ? 0 : Number(row.order)
    if (!isFinite(order) || Math.floor(order) !== order) return invalid('its order "' + row.order + '" is not a whole number')
    const globs: { [k: string]: string[] } = {}
    for (const column of ['cluster', 'namespace', 'policy', 'policy_category'] as const) {
        const list = parseGlobList(row[column])
        if ('error' in list) return invalid(column + ': ' + list.error)
        globs[column] = list.patterns
    }
    const minSeverity = row.min_severity.trim() === '' ? 0 : rank(row.min_severity.trim().toUpperCase())
    if (row.min_severity.trim() !== '' && minSeverity === 0) return invalid('its minimum severity "' + row.min_severity + '" is not LOW, MEDIUM, HIGH or CRITICAL_SEVERITY')
    const stage = row.lifecycle_stage.trim().toUpperCase()
    if (stage !== '' && STAGES.indexOf(stage) < 0) return invalid('its lifecycle stage "' + row.lifecycle_stage + '" is not BUILD, DEPLOY or RUNTIME')
    const labelCondition = keyCondition(row.label, 'label')
    if (typeof labelCondition === 'string') return invalid(labelCondition)
    const annotationCondition = keyCondition(row.annotation, 'annotation')
    if (typeof annotationCondition === 'string') return invalid(annotationCondition)
    const blocked = row.blocked.trim().toLowerCase() || 'any'
    if (blocked !== 'any' && blocked !== 'yes' && blocked !== 'no') return invalid('blocked is "' + row.blocked + '", not any, yes or no')
    const references: Array<[keyof RoutingRuleRow, string]> = [['assignment_group', 'group'], ['caller', 'caller (user)'], ['cmdb_ci', 'configuration item'], ['business_service', 'service']]
    for (const [column, what] of references) {
        const v = row[column].trim()
        if (v !== '' && !SYS_ID.test(v)) return invalid('its ' + what + ' "' + v + '" is not a record of the instance (unknown ' + what + ')')
    }
    for (const column of ['urgency', 'impact'] as const) {
        const v = row[column].trim()
        if (v !== '' && v !== '1' && v !== '2' && v !== '3') return invalid('its ' + column + ' override "' + v + '" is not 1, 2 or 3')
    }
    const createIncident = flag(row.create_incident, true)
    const overrideAnnotation = flag(row.override_annotation, false)
    if (createIncident === null || overrideAnnotation === null) return invalid('create_incident and override_annotation must be true or false')
    return {
        sysId: row.sys_id,
        name,
        order,
        cluster: globs.cluster,
        namespace: globs.namespace,
        minSeverity,
        policy: globs.policy,
        policyCategory: globs.policy_category,
        stage,
        label: labelCondition,
        annotation: annotationCondition,
        blocked: blocked as RoutingRule['blocked'],
        actions: {
            assignment_group: row.assignment_group.trim(),
            caller_id: row.caller.trim(),
            category: row.category.trim(),
            subcategory: row.subcategory.trim(),
            cmdb_ci: row.cmdb_ci.trim(),
            business_service: row.business_service.trim(),
            urgency: row.urgency.trim(),
            impact: row.impact.trim(),
        },
        overrideAnnotation,
        createIncident,
        workloadScoped: globs.cluster.length > 0 || globs.namespace.length > 0 || labelCondition !== null || annotationCondition !== null || blocked !== 'any',
    }
}

/** The usable rules, lowest order first (ties: by name, then sys_id, so the order never depends on the database), and the refused ones. */
export function compileRules(rows: RoutingRuleRow[]): { rules: RoutingRule[]; invalid: InvalidRule[] } {
    const rules: RoutingRule[] = []
    const invalid: InvalidRule[] = []
    for (const row of rows) {
        const r = compileRule(row)
        if ('reason' in r) invalid.push(r)
        else rules.push(r)
    }
    rules.sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.sysId < b.sysId ? -1 : a.sysId > b.sysId ? 1 : 0))
    return { rules, invalid }
}

function keyHolds(condition: KeyCondition | null, map: RoutingSubject['labels']): boolean {
    if (condition === null) return true
    const value = mapValue(map, condition.key)
    if (value === null) return false
    return condition.patterns.length === 0 || anyGlobMatches(condition.patterns, [value])
}

/**
 * Whether every condition of the rule holds for the alert. For a storm Incident (one per policy,
 * across workloads) only the policy conditions can be judged: a rule with a workload condition
 * does not match a storm.
 */
export function ruleMatches(rule: RoutingRule, s: RoutingSubject, scope: 'alert' | 'storm'): boolean {
    if (scope === 'storm' && rule.workloadScoped) return false
    if (rule.minSeverity > 0 && rank(s.severity) < rule.minSeverity) return false
    if (rule.stage !== '' && rule.stage !== s.stage) return false
    if (!anyGlobMatches(rule.policy, [s.policyName, s.policyId])) return false
    if (rule.policyCategory.length > 0 && !anyGlobMatches(rule.policyCategory, s.categories)) return false
    if (scope === 'storm') return true
    if (!anyGlobMatches(rule.cluster, [s.clusterName, s.clusterId])) return false
    if (!anyGlobMatches(rule.namespace, [s.namespace])) return false
    if (rule.blocked === 'yes' && !s.blocked) return false
    if (rule.blocked === 'no' && s.blocked) return false
    return keyHolds(rule.label, s.labels) && keyHolds(rule.annotation, s.annotations)
}

export function firstMatchingRule(rules: RoutingRule[], s: RoutingSubject, scope: 'alert' | 'storm'): RoutingRule | null {
    for (const r of rules) if (ruleMatches(r, s, scope)) return r
    return null
}

/** Group names are short; a longer annotation value cannot name one and is not looked up. */
export const ANNOTATION_VALUE_MAX = 255

/**
 * The group the deployment's annotation asks for, when it is to be looked up: the key is set, the
 * deployment carries it, and the matching rule does not name a group that overrides annotations.
 */
export function annotationToResolve(rule: RoutingRule | null, s: RoutingSubject, key: string): string {
    if (key === '') return ''
    if (rule !== null && rule.overrideAnnotation && rule.actions.assignment_group !== '') return ''
    const value = mapValue(s.annotations, key)
    return value === null || value.length > ANNOTATION_VALUE_MAX ? '' : value
}

export interface RoutingInputs {
    rule: RoutingRule | null
    /** The active group the annotation named ('' when none, or not looked up). */
    annotationGroup: string
    /** The CI found for the workload or its cluster ('' when none, or not looked up). */
    foundCi: string
    /** The properties' group and caller ('' when unset). */
    propertyGroup: string
    propertyCaller: string
}

export interface RoutingDecision {
    /** Only the fields that get a value. */
    fields: { [column: string]: string }
    /** "annotation", the rule's name, "annotation + <rule>", or "property". */
    routedBy: string
    createIncident: boolean
}

/**
 * The routing of a new Incident. The group: the annotation's (unless the rule overrides it), else
 * the rule's, else the property's. The caller: the rule's, else the property's. Category,
 * subcategory, service and urgency/impact: the rule's only. The CI: the rule's, else the one
 * found for the workload or its cluster.
 */
export function decideRouting(inputs: RoutingInputs): RoutingDecision {
    const { rule } = inputs
    const a: RoutedFields = rule !== null ? rule.actions : { assignment_group: '', caller_id: '', category: '', subcategory: '', cmdb_ci: '', business_service: '', urgency: '', impact: '' }
    const ruleWins = rule !== null && rule.overrideAnnotation && a.assignment_group !== ''
    const byAnnotation = !ruleWins && inputs.annotationGroup !== ''
    const fields: { [column: string]: string } = {}
    const group = byAnnotation ? inputs.annotationGroup : a.assignment_group || inputs.propertyGroup
    const values: RoutedFields = {
        assignment_group: group,
        caller_id: a.caller_id || inputs.propertyCaller,
        category: a.category,
        subcategory: a.subcategory,
        cmdb_ci: a.cmdb_ci || inputs.foundCi,
        business_service: a.business_service,
        urgency: a.urgency,
        impact: a.impact,
    }
    for (const column of Object.keys(values) as Array<keyof RoutedFields>) if (values[column] !== '') fields[column] = values[column]
    const routedBy = byAnnotation ? (rule !== null ? 'annotation + ' + rule.name : 'annotation') : rule !== null ? rule.name : 'property'
    return { fields, routedBy, createIncident: rule === null || rule.createIncident }
}
