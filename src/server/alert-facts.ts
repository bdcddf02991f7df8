// Reads an RHACS alert object into the facts every output needs (description, dedup key,
// deliveries table, work notes). One reader, so the Incident and the deliveries agree.
// Order comes from times, never from array positions: RHACS lists K8s-event and network
// violations newest first but appends processes oldest first (violation-order.ts).

import { imagesOf, readEntity, type AlertEntity } from './alert-entity.ts'
import { fingerprintOf, type Digest } from './hashing.ts'
import { arrayField, asObject, objectField, textField, type JsonObject } from './json-reading.ts'
import { readAlertRouting, type AlertRouting } from './routing-subject.ts'
import { newestFirst, readProcesses, type ProcessItem } from './violation-order.ts'
import { timestampSortKey } from './rhacs-time.ts'
import { isCveMessage, summarizeVulnerabilities, type VulnerabilitySummary } from './vulnerability-summary.ts'

export const UNKNOWN_POLICY = 'unknown policy'
export const UNKNOWN_SEVERITY = 'UNKNOWN_SEVERITY'
export const UNKNOWN_CLUSTER = 'unknown cluster'
export const UNKNOWN_NAMESPACE = 'unknown'

export interface ViolationItem {
    message: string
    /** RFC 3339 as sent, '' when the violation carries no time (deploy-time violations). */
    time: string
    /** Stable across re-sends of the same violation. */
    fingerprint: string
}

export interface LabelledValue {
    label: string
    value: string
}

export type Stage = 'BUILD' | 'DEPLOY' | 'RUNTIME'

export interface AlertFacts {
    alertId: string
    policyId: string
    policyName: string
    severity: string
    policyDescription: string
    rationale: string
    remediation: string
    /** As sent ('' read as DEPLOY, RHACS's zero value): what the deliveries table records. */
    lifecycleStage: string
    stage: Stage
    /** ACTIVE, or ATTEMPTED when RHACS blocked the request. */
    state: string
    /** Enforced: state ATTEMPTED, or an enforcement action on the alert. */
    blocked: boolean
    /**
     * How RHACS enforced, in words: 'blocked' when it refused the request or the deployment
     * (state ATTEMPTED, a FAIL_* action, an unsatisfiable node constraint), 'enforced' when it
     * acted on what already ran (scale to zero, kill the pod), '' when it did not enforce.
     */
    enforcedAs: '' | 'blocked' | 'enforced'
    clusterName: string
    namespace: string
    entity: AlertEntity
    /** From the newest violation or process (by its time). */
    pod: string
    container: string
    command: string
    user: string
    groups: string
    eventTime: string
    /** Audit-log and request details, in display order, present ones only. */
    details: LabelledValue[]
    enforcement: LabelledValue | null
    /** The text of the newest violation (or RHACS's process summary). */
    primaryMessage: string
    /** The first MAX_TRACKED_VIOLATIONS violations or processes in payload order: what dedup remembers. */
    violations: ViolationItem[]
    /** All violations (or processes) in the alert. */
    violationCount: number
    /** Up to LISTED violations, newest first by time (payload order where there is no time). */
    listed: ViolationItem[]
    /** Distinct processes, newest first by signal time (process alerts). */
    processes: ProcessItem[]
    /** How many distinct processes the alert holds (processes may list more than shown). */
    processCount: number
    /** Network flows (network-flow violations), newest first, as one-line texts. */
    flows: string[]
    /** For vulnerability policies: every CVE counted, the worst named. */
    vulnerabilities: VulnerabilitySummary | null
    /** Full names of the images the violations are about (containers named in them, or the image entity). */
    images: string[]
    /** RHACS's latest-occurrence time of the alert: orders versions of the same alert. */
    alertTime: string
    firstOccurred: string
    /** What routing rules, the group annotation and the CI lookup read (routing-subject.ts). */
    routing: AlertRouting
}

/** How many violations, processes or flows a description lists before counting the rest. */
export const LISTED = 5

/** K8s-event attribute keys (case-sensitive, as RHACS writes them) shown as detail lines. */
const DETAIL_ATTRS: Array<[string, string]> = [
    ['ports', 'Ports'],
    ['Verb', 'Verb'],
    ['Resource', 'API resource'],
    ['User Agent', 'User agent'],
    ['IP address', 'Source IP'],
    ['Impersonated Username', 'Impersonated user'],
    ['Impersonated Groups', 'Impersonated groups'],
]

