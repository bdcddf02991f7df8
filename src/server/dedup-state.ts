// What an Incident remembers of the deliveries applied to it, so that a replay or an older version
// is recognised from the lookup query alone. Stored as compact ASCII JSON in the Incident's
// x_rhacs_snow_dedup_state column (16,000 characters), and bounded by construction so that it
// always fits: at most MAX_VERSIONS alert ids, each at most ID_TOKEN_MAX characters (long or unusual
// ids are stored as a hash), with a version key of at most 21 digits and a few fact flags, and at most MAX_SEEN
// violation fingerprints of 16 hex characters: about 10,000 characters at the bound. ASCII only,
// so every engine writes the same bytes (no lone surrogate reaches JSON.stringify).

import type { ViolationItem } from './alert-facts.ts'
import { keyHash, type Digest } from './hashing.ts'

/**
 * Facts an alert can gain without a new version (RHACS re-sends it whole with the same times):
 * `i` the deployment was deleted (inactive), `b` RHACS enforcement applied (blocked).
 */
export type FactFlags = string

export interface DedupState {
    /** [alert id token, latest applied version key, fact flags], least recently applied first. */
    versions: Array<[string, string, FactFlags]>
    /** Fingerprints of violations already noted, oldest first. */
    seen: string[]
}

export const MAX_VERSIONS = 20
export const MAX_SEEN = 400
export const ID_TOKEN_MAX = 66
export const STATE_MAX = 16000

export type RepeatOutcome = 'updated' | 'duplicate' | 'stale'

export interface RepeatDecision {
    outcome: RepeatOutcome
    /** Violations not noted on the Incident before, in payload order. */
    newViolations: ViolationItem[]
    /** True when this alert id was never applied to the Incident. */
    newAlert: boolean
    /** Fact flags this delivery adds to what the Incident knew of the alert (e.g. 'i'). */
    newFlags: FactFlags
    next: DedupState
}

const PLAIN_ID = /^[A-Za-z0-9._:-]{1,64}$/
const TOKEN = /^(?:[A-Za-z0-9._:-]{1,64}|h:[0-9a-f]{32})$/
const VERSION = /^\d{0,21}$/
const FLAGS = /^[a-z]{0,8}$/
const FINGERPRINT = /^[0-9a-f]{16}$/

/** How an alert id is remembered: as itself when short and plain (RHACS ids are UUIDs), else hashed. */
export function idToken(alertId: string, digest: Digest): string {
    return PLAIN_ID.test(alertId) ? alertId : 'h:' + keyHash(digest, ['alert-id', alertId])
}

export function emptyState(): DedupState {
    return { versions: [], seen: [] }
}

/** The stored state; anything malformed is dropped entry by entry (never thrown). */
export function parseState(text: string): DedupState {
    if (text === '') return emptyState()
    let raw: { v?: unknown; s?: unknown }
    try {
        raw = JSON.parse(text) as { v?: unknown; s?: unknown }
    } catch (e) {
        return emptyState()
    }
    const versions: Array<[string, string, FactFlags]> = []
    if (raw !== null && Array.isArray(raw.v)) {
        for (const entry of raw.v as unknown[]) {
            if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3) continue
            const [token, version, flags] = entry as unknown[]
            const f = flags === undefined ? '' : flags
            if (typeof token === 'string' && typeof version === 'string' && typeof f === 'string' && TOKEN.test(token) && VERSION.test(version) && FLAGS.test(f)) {
                versions.push([token, version, f])
            }
        }
    }
    const seen = raw !== null && Array.isArray(raw.s) ? (raw.s as unknown[]).filter((x): x is string => typeof x === 'string' && FINGERPRINT.test(x)) : []
    return { versions: versions.slice(-MAX_VERSIONS), seen: seen.slice(-MAX_SEEN) }
}

export function serializeState(state: DedupState): string {
    return JSON.stringify({ v: state.versions.slice(-MAX_VERSIONS), s: state.seen.slice(-MAX_SEEN) })
}

function entryOf(state: DedupState, token: string): [string, string, FactFlags] | undefined {
    for (const e of state.versions) if (e[0] === token) return e
    return undefined
}

/** The letters of `flags` that `known` lacks, in order. */
function gained(flags: FactFlags, known: FactFlags): FactFlags {
    let out = ''
    for (const f of flags) if (known.indexOf(f) < 0 && out.indexOf(f) < 0) out += f
    return out
}

/** The union of two flag sets, sorted (so equal sets serialise the same). */
function union(a: FactFlags, b: FactFlags): FactFlags {
    return (a + gained(b, a)).split('').sort().join('')
}

/**
 * State after applying a delivery: the alert's entry moves to the end (most recently applied) with
 * the newer of its versions; the oldest entries beyond MAX_VERSIONS go, so the entry just written
 * is never the one evicted.
 */
export function applied(state: DedupState, token: string, versionKey: string, violations: ViolationItem[], flags: FactFlags = ''): DedupState {
    const previous = entryOf(state, token)
    const version = previous !== undefined && previous[1] > versionKey ? previous[1] : versionKey
    const versions = state.versions.filter(([t]) => t !== token)
    versions.push([token, version, union(previous !== undefined ? previous[2] : '', flags)])
    const seen = state.seen.slice()
    const known = new Set(seen)
    for (const v of violations) {
        if (!known.has(v.fingerprint)) {
            seen.push(v.fingerprint)
            known.add(v.fingerprint)
        }
    }
    return { versions: versions.slice(-MAX_VERSIONS), seen: seen.slice(-MAX_SEEN) }
}

/**
 * Compares a delivery with what the Incident already holds:
 * - an older version of an alert already applied: `stale`;
 * - the same version of an alert already applied, with no fact the Incident lacks: `duplicate`
 *   (an exact replay: RHACS gives every re-send that adds a violation a newer time, so one version
 *   always carries the same violations, and a replay stays a duplicate even when the bounded
 *   fingerprint memory has let its violations go);
 * - the same version with a new fact (the deployment deleted, enforcement applied): `updated`;
 * - a newer version or a new alert id: `updated`, listing the violations not noted before.
 */
export function decideRepeat(state: DedupState, token: string, versionKey: string, violations: ViolationItem[], flags: FactFlags = ''): RepeatDecision {
    const known = new Set(state.seen)
    const newViolations = violations.filter((v) => !known.has(v.fingerprint))
    const previous = entryOf(state, token)
    const next = applied(state, token, versionKey, violations, flags)
    if (previous === undefined) return { outcome: 'updated', newViolations, newAlert: true, newFlags: gained(flags, ''), next }
    if (versionKey < previous[1]) return { outcome: 'stale', newViolations: [], newAlert: false, newFlags: '', next: state }
    const newFlags = gained(flags, previous[2])
    // An alert without any readable time has no version to compare: only nothing new is a replay.
    if (versionKey === previous[1] && newFlags === '' && (versionKey !== '' || newViolations.length === 0)) {
        return { outcome: 'duplicate', newViolations: [], newAlert: false, newFlags: '', next: state }
    }
    return { outcome: 'updated', newViolations: versionKey === previous[1] && versionKey !== '' ? [] : newViolations, newAlert: false, newFlags, next }
}

/** The fact flags of an alert as delivered. */
export function factFlags(inactive: boolean, blocked: boolean): FactFlags {
    return (blocked ? 'b' : '') + (inactive ? 'i' : '')
}
