// What routing looks at in an alert beyond what the description needs: the cluster's RHACS id,
// the deployment's id (its Kubernetes UID), the policy's categories, and the deployment's labels
// and annotations. Labels and annotations are looked up by key (own keys only), never iterated,
// so a deployment with thousands of them costs nothing more.

import { arrayField, asText, field, objectField, textField, type JsonObject } from './json-reading.ts'

/** Policies carry a handful of categories; more are not read. */
const MAX_CATEGORIES = 50

export interface AlertRouting {
    /** RHACS's own cluster id (not a Kubernetes UID); '' when not sent. */
    clusterId: string
    /** The deployment's id: the Kubernetes UID of the top-level workload; '' for other entities. */
    deploymentId: string
    policyCategories: string[]
    labels: JsonObject | null
    annotations: JsonObject | null
}

/** What a routing rule is matched against (routing-rules.ts). */
export interface RoutingSubject {
    clusterId: string
    clusterName: string
    namespace: string
    policyId: string
    policyName: string
    categories: string[]
    severity: string
    /** BUILD, DEPLOY or RUNTIME. */
    stage: string
    blocked: boolean
    labels: JsonObject | null
    annotations: JsonObject | null
}

export function readAlertRouting(alert: JsonObject): AlertRouting {
    const deployment = objectField(alert, 'deployment')
    const categories: string[] = []
    const list = arrayField(objectField(alert, 'policy'), 'categories')
    for (let i = 0; i < list.length && categories.length < MAX_CATEGORIES; i++) {
        const c = asText(list[i]).trim()
        if (c !== '') categories.push(c)
    }
    return {
        clusterId: textField(alert, 'clusterId') || textField(deployment, 'clusterId'),
        deploymentId: textField(deployment, 'id'),
        policyCategories: categories,
        labels: objectField(deployment, 'labels'),
        annotations: objectField(deployment, 'annotations'),
    }
}

/** A label's or annotation's value, trimmed; null when the key is absent or its value is not text. */
export function mapValue(map: JsonObject | null, key: string): string | null {
    const v = field(map, key)
    return typeof v === 'string' ? v.trim() : null
}
