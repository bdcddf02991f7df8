// Reads what an RHACS alert is about: the deployment, K8s resource, image or node (exactly one of
// them, or none), and the full names of the images its containers run. Own keys only, so a
// resource type named "constructor" is just a name.

import { arrayField, asObject, objectField, textField, type JsonObject } from './json-reading.ts'

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

const RESOURCE_TYPES: { [k: string]: string } = {
    SECRETS: 'Secret',
    CONFIGMAPS: 'ConfigMap',
    CLUSTER_ROLES: 'ClusterRole',
    CLUSTER_ROLE_BINDINGS: 'ClusterRoleBinding',
    NETWORK_POLICIES: 'NetworkPolicy',
    SECURITY_CONTEXT_CONSTRAINTS: 'SecurityContextConstraints',
    EGRESS_FIREWALLS: 'EgressFirewall',
}

function hasOwn(obj: object, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(obj, key)
}

function imageFullName(image: JsonObject | null): string {
    const imageName = objectField(image, 'name')
    let name = textField(imageName, 'fullName')
    if (name === '') {
        const registry = textField(imageName, 'registry')
        const remote = textField(imageName, 'remote')
        const tag = textField(imageName, 'tag')
        name = (registry ? registry + '/' : '') + remote + (tag ? ':' + tag : '')
    }
    return name
}

/** The entity the alert is about; kind 'none' when RHACS names none. */
export function readEntity(alert: JsonObject): AlertEntity {
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
        const name = imageFullName(image) || textField(image, 'id')
        return { kind: 'image', label: 'Image', type: '', name, display: name || 'unnamed image', inactive: false }
    }
    const node = objectField(alert, 'node')
    if (node !== null) {
        const name = textField(node, 'name') || textField(node, 'id')
        return { kind: 'node', label: 'Node', type: '', name, display: name || 'unnamed node', inactive: false }
    }
    return { kind: 'none', label: '', type: '', name: '', display: '', inactive: false }
}

/** The container images the violations are about, by full name, in order of first mention. */
export function imagesOf(alert: JsonObject, entity: AlertEntity, containers: string[]): string[] {
    if (entity.kind === 'image') return entity.name !== '' ? [entity.name] : []
    const byContainer: { [name: string]: string } = Object.create(null)
    for (const c of arrayField(objectField(alert, 'deployment'), 'containers')) {
        const container = asObject(c)
        const name = textField(container, 'name')
        const full = imageFullName(objectField(container, 'image'))
        if (name !== '' && full !== '' && !hasOwn(byContainer, name)) byContainer[name] = full
    }
    const out: string[] = []
    for (const name of containers) {
        if (hasOwn(byContainer, name) && out.indexOf(byContainer[name] + ' (container ' + name + ')') < 0) out.push(byContainer[name] + ' (container ' + name + ')')
    }
    return out
}
