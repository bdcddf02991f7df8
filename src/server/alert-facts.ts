// Reads an RHACS alert object into the facts every output needs (description, dedup key,
// deliveries table, work notes). One reader, so the Incident and the deliveries agree.

import { arrayField, asObject, asText, objectField, textField, type JsonObject } from './json-reading.ts'
import { fingerprintOf, type Digest } from './hashing.ts'
import { timestampSortKey } from './rhacs-time.ts'

export const UNKNOWN_POLICY = 'unknown policy'
export const UNKNOWN_SEVERITY = 'UNKNOWN_SEVERITY'
export const UNKNOWN_CLUSTER = 'unknown cluster'
export const UNKNOWN_NAMESPACE = 'unknown'

export type EntityKind = 'deployment' | 'resource' | 'image' | 'node' | 'none'

export interface AlertEntity {
    kind: EntityKind
    /** The description's label for the entity line: Workload, Resource, Image or Node. */
    label: string
    /** e.g. "Deployment", "Secret"; '' for images and nodes. */
    type: string
    name: string
    /** The entity line's value, e.g. "Deployment / gibson-deployment". */
    display: string
    /** RHACS re-sends runtime alerts with inactive=true after the deployment was deleted. */
    inactive: boolean
}

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

export interface AlertFacts {
    alertId: string
    policyId: string
    policyName: string
    severity: string
    policyDescription: string
    rationale: string
    remediation: string
    lifecycleStage: string
    /** ACTIVE, or ATTEMPTED when RHACS blocked the request. */
    state: string
    clusterName: string
    namespace: string
    entity: AlertEntity
    pod: string
    container: string
    command: string
    user: string
    groups: string
    eventTime: string
    /** Audit-log and request details, in display order, present ones only. */
    details: LabelledValue[]
    enforcement: LabelledValue | null
    primaryMessage: string
    /** The first MAX_TRACKED_VIOLATIONS violations (RHACS lists runtime ones newest first). */
    violations: ViolationItem[]
    /** All violations (or processes) in the alert. */
    violationCount: number
    /** RHACS's latest-occurrence time of the alert: orders versions of the same alert. */
    alertTime: string
    firstOccurred: string
}

const RESOURCE_TYPES: { [k: string]: string } = {
    SECRETS: 'Secret',
    CONFIGMAPS: 'ConfigMap',
    CLUSTER_ROLES: 'ClusterRole',
    CLUSTER_ROLE_BINDINGS: 'ClusterRoleBinding',
    NETWORK_POLICIES: 'NetworkPolicy',
    SECURITY_CONTEXT_CONSTRAINTS: 'SecurityContextConstraints',
    EGRESS_FIREWALLS: 'EgressFirewall',
}

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

function readEntity(alert: JsonObject): AlertEntity {
    const deployment = objectField(alert, 'deployment')
    if (deployment !== null) {
        const type = textField(deployment, 'type') || 'Deployment'
        const name = textField(deployment, 'name') || textField(deployment, 'id')
        const inactive = deployment['inactive'] === true
        return { kind: 'deployment', label: 'Workload', type, name, display: type + ' / ' + (name || 'unnamed'), inactive }
    }
    const resource = objectField(alert, 'resource')
    if (resource !== null) {
        const raw = textField(resource, 'resourceType')
        const type = hasOwn(RESOURCE_TYPES, raw) ? RESOURCE_TYPES[raw] : raw || 'Resource'
        const name = textField(resource, 'name')
        return { kind: 'resource', label: 'Resource', type, name, display: type + ' / ' + (name || 'unnamed'), inactive: false }
    }
    const image = objectField(alert, 'image')
    if (image !== null) {
        const imageName = objectField(image, 'name')
        let name = textField(imageName, 'fullName')
        if (name === '') {
            const registry = textField(imageName, 'registry')
            const remote = textField(imageName, 'remote')
            const tag = textField(imageName, 'tag')
            name = (registry ? registry + '/' : '') + remote + (tag ? ':' + tag : '')
        }
        if (name === '') name = textField(image, 'id')
        return { kind: 'image', label: 'Image', type: '', name, display: name || 'unnamed image', inactive: false }
    }
    const node = objectField(alert, 'node')
    if (node !== null) {
        const name = textField(node, 'name') || textField(node, 'id')
        return { kind: 'node', label: 'Node', type: '', name, display: name || 'unnamed node', inactive: false }
    }
    return { kind: 'none', label: '', type: '', name: '', display: '', inactive: false }
}

function processCommand(signal: JsonObject | null): string {
    const path = textField(signal, 'execFilePath') || textField(signal, 'name')
    const args = textField(signal, 'args')
    return (path + (args ? ' ' + args : '')).trim()
}

/**
 * RHACS caps the violations (and processes) of a runtime alert at 40, newest first, and
 * re-sends runtime alerts whole; deploy-time alerts (thousands of CVEs) are sent once and never
 * updated. So the first 40 are all dedup ever needs, and fingerprinting no more keeps the
 * handler's cost near JSON.parse's on a 1 MB body.
 */
export const MAX_TRACKED_VIOLATIONS = 40

