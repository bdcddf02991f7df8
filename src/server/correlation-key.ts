// The dedup keys written to the problems table and the Incident's correlation_id: never empty, at
// most 100 characters, stable across re-sends of the same problem. The identity is a 128-bit hash
// of length-prefixed parts (hashing.ts), so two problems can share a key only by a hash collision;
// long parts are hashed, never cut. A readable tail (cosmetic: never part of the identity) helps an
// admin who looks at the key.

import type { AlertFacts } from './alert-facts.ts'
import type { DedupMode } from './app-properties.ts'
import { keyHash, type Digest } from './hashing.ts'
import { cleanKey } from './text-hygiene.ts'
import { CORRELATION_ID_MAX } from './text-limits.ts'

export const TEST_KEY = 'rhacs-test:integration'

function withTail(head: string, tail: string): string {
    // Printable ASCII, never ',' '^' or a bracket (cleanKey): keys are matched with `key IN a,b`.
    const room = CORRELATION_ID_MAX - head.length - 1
    const readable = cleanKey(tail.slice(0, room * 2), room).trim()
    return readable === '' ? head : head + ':' + readable
}

/** Policy + cluster + namespace + entity: "same problem, same workload". */
export function workloadKey(facts: AlertFacts, digest: Digest): string {
    const policy = facts.policyId || facts.policyName
    const parts = [policy, facts.clusterName, facts.namespace, facts.entity.kind, facts.entity.type, facts.entity.name]
    return withTail('rhacs-w:' + keyHash(digest, parts), facts.namespace.slice(0, 64) + '/' + (facts.entity.name || facts.entity.kind).slice(0, 64))
}

/**
 * The correlation key for the chosen mode. `none` keys by alert (like `alert`, with its own
 * prefix) and the handler gives every new version of an alert its own Incident, as a pasted
 * script would, while exact replays and older versions still change nothing.
 */
export function correlationKey(facts: AlertFacts, mode: DedupMode, digest: Digest): string {
    if (mode === 'alert' && facts.alertId !== '') return withTail('rhacs-a:' + keyHash(digest, ['alert', facts.alertId]), facts.alertId.slice(0, 64))
    if (mode === 'none') {
        const identity = facts.alertId !== '' ? ['alert', facts.alertId] : ['workload', workloadKey(facts, digest)]
        return withTail('rhacs-n:' + keyHash(digest, identity), facts.alertId.slice(0, 64))
    }
    return workloadKey(facts, digest)
}

/** One storm Incident per policy at a time. */
export function stormKey(facts: AlertFacts, digest: Digest): string {
    return withTail('rhacs-s:' + keyHash(digest, [facts.policyId || facts.policyName]), facts.policyName.slice(0, 64))
}