function hasOwn(obj: object, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(obj, key)
}

/** The violation's attributes; own keys only, so "constructor" or "toString" are just names. */
function attrsOf(violation: JsonObject | null): { [key: string]: string } {
    const out: { [key: string]: string } = Object.create(null)
    for (const item of arrayField(objectField(violation, 'keyValueAttrs'), 'attrs')) {
        const attr = asObject(item)
        const key = textField(attr, 'key')
        if (key !== '' && !hasOwn(out, key)) out[key] = textField(attr, 'value')
    }
    return out
}

/**
 * RHACS caps the violations (and processes) of a runtime alert at 40 and re-sends runtime alerts
 * whole; deploy-time alerts (thousands of CVEs) are sent once and never updated. So the first 40
 * are all dedup ever needs, and fingerprinting no more keeps the handler's cost near JSON.parse's.
 */
export const MAX_TRACKED_VIOLATIONS = 40

function flowText(violation: JsonObject | null): string {
    const networkFlow = objectField(violation, 'networkFlowInfo')
    if (networkFlow === null) return ''
    const endpoint = (e: JsonObject | null) => {
        const ns = textField(e, 'deploymentNamespace')
        const port = textField(e, 'port')
        return (ns ? ns + '/' : '') + (textField(e, 'name') || 'unknown') + (port ? ':' + port : '')
    }
    const protocol = textField(networkFlow, 'protocol').replace(/^L4_PROTOCOL_/, '')
    return endpoint(objectField(networkFlow, 'source')) + ' -> ' + endpoint(objectField(networkFlow, 'destination')) + (protocol ? ' (' + protocol + ')' : '')
}

function stageOf(lifecycleStage: string): Stage {
    return lifecycleStage === 'BUILD' ? 'BUILD' : lifecycleStage === 'RUNTIME' ? 'RUNTIME' : 'DEPLOY'
}