function readViolations(alert: JsonObject, digest: Digest): { items: ViolationItem[]; count: number } {
    const out: ViolationItem[] = []
    const list = arrayField(alert, 'violations')
    for (const item of list.slice(0, MAX_TRACKED_VIOLATIONS)) {
        const v = asObject(item)
        if (v === null) continue
        const message = textField(v, 'message')
        const time = textField(v, 'time')
        const attrs = attrsOf(v)
        const parts = ['violation', message, time]
        for (const k of Object.keys(attrs)) parts.push(k, attrs[k])
        out.push({ message, time, fingerprint: fingerprintOf(digest, parts) })
    }
    const pv = objectField(alert, 'processViolation')
    if (pv !== null) {
        const processes = arrayField(pv, 'processes')
        for (const item of processes.slice(0, MAX_TRACKED_VIOLATIONS)) {
            const p = asObject(item)
            if (p === null) continue
            const signal = objectField(p, 'signal')
            const time = textField(signal, 'time')
            const message =
                "Process '" + processCommand(signal) + "'" +
                (textField(p, 'podId') ? ' in pod ' + textField(p, 'podId') : '') +
                (textField(p, 'containerName') ? ' container ' + textField(p, 'containerName') : '')
            const id = textField(signal, 'id')
            out.push({ message, time, fingerprint: fingerprintOf(digest, id !== '' ? ['signal', id] : ['process', message, time]) })
        }
        if (out.length === 0 && textField(pv, 'message') !== '') {
            const message = textField(pv, 'message')
            out.push({ message, time: '', fingerprint: fingerprintOf(digest, ['process-message', message]) })
        }
        return { items: out, count: Math.max(list.length + processes.length, out.length) }
    }
    return { items: out, count: list.length }
}

export function readAlertFacts(alert: JsonObject, digest: Digest): AlertFacts {
    const policy = objectField(alert, 'policy')
    const entity = readEntity(alert)
    const entityObj = objectField(alert, entity.kind)
    const { items: violations, count: violationCount } = readViolations(alert, digest)

    const firstViolation = asObject(arrayField(alert, 'violations')[0])
    const attrs = attrsOf(firstViolation)
    const pv = objectField(alert, 'processViolation')
    const firstProcess = asObject(arrayField(pv, 'processes')[0])
    const signal = objectField(firstProcess, 'signal')

    let pod = attrs['pod'] ?? ''
    let container = attrs['container'] ?? ''
    let command = attrs['commands'] ?? ''
    let eventTime = textField(firstViolation, 'time')
    let primaryMessage = textField(firstViolation, 'message')
    const details: LabelledValue[] = []
    if (firstProcess !== null) {
        pod = pod || textField(firstProcess, 'podId')
        container = container || textField(firstProcess, 'containerName')
        command = command || processCommand(signal)
        eventTime = eventTime || textField(signal, 'time')
        const uid = asText(signal?.['uid'])
        if (uid !== '') details.push({ label: 'Process UID', value: uid })
        const parent = textField(asObject(arrayField(signal, 'lineageInfo')[0]), 'parentExecFilePath')
        if (parent !== '') details.push({ label: 'Parent process', value: parent })
    }
    if (primaryMessage === '') primaryMessage = textField(pv, 'message')
    for (const [key, label] of DETAIL_ATTRS) {
        if (attrs[key]) details.push({ label, value: attrs[key] })
    }
    const networkFlow = objectField(firstViolation, 'networkFlowInfo')
    if (networkFlow !== null) {
        const src = objectField(networkFlow, 'source')
        const dst = objectField(networkFlow, 'destination')
        const endpoint = (e: JsonObject | null) => {
            const ns = textField(e, 'deploymentNamespace')
            const port = textField(e, 'port')
            return (ns ? ns + '/' : '') + (textField(e, 'name') || 'unknown') + (port ? ':' + port : '')
        }
        const protocol = textField(networkFlow, 'protocol').replace(/^L4_PROTOCOL_/, '')
        details.push({ label: 'Network flow', value: endpoint(src) + ' -> ' + endpoint(dst) + (protocol ? ' (' + protocol + ')' : '') })
    }

    const enforcementObj = objectField(alert, 'enforcement')
    const action = textField(enforcementObj, 'action')
    const enforcementMessage = textField(enforcementObj, 'message')
    const enforcement =
        action !== '' || enforcementMessage !== ''
            ? { label: 'Enforcement', value: [action, enforcementMessage].filter((s) => s !== '').join(': ') }
            : null

    return {
        alertId: textField(alert, 'id'),
        policyId: textField(policy, 'id'),
        policyName: textField(policy, 'name') || UNKNOWN_POLICY,
        severity: textField(policy, 'severity') || UNKNOWN_SEVERITY,
        policyDescription: textField(policy, 'description'),
        rationale: textField(policy, 'rationale'),
        remediation: textField(policy, 'remediation'),
        lifecycleStage: textField(alert, 'lifecycleStage') || 'DEPLOY',
        state: textField(alert, 'state') || 'ACTIVE',
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
        violationCount,
        alertTime: textField(alert, 'time'),
        firstOccurred: textField(alert, 'firstOccurred'),
    }
}

/** Latest violation time in the alert, or the alert's own time: orders alert versions. */
export function alertVersionKey(facts: AlertFacts): string {
    let best = timestampSortKey(facts.alertTime)
    for (const v of facts.violations) {
        const k = timestampSortKey(v.time)
        if (k > best) best = k
    }
    return best
}
