// The alert flow: dedup first (a key with an Incident is updated, or recognised as a replay or an
// older version), then storm control for a new problem, then the new Incident.

import { alertVersionKey, type AlertFacts } from './alert-facts.ts'
import { correlationKey, stormKey } from './correlation-key.ts'
import { applied, decideRepeat, emptyState, factFlags, idToken, parseState, serializeState, type RepeatDecision } from './dedup-state.ts'
import { alertRecord, isOpen, occurrencesLine, recordDelivery, type Delivery, type IncidentResult } from './delivery-context.ts'
import { createUnderClaim, routedOut } from './incident-creation.ts'
import { incidentDescription, shortDescription, violationLines, workNote } from './incident-description.ts'
import { isCentralAlertId } from './central-api.ts'
import { endedBy } from './lifecycle-notes.ts'
import { routeNewIncident, type Routing } from './incident-routing.ts'
import { INCIDENT_COLUMN, type DeliveryRecord, type IncidentRow } from './platform-port.ts'
import type { ExtraField } from './rhacs-message.ts'
import { toGlideDateTime } from './rhacs-time.ts'
import { urgencyImpactFor } from './severity-mapping.ts'
import { decideStorm } from './storm-control.ts'
import { absorbInStorm } from './storm-flow.ts'
import { finishStorm } from './storm-recovery.ts'
import { clip, cleanLine } from './text-hygiene.ts'
import { newestFirst } from './violation-order.ts'
import { countLine } from './vulnerability-summary.ts'

/**
 * The work note for a repeat: only what was not noted before. Header (what happened), the new
 * violations newest first (the part cut to fit), the new facts and the occurrences footer.
 */
function repeatNote(facts: AlertFacts, decision: RepeatDecision, occurrences: number, received: string, reopened: boolean, resolvedBy: string): string {
    const header: string[] = []
    if (reopened) header.push('Reopened by the RHACS integration: the problem was reported again after this Incident was closed (' + endedBy(resolvedBy) + ').')
    // A vulnerability alert says how bad the whole alert is beside its id.
    const id = (cleanLine(clip(facts.alertId, 200), 100) || '(no id)') + (facts.vulnerabilities !== null ? ' (' + countLine(facts.vulnerabilities) + ')' : '')
    const n = decision.newViolations.length
    const violations = n === 1 ? ' violation' : ' violations'
    const order = n > 1 && decision.newViolations.some((v) => v.time !== '') ? ' (newest first):' : ':'
    if (decision.newAlert) {
        header.push('New RHACS alert ' + id + ' for the same problem' + (n > 0 ? ', ' + n + violations + ' not noted before' + order : '; no violations that were not already noted.'))
    } else if (n > 0) {
        header.push('RHACS alert ' + id + ' gained ' + n + ' new' + violations + order)
    } else if (decision.newFlags !== '') {
        header.push('RHACS re-sent alert ' + id + ' with what changed:')
    } else {
        header.push('RHACS re-sent alert ' + id + ' with no violations that were not already noted.')
    }
    const list = violationLines(newestFirst(decision.newViolations, (v) => v.time))
    const footer: string[] = []
    if (decision.newFlags.indexOf('i') >= 0) footer.push('The deployment was deleted (RHACS marks it inactive).')
    if (decision.newFlags.indexOf('b') >= 0) {
        const what = facts.enforcedAs === 'enforced' ? 'RHACS enforcement acted on the workload' : 'RHACS enforcement blocked this request'
        footer.push(what + (facts.enforcement ? ': ' + cleanLine(clip(facts.enforcement.value), 300) : ' (state ATTEMPTED)') + '.')
    }
    footer.push(occurrencesLine(occurrences, received))
    return workNote(header, list, footer)
}

/**
 * Records the alert id behind the Incident for the reconcile job and resolve-in-RHACS. Only ids
 * Central can be asked about are 'unknown' (to be asked); others are 'unqueryable'. Best effort:
 * the Incident and the delivery row are already written, so a refused insert only logs.
 */
function recordAlertRow(d: Delivery, facts: AlertFacts, incidentSysId: string): void {
    if (facts.alertId === '') return
    const ok = d.platform.insertAlertRow({
        alert_id: facts.alertId,
        incident: incidentSysId,
        policy: facts.policyName,
        lifecycle_stage: facts.lifecycleStage,
        delivered_state: facts.state,
        rhacs_state: isCentralAlertId(facts.alertId) ? 'unknown' : 'unqueryable',
    })
    if (!ok) d.platform.warn('RHACS alert row for an Incident was refused; the reconcile job will not follow that alert.')
}

function newIncidentFields(
    d: Delivery,
    facts: AlertFacts,
    key: string,
    previous: IncidentRow | null,
    extraFields: ExtraField[],
    stateJson: string,
    routing: Routing,
): { [column: string]: string } {
    const ui = urgencyImpactFor(facts.severity, d.config)
    const fields: { [column: string]: string } = {
        short_description: shortDescription(facts),
        description: incidentDescription(facts, {
            extraFields,
            centralUrl: d.config.centralUrl,
            previousIncident: previous && !isOpen(previous) ? previous.number + ' (' + endedBy(previous.resolvedBy) + ')' : '',
        }),
        urgency: String(ui.urgency),
        impact: String(ui.impact),
        correlation_id: key,
        correlation_display: 'RHACS',
        [INCIDENT_COLUMN.dedupState]: stateJson,
        [INCIDENT_COLUMN.occurrences]: '1',
        [INCIDENT_COLUMN.lastSeen]: d.received,
    }
    if (previous) fields[INCIDENT_COLUMN.previousIncident] = previous.sysId
    // Group, caller, category, CI… and a rule's urgency/impact override (incident-routing.ts).
    Object.assign(fields, routing.fields)
    return fields
}

