// What an Incident remembers of the deliveries applied to it, so that a replay or an older
// version is recognised from the Incident alone (one query per delivery). Stored as compact
// JSON in the Incident's x_rhacs_snow_dedup_state column, bounded in size.

import type { ViolationItem } from './alert-facts.ts'

export interface DedupState {
    /** alert id -> latest applied version key (see alertVersionKey). */
    versions: { [alertId: string]: string }
    /** Fingerprints of violations already noted, oldest first. */
    seen: string[]
}

export const MAX_VERSIONS = 20
export const MAX_SEEN = 400

export type RepeatOutcome = 'updated' | 'duplicate' | 'stale'

export interface RepeatDecision {
    outcome: RepeatOutcome
    /** Violations not noted on the Incident before, in payload order. */
    newViolations: ViolationItem[]
    /** True when this alert id was never applied to the Incident. */
    newAlert: boolean
    next: DedupState
}

/** Alert ids are payload text: maps of them have no prototype, so "constructor" is just an id. */
function idMap(): { [alertId: string]: string } {
    return Object.create(null)
}

function hasId(versions: { [alertId: string]: string }, id: string): boolean {
    return Object.prototype.hasOwnProperty.call(versions, id)
}

export function emptyState(): DedupState {
    return { versions: idMap(), seen: [] }
}

export function parseState(text: string): DedupState {
    if (text === '') return emptyState()
    try {
        const raw = JSON.parse(text) as { v?: unknown; s?: unknown }
        const versions: { [k: string]: string } = Object.create(null)
        if (raw && typeof raw.v === 'object' && raw.v !== null && !Array.isArray(raw.v)) {
            const v = raw.v as { [k: string]: unknown }
            for (const k of Object.keys(v)) if (typeof v[k] === 'string') versions[k] = v[k] as string
        }
        const seen = Array.isArray(raw?.s) ? (raw.s as unknown[]).filter((x): x is string => typeof x === 'string') : []
        return { versions, seen }
    } catch (e) {
        return emptyState()
    }
}

export function serializeState(state: DedupState): string {
    const ids = Object.keys(state.versions)
    // Newest version first; ties broken by id so every engine keeps the same ids (Rhino's sort
    // is not stable).
    ids.sort((a, b) => {
        const va = state.versions[a]
        const vb = state.versions[b]
        if (va !== vb) return va < vb ? 1 : -1
        return a < b ? -1 : a > b ? 1 : 0
    })
    const versions = idMap()
    for (const id of ids.slice(0, MAX_VERSIONS)) versions[id] = state.versions[id]
    return JSON.stringify({ v: versions, s: state.seen.slice(-MAX_SEEN) })
}

/** State after applying a delivery. */
export function applied(state: DedupState, alertId: string, versionKey: string, violations: ViolationItem[]): DedupState {
    const versions = idMap()
    for (const id of Object.keys(state.versions)) versions[id] = state.versions[id]
    if (!hasId(versions, alertId) || versions[alertId] < versionKey) versions[alertId] = versionKey
    const seen = state.seen.slice()
    const known = new Set(seen)
    for (const v of violations) {
        if (!known.has(v.fingerprint)) {
            seen.push(v.fingerprint)
            known.add(v.fingerprint)
        }
    }
    return { versions, seen: seen.slice(-MAX_SEEN) }
}

/**
 * Compares a delivery with what the Incident already holds:
 * - an older version of an alert already applied: `stale`;
 * - the same version with nothing new: `duplicate` (an exact replay);
 * - anything newer, a new alert id, or a violation not noted before: `updated`.
 */
export function decideRepeat(state: DedupState, alertId: string, versionKey: string, violations: ViolationItem[]): RepeatDecision {
    const known = new Set(state.seen)
    const newViolations = violations.filter((v) => !known.has(v.fingerprint))
    const previous = hasId(state.versions, alertId) ? state.versions[alertId] : undefined
    const next = applied(state, alertId, versionKey, violations)
    if (previous === undefined) return { outcome: 'updated', newViolations, newAlert: true, next }
    if (versionKey < previous) return { outcome: 'stale', newViolations: [], newAlert: false, next: state }
    if (versionKey === previous && newViolations.length === 0) {
        return { outcome: 'duplicate', newViolations: [], newAlert: false, next: state }
    }
    return { outcome: 'updated', newViolations, newAlert: false, next }
}