export function readAlertFacts(alert: JsonObject, digest: Digest): AlertFacts {
    const policy = objectField(alert, 'policy')
    const entity = readEntity(alert)
    const entityObj = objectField(alert, entity.kind)
    const list = arrayField(alert, 'violations')
    const pv = objectField(alert, 'processViolation')

    // Dedup: the first 40 in payload order, each with a fingerprint of what identifies it.
    const violations: ViolationItem[] = []
    const timed: Array<{ item: ViolationItem; raw: JsonObject; index: number }> = []
    for (let i = 0; i < list.length && i < MAX_TRACKED_VIOLATIONS; i++) {
        const v = asObject(list[i])
        if (v === null) continue
        const message = textField(v, 'message')
        const time = textField(v, 'time')
        const attrs = attrsOf(v)
        const parts = ['violation', message, time]
        for (const k of Object.keys(attrs)) parts.push(k, attrs[k])
        const item = { message, time, fingerprint: fingerprintOf(digest, parts) }
        violations.push(item)
        timed.push({ item, raw: v, index: i })
    }
    const processes = readProcesses(pv)
    for (const p of processes.tracked) violations.push({ message: p.message, time: p.time, fingerprint: fingerprintOf(digest, p.identity) })
    if (pv !== null && processes.tracked.length === 0 && textField(pv, 'message') !== '') {
        const message = textField(pv, 'message')
        violations.push({ message, time: '', fingerprint: fingerprintOf(digest, ['process-message', message]) })
    }

    // Display: newest first by time; the newest violation gives pod, container, command, time.
    const ordered = newestFirst(timed, (t) => t.item.time)
    const newest = ordered.length > 0 ? ordered[0] : null
    const attrs = attrsOf(newest !== null ? newest.raw : null)
    const newestProcess = processes.distinct.length > 0 ? processes.distinct[0] : null

    let pod = attrs['pod'] ?? ''
    let container = attrs['container'] ?? ''
    let command = attrs['commands'] ?? ''
    let eventTime = newest !== null ? newest.item.time : ''
    let primaryMessage = newest !== null ? newest.item.message : ''
    const details: LabelledValue[] = []
    if (newestProcess !== null) {
        pod = pod || newestProcess.pod
        container = container || newestProcess.container
        command = command || newestProcess.command
        eventTime = eventTime || newestProcess.time
        if (newestProcess.uid !== '') details.push({ label: 'Process UID', value: newestProcess.uid })
        if (newestProcess.parent !== '') details.push({ label: 'Parent process', value: newestProcess.parent })
    }
    if (primaryMessage === '') primaryMessage = textField(pv, 'message')
    for (const [key, label] of DETAIL_ATTRS) {
        if (attrs[key]) details.push({ label, value: attrs[key] })
    }
    const flows: string[] = []
    for (const t of ordered) {
        const text = flowText(t.raw)
        if (text !== '') flows.push(t.item.time ? t.item.time + ' ' + text : text)
    }
    if (flows.length === 1) details.push({ label: 'Network flow', value: flows[0].replace(/^\S+Z /, '') })

    const enforcementObj = objectField(alert, 'enforcement')
    const action = textField(enforcementObj, 'action')
    const enforcementMessage = textField(enforcementObj, 'message')
    const enforcement =
        action !== '' || enforcementMessage !== ''
            ? { label: 'Enforcement', value: [action, enforcementMessage].filter((s) => s !== '').join(': ') }
            : null
    const state = textField(alert, 'state') || 'ACTIVE'

    // Vulnerability policies: every CVE message counted (not only the tracked 40).
    let vulnerabilities: VulnerabilitySummary | null = null
    if (violations.length > 0 && isCveMessage(violations[0].message)) {
        const messages: string[] = []
        for (let i = 0; i < list.length; i++) {
            const v = list[i]
            const m = v !== null && typeof v === 'object' ? (v as JsonObject)['message'] : undefined
            messages.push(typeof m === 'string' ? m : '')
        }
        const workloadContainers = arrayField(objectField(alert, 'deployment'), 'containers').length
        vulnerabilities = summarizeVulnerabilities(messages, LISTED, workloadContainers > 0 ? Math.min(workloadContainers, 20) : 20)
    }
    const containers = vulnerabilities !== null ? vulnerabilities.containers : container !== '' ? [container] : []

    const lifecycleStage = textField(alert, 'lifecycleStage') || 'DEPLOY'
    return {
        alertId: textField(alert, 'id'),
        policyId: textField(policy, 'id'),
        policyName: textField(policy, 'name') || UNKNOWN_POLICY,
        severity: textField(policy, 'severity') || UNKNOWN_SEVERITY,
        policyDescription: textField(policy, 'description'),
        rationale: textField(policy, 'rationale'),
        remediation: textField(policy, 'remediation'),
        lifecycleStage,
        stage: stageOf(lifecycleStage),
        state,
        blocked: state === 'ATTEMPTED' || enforcement !== null,
        enforcedAs: state === 'ATTEMPTED' || /^(FAIL_|UNSATISFIABLE)/.test(action) || (enforcement !== null && action === '') ? 'blocked' : enforcement !== null ? 'enforced' : '',
        clusterName: textField(alert, 'clusterName') || textField(entityObj, 'clusterName') || UNKNOWN_CLUSTER,
        namespace: textField(alert, 'namespace') || textField(entityObj, 'namespace') || UNKNOWN_NAMESPACE,
        entity,
        pod,
        container,
        command,
        user: attrs['Username'] ?? '',
        groups: attrs['Groups'] ?? '',
        eventTime: eventTime || textField(alert, 'time'),
        details,
        enforcement,
        primaryMessage,
        violations,
        violationCount: pv !== null ? Math.max(list.length + processes.total, violations.length) : list.length,
        listed: ordered.slice(0, LISTED).map((t) => t.item),
        processes: processes.distinct.slice(0, LISTED),
        processCount: processes.distinct.length,
        flows: flows.slice(0, LISTED),
        vulnerabilities,
        images: imagesOf(alert, entity, containers),
        alertTime: textField(alert, 'time'),
        firstOccurred: textField(alert, 'firstOccurred'),
        routing: readAlertRouting(alert),
    }
}

/** Latest violation time in the alert, or the alert's own time: orders versions of the same alert. */
export function alertVersionKey(facts: AlertFacts): string {
    let best = timestampSortKey(facts.alertTime)
    for (const v of facts.violations) {
        if (v.time === '') continue
        const k = timestampSortKey(v.time)
        if (k > best) best = k
    }
    return best
}