/** A delivery whose key already has an Incident. */
function applyRepeat(
    d: Delivery,
    facts: AlertFacts,
    record: DeliveryRecord,
    row: IncidentRow,
    decision: RepeatDecision,
    reopen: boolean,
): IncidentResult {
    const incident = { sysId: row.sysId, number: row.number }
    if (decision.outcome !== 'updated') {
        recordDelivery(d, { ...record, outcome: decision.outcome, incident: row.sysId, http_status: 200 })
        return { status: 200, outcome: decision.outcome, incident, key: row.correlationId, detail: '' }
    }
    const occurrences = row.occurrences + 1
    const fields: { [column: string]: string } = {
        work_notes: repeatNote(facts, decision, occurrences, d.received, reopen, row.resolvedBy),
        [INCIDENT_COLUMN.dedupState]: serializeState(decision.next),
        [INCIDENT_COLUMN.occurrences]: String(occurrences),
        [INCIDENT_COLUMN.lastSeen]: d.received,
    }
    if (reopen) {
        fields.state = '1'
        // Its next resolution is a new one: resolve-in-RHACS (and the record of who ended it) start over.
        fields[INCIDENT_COLUMN.resolvedBy] = ''
    }
    if (!d.platform.updateIncident(row.sysId, fields)) {
        recordDelivery(d, { ...record, outcome: 'failed', incident: row.sysId, http_status: 503, detail: 'The Incident update was refused.' })
        return { status: 503, outcome: 'failed', incident: null, key: row.correlationId, detail: 'The Incident could not be updated.' }
    }
    recordDelivery(d, { ...record, outcome: 'updated', incident: row.sysId, http_status: 200, detail: reopen ? 'Reopened a closed Incident.' : '' })
    if (decision.newAlert) recordAlertRow(d, facts, row.sysId)
    return { status: 200, outcome: 'updated', incident, key: row.correlationId, detail: '', extra: reopen ? { reopened: true } : undefined }
}

export function handleAlert(d: Delivery, facts: AlertFacts, extraFields: ExtraField[], attempt: number = 0): IncidentResult {
    const versionKey = alertVersionKey(facts)
    const digest = (text: string) => d.platform.digest(text)
    const key = correlationKey(facts, d.config.dedupMode, digest)
    const sKey = stormKey(facts, digest)
    const token = idToken(facts.alertId, digest)
    const flags = factFlags(facts.entity.inactive, facts.blocked)
    const record = alertRecord(d, 'alert', facts, key, versionKey)
    const rows = d.platform.findCurrentIncidents([key, sKey])
    const current = rows.filter((r) => r.stormState === '')[0] ?? null
    const storm = rows.filter((r) => r.stormState !== '')[0] ?? null

    // Dedup first: a key with an Incident updates it (or is a replay of it), never the storm one.
    // In `none` mode a new version of the alert gets an Incident of its own instead.
    if (current !== null) {
        const decision = decideRepeat(parseState(current.dedupState), token, versionKey, facts.violations, flags)
        if (decision.outcome !== 'updated') return applyRepeat(d, facts, record, current, decision, false)
        if (d.config.dedupMode !== 'none') {
            if (isOpen(current)) return applyRepeat(d, facts, record, current, decision, false)
            // Only a fact changed (the deployment was deleted, enforcement applied): the problem did
            // not come back, so the closed Incident gets the note and stays closed.
            if (!decision.newAlert && decision.newViolations.length === 0) return applyRepeat(d, facts, record, current, decision, false)
            if (d.config.closedAction === 'reopen') return applyRepeat(d, facts, record, current, decision, true)
        }
    }

    // A new problem: storm control decides whether it gets its own Incident.
    const windowStart = toGlideDateTime(d.nowMs - d.config.stormWindowMinutes * 60000)
    const counts = d.platform.countCreatedSince(windowStart, record.policy_id)
    const stormActive = storm !== null && isOpen(storm) && storm.stormState === 'active'
    const verdict = decideStorm(counts, stormActive, { policyBudget: d.config.stormPolicyBudget, globalBudget: d.config.stormGlobalBudget })
    if (verdict === 'storm') return absorbInStorm(d, facts, record, sKey, storm, extraFields)

    // Routing happens here, at creation only: a repeat never moves an Incident.
    const routing = routeNewIncident(d, facts)
    if (!routing.createIncident) return routedOut(d, record, key, routing.routedBy)
    const stateJson = serializeState(applied(emptyState(), token, versionKey, facts.violations, flags))
    const fields = newIncidentFields(d, facts, key, current, extraFields, stateJson, routing)
    const routedRecord = { ...record, routed_by: routing.routedBy }
    const result = createUnderClaim(d, routedRecord, key, current, { kind: 'alert', policyId: '', stormState: '' }, fields, 'created')
    if (result === 'conflict') {
        // Another delivery holds the claim for this key: it has created, or is creating, the Incident.
        if (attempt === 0) return handleAlert(d, facts, extraFields, 1)
        recordDelivery(d, { ...routedRecord, outcome: 'failed', http_status: 503, detail: 'Another delivery is creating the Incident for this key.' })
        return { status: 503, outcome: 'failed', incident: null, key, detail: 'Another delivery is creating the Incident for this key; retry.' }
    }
    if (result.status === 201 && result.incident !== null) recordAlertRow(d, facts, result.incident.sysId)
    if (verdict === 'recover' && storm !== null && result.status === 201) {
        // The Incident exists and its row says so: a failing final note must not turn that into a 500.
        try {
            finishStorm(d.platform, d.received, sKey, storm)
        } catch (e) {
            d.platform.warn('RHACS storm ' + storm.number + ': the final note could not be written: ' + cleanLine(String((e as Error)?.message ?? e), 200))
        }
    }
    return result
}

