// The routing snapshot, pure: the active routing rules and the active cluster -> CI rows as one
// compact, versioned JSON value, kept in the property x_rhacs_snow.routing.snapshot. A delivery
// reads it with gs.getProperty, which the instance serves from its property cache (no query), so
// a new Incident's routing needs no read of the rules or the cluster map. Written when either
// table changes (after business rules) and by the daily routing check job; never by a delivery
// (incident-routing.ts, refreshRoutingSnapshot). Anything this module cannot read back exactly
// (empty, cut, another format version, out of bounds) is "no snapshot": the delivery then reads
// the tables as before. docs/routing.md, "Cost".

import type { ClusterCiRow } from './platform-port.ts'
import { MAX_RULES, type RoutingRuleRow } from './routing-rules.ts'

/** The format of the value; a value of another version is not read (an upgrade rebuilds it). */
export const SNAPSHOT_VERSION = 1

/** sys_properties.value holds 4000 characters (docs/platform-assumptions.md, "Property value length"). */
export const PROPERTY_VALUE_MAX = 4000

/**
 * More active cluster rows than this cannot fit (each row takes more than 40 characters): the
 * rebuild reads one more than this and, when it gets them, gives up instead of writing a partial map.
 */
export const MAX_CLUSTER_ROWS = 100

/**
 * The rule columns in the order the format stores them: the ones a rule usually sets first, so
 * the empty ones at the end of a row can be left out. Part of the format: changing it changes
 * SNAPSHOT_VERSION.
 */
export const SNAPSHOT_COLUMNS: ReadonlyArray<keyof RoutingRuleRow> = [
    'sys_id', 'order', 'name', 'create_incident', 'assignment_group', 'override_annotation', 'namespace', 'cluster', 'category', 'subcategory', 'policy',
    'min_severity', 'policy_category', 'lifecycle_stage', 'blocked', 'label', 'annotation', 'cmdb_ci', 'caller', 'business_service', 'urgency', 'impact',
]

export interface RoutingSnapshot {
    rules: RoutingRuleRow[]
    clusters: ClusterCiRow[]
}

/** The value to store, or why there is none (the deliveries then read the tables). */
export type BuiltSnapshot = { value: string } | { tooLarge: string }

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

function ruleValues(row: RoutingRuleRow): string[] {
    const values = SNAPSHOT_COLUMNS.map((column) => {
        const v = row[column]
        return v === null || v === undefined ? '' : String(v)
    })
    while (values.length > 0 && values[values.length - 1] === '') values.pop()
    return values
}

/**
 * The value for these rows: rules by sys_id and cluster rows by cluster then CI (the table order
 * never changes the value, so an unchanged map is not written again); cluster rows without a CI
 * are left out (they never give one). Deterministic.
 */
export function encodeSnapshot(snapshot: RoutingSnapshot): string {
    const rules = snapshot.rules.slice().sort((a, b) => compare(a.sys_id, b.sys_id)).map(ruleValues)
    const clusters = snapshot.clusters
        .filter((c) => c.cluster !== '' && c.cmdbCi !== '')
        .map((c) => [c.cluster, c.cmdbCi])
        .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]))
    return JSON.stringify({ v: SNAPSHOT_VERSION, r: rules, c: clusters })
}

/**
 * The value to store for the rows the rebuild read, unless it cannot hold them all: more rules
 * than the delivery path reads, more cluster rows than can fit, or more characters than the
 * property's value column keeps (a cut value would not parse, or worse).
 */
export function buildSnapshot(rules: RoutingRuleRow[], clusters: ClusterCiRow[]): BuiltSnapshot {
    if (rules.length > MAX_RULES) return { tooLarge: 'more than ' + MAX_RULES + ' active rules' }
    if (clusters.length > MAX_CLUSTER_ROWS) return { tooLarge: 'more than ' + MAX_CLUSTER_ROWS + ' active cluster CI rows' }
    const value = encodeSnapshot({ rules, clusters })
    if (value.length > PROPERTY_VALUE_MAX) return { tooLarge: value.length + ' characters, more than the ' + PROPERTY_VALUE_MAX + ' the property holds' }
    return { value }
}

function isStringArray(x: unknown, max: number): x is string[] {
    if (!Array.isArray(x) || x.length > max) return false
    for (const v of x) if (typeof v !== 'string') return false
    return true
}

/** The snapshot the value holds, or null when it holds none this version can trust. */
export function decodeSnapshot(value: string | null | undefined): RoutingSnapshot | null {
    if (value === null || value === undefined || value === '' || value.length > PROPERTY_VALUE_MAX) return null
    let parsed: unknown
    try {
        parsed = JSON.parse(value)
    } catch (_e) {
        return null
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null
    const o = parsed as { v?: unknown; r?: unknown; c?: unknown }
    if (o.v !== SNAPSHOT_VERSION || !Array.isArray(o.r) || !Array.isArray(o.c)) return null
    if (o.r.length > MAX_RULES || o.c.length > MAX_CLUSTER_ROWS) return null
    const rules: RoutingRuleRow[] = []
    for (const values of o.r) {
        if (!isStringArray(values, SNAPSHOT_COLUMNS.length)) return null
        const row = {} as { [column: string]: string }
        SNAPSHOT_COLUMNS.forEach((column, i) => {
            row[column] = i < values.length ? values[i] : ''
        })
        rules.push(row as unknown as RoutingRuleRow)
    }
    const clusters: ClusterCiRow[] = []
    for (const pair of o.c) {
        if (!isStringArray(pair, 2) || pair.length !== 2) return null
        clusters.push({ cluster: pair[0], cmdbCi: pair[1] })
    }
    return { rules, clusters }
}
