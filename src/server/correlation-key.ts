// The dedup key written to the Incident's correlation_id: never empty, at most 100 characters,
// stable across re-sends of the same problem. A hash keeps it exact; a readable tail helps an
// admin who filters the Incident list by it.

import type { AlertFacts } from './alert-facts.ts'
import type { DedupMode } from './app-properties.ts'
import { fingerprint64 } from './fingerprint.ts'
import { CORRELATION_ID_MAX } from './text-limits.ts'

export const TEST_KEY = 'rhacs-test:integration'

function withTail(prefix: string, hashInput: string, tail: string): string {
    const head = prefix + fingerprint64(hashInput)
    // Printable ASCII only, and never ',' or '^': keys are matched with `correlation_id IN a,b`
    // and encoded queries, where those two characters are separators.
    const readable = tail.replace(/[^\x20-\x7e]/g, '?').replace(/[,^]/g, ';').replace(/\s+/g, ' ').trim()
    if (readable === '') return head
    // Trimmed after the cut: a key must not end in a space the platform might strip.
    return (head + ':' + readable).slice(0, CORRELATION_ID_MAX).trim()
}

/** Policy + cluster + namespace + entity: "same problem, same workload". */
export function workloadKey(facts: AlertFacts): string {
    const policy = facts.policyId || facts.policyName
    const entity = facts.entity.kind + '/' + facts.entity.type + '/' + facts.entity.name
    return withTail(
        'rhacs-w:',
        [policy, facts.clusterName, facts.namespace, entity].join('\u0000'),
        facts.namespace + '/' + (facts.entity.name || facts.entity.kind),
    )
}

/**
 * The correlation key for the chosen mode. `none` keys by alert (like `alert`, with its own
 * prefix) and the handler gives every new version of an alert its own Incident, as a pasted
 * script would, while exact replays and older versions still change nothing.
 */
export function correlationKey(facts: AlertFacts, mode: DedupMode): string {
    if (mode === 'alert' && facts.alertId !== '') return withTail('rhacs-a:', facts.alertId, facts.alertId)
    if (mode === 'none') {
        const identity = facts.alertId !== '' ? facts.alertId : workloadKey(facts)
        return withTail('rhacs-n:', identity, facts.alertId)
    }
    return workloadKey(facts)
}

/** One storm Incident per policy at a time. */
export function stormKey(facts: AlertFacts): string {
    return withTail('rhacs-s:', facts.policyId || facts.policyName, facts.policyName)
}
