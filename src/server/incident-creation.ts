// Creating an Incident for a key, safely under concurrency: the delivery row claims the key
// first (a unique index), the problems table points the key at the Incident's pre-chosen sys_id,
// then the Incident is inserted. Used by every flow that creates (alerts, storms, the Test button).

import { recordDelivery, type Delivery, type IncidentResult } from './delivery-context.ts'
import type { DeliveryRecord, IncidentRow, Outcome, ProblemKind } from './platform-port.ts'
import { glideDateTimeToMs } from './rhacs-time.ts'
import { truncate } from './text-limits.ts'

/** Claims older than this whose Incident never appeared were left by a failed transaction. */
export const ABANDONED_CLAIM_MS = 120000

/** What the problems table records for a key besides its Incident. */
export interface ProblemInfo {
    kind: ProblemKind
    policyId: string
    stormState: string
}

/**
 * Creates the Incident for `key` under a claim: the delivery row is inserted first with a
 * claim column the deliveries table indexes as unique, so of two concurrent first deliveries
 * only one creates the Incident. The Incident's sys_id is chosen up front so the row and the
 * problems table can reference it before it exists; if the Incident insert then fails, the row is
 * marked failed, its claim freed, and the key points back at its previous Incident.
 */
export function createUnderClaim(
    d: Delivery,
    record: DeliveryRecord,
    key: string,
    previous: IncidentRow | null,
    problem: ProblemInfo,
    fields: { [column: string]: string },
    outcome: Outcome,
    answerStatus: number = 201,
    retried: boolean = false,
): IncidentResult | 'conflict' {
    const sysId = d.platform.newSysId()
    const claim = truncate(key + '|' + (previous ? previous.sysId : 'first'), 160)
    const deliveryId = recordDelivery(d, { ...record, outcome, incident: sysId, claim, http_status: answerStatus })
    if (deliveryId === null) {
        const holder = d.platform.findClaimHolder(claim)
        if (holder === null) {
            // No row holds the claim: the deliveries table refused the row for another reason.
            return { status: 503, outcome: 'failed', incident: null, key, detail: 'The delivery could not be recorded; nothing was created.' }
        }
        if (!retried && d.nowMs - glideDateTimeToMs(holder.received) > ABANDONED_CLAIM_MS) {
            // The holder's history stays as it was; only the right to create is released.
            d.platform.updateDelivery(holder.sysId, { claim: '', detail: 'Creation claim released at ' + d.received + ' UTC: no Incident carried its key.' })
            return createUnderClaim(d, record, key, previous, problem, fields, outcome, answerStatus, true)
        }
        return 'conflict'
    }
    const pointer = { incident: sysId, kind: problem.kind, policy_id: problem.policyId, storm_state: problem.stormState }
    // A key with no current Incident may still have a row left by a failed creation: repoint it.
    if (previous !== null || !d.platform.insertProblem({ key, ...pointer })) d.platform.updateProblem(key, pointer)
    const created = d.platform.insertIncident(sysId, fields)
    if (created === null) {
        d.platform.updateProblem(key, { incident: previous ? previous.sysId : '', storm_state: previous ? previous.stormState : '' })
        d.platform.updateDelivery(deliveryId, { outcome: 'failed', claim: '', incident: '', http_status: 503, detail: 'The Incident insert was refused.' })
        return { status: 503, outcome: 'failed', incident: null, key, detail: 'The Incident could not be inserted.' }
    }
    return { status: answerStatus, outcome, incident: created, key, detail: '' }
}


/**
 * A routing rule said "do not create an Incident": the delivery is recorded with its own outcome
 * and the rule that decided, nothing else is written. 202: received, no Incident (as for messages
 * that are not alerts).
 */
export function routedOut(d: Delivery, record: DeliveryRecord, key: string, routedBy: string): IncidentResult {
    recordDelivery(d, { ...record, outcome: 'routed_out', http_status: 202, routed_by: routedBy, detail: 'Routing rule "' + routedBy + '": no Incident is created for this alert.' })
    return { status: 202, outcome: 'routed_out', incident: null, key, detail: '', extra: { routed_by: routedBy } }
}
