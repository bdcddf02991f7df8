// One POST from RHACS in, one HTTP answer out. Decides everything (kind, dedup, replay,
// storm) from pure modules and talks to the instance only through the Platform port.

import { alertVersionKey, readAlertFacts, type AlertFacts } from './alert-facts.ts'
import { readConfig, type AppConfig } from './app-properties.ts'
import { correlationKey, stormKey, TEST_KEY } from './correlation-key.ts'
import { decideRepeat, applied, emptyState, idToken, parseState, serializeState, type RepeatDecision } from './dedup-state.ts'
import {
    boundedWorkNote,
    incidentDescription,
    shortDescription,
    SOURCE_LINE,
    stormShortDescription,
    TEST_INCIDENT_TITLE,
    testDescription,
    violationList,
} from './incident-description.ts'
import { objectField, textField } from './json-reading.ts'
import {
    CLOSED_STATES,
    INCIDENT_COLUMN,
    type DeliveryRecord,
    type IncidentRow,
    type MessageKind,
    type Outcome,
    type Platform,
    type ProblemKind,
} from './platform-port.ts'
import { classifyMessage, type ExtraField } from './rhacs-message.ts'
import { glideDateTimeToMs, toGlideDateTime } from './rhacs-time.ts'
import { urgencyImpactFor } from './severity-mapping.ts'
import { decideStorm, STORM_NOTE_INTERVAL_MS } from './storm-control.ts'
import { finishStorm } from './storm-recovery.ts'
import { clip, cleanLine } from './text-hygiene.ts'
import { truncate } from './text-limits.ts'

export interface HandlerResponse {
    status: number
    body: { [key: string]: unknown }
}

/** Claims older than this whose Incident never appeared were left by a failed transaction. */
export const ABANDONED_CLAIM_MS = 120000

interface Delivery {
    platform: Platform
    config: AppConfig
    rawBody: string
    nowMs: number
    received: string
}

interface IncidentResult {
    status: number
    outcome: Outcome
    incident: { sysId: string; number: string } | null
    key: string
    detail: string
    extra?: { [key: string]: unknown }
}

function isOpen(row: IncidentRow): boolean {
    return CLOSED_STATES.indexOf(row.state) < 0
}

function baseRecord(d: Delivery, kind: MessageKind): DeliveryRecord {
    return {
        received: d.received,
        kind,
        alert_id: '',
        alert_version: '',
        policy_id: '',
        policy: '',
        severity: '',
        cluster: '',
        namespace: '',
        entity_type: '',
        entity_name: '',
        lifecycle_stage: '',
        violation_count: 0,
        dedup_key: '',
        outcome: 'ignored',
        incident: '',
        http_status: 0,
        detail: '',
        raw_body: '',
        raw_body_chars: d.rawBody.length,
        raw_body_attached: false,
        claim: '',
        storm_batch: '',
    }
}

function alertRecord(d: Delivery, kind: MessageKind, facts: AlertFacts, key: string, versionKey: string): DeliveryRecord {
    return {
        ...baseRecord(d, kind),
        alert_id: truncate(facts.alertId, 100),
        alert_version: versionKey,
        policy_id: cleanLine(facts.policyId || facts.policyName, 200),
        policy: cleanLine(facts.policyName, 200),
        severity: truncate(facts.severity, 40),
        cluster: cleanLine(facts.clusterName, 200),
        namespace: cleanLine(facts.namespace, 200),
        entity_type: cleanLine(facts.entity.type || facts.entity.kind, 100),
        entity_name: cleanLine(facts.entity.name, 255),
        lifecycle_stage: truncate(facts.lifecycleStage, 40),
        violation_count: facts.violationCount,
        dedup_key: key,
    }
}

/**
 * Writes the delivery row; the raw body is kept whole up to the configured bound, and beyond
 * it the row keeps the head while the whole body becomes an attachment, so nothing is lost.
 */
function recordDelivery(d: Delivery, record: DeliveryRecord): string | null {
    const oversized = d.rawBody.length > d.config.rawBodyMaxChars
    const row: DeliveryRecord = {
        ...record,
        raw_body: oversized ? truncate(d.rawBody, d.config.rawBodyMaxChars, ' …[whole body attached]') : d.rawBody,
        raw_body_attached: oversized,
    }
    const sysId = d.platform.insertDelivery(row)
    if (sysId !== null && oversized && !d.platform.attachRawBody(sysId, d.rawBody)) {
        d.platform.warn('RHACS delivery ' + sysId + ': the raw body could not be attached; its first ' + d.config.rawBodyMaxChars + ' characters are on the row.')
        d.platform.updateDelivery(sysId, { raw_body_attached: false })
    }
    return sysId
}

/** Who the app's new Incidents go to and whom they name as caller, when the admin set that. */
function routingFields(config: AppConfig): { [column: string]: string } {
    const fields: { [column: string]: string } = {}
    if (config.assignmentGroup !== '') fields.assignment_group = config.assignmentGroup
    if (config.caller !== '') fields.caller_id = config.caller
    return fields
}

function occurrencesNote(occurrences: number, received: string): string {
    return 'Occurrences: ' + occurrences + '; last seen ' + received + ' UTC.'
}

/** The work note for a repeat: only what was not noted before. */
function repeatNote(facts: AlertFacts, decision: RepeatDecision, occurrences: number, received: string, reopened: boolean): string {
    const lines: string[] = []
    if (reopened) lines.push('Reopened by the RHACS integration: the problem was reported again after this Incident was closed.')
    const id = cleanLine(facts.alertId, 100) || '(no id)'
    const n = decision.newViolations.length
    if (decision.newAlert) {
        lines.push('New RHACS alert ' + id + ' for the same problem' + (n > 0 ? ', ' + n + (n === 1 ? ' violation' : ' violations') + ' not noted before:' : '; no violations that were not already noted.'))
    } else if (n > 0) {
        lines.push('RHACS alert ' + id + ' gained ' + n + (n === 1 ? ' new violation:' : ' new violations:'))
    } else {
        lines.push('RHACS re-sent alert ' + id + ' with no violations that were not already noted.')
    }
    if (n > 0) lines.push(violationList(decision.newViolations))
    if (facts.entity.inactive) lines.push('The deployment was deleted (RHACS marks it inactive).')
    if (facts.state === 'ATTEMPTED') lines.push('RHACS enforcement blocked this request (state ATTEMPTED).')
    lines.push(occurrencesNote(occurrences, received))
    return boundedWorkNote(lines.join('\n'))
}

function newIncidentFields(
    d: Delivery,
    facts: AlertFacts,
    key: string,
    previous: IncidentRow | null,
    extraFields: ExtraField[],
    stateJson: string,
): { [column: string]: string } {
    const ui = urgencyImpactFor(facts.severity, d.config)
    const fields: { [column: string]: string } = {
        short_description: shortDescription(facts),
        description: incidentDescription(facts, {
            extraFields,
            centralUrl: d.config.centralUrl,
            previousIncident: previous && !isOpen(previous) ? previous.number : '',
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
    Object.assign(fields, routingFields(d.config))
    return fields
}

/** What the problems table records for a key besides its Incident. */
interface ProblemInfo {
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
function createUnderClaim(
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
        work_notes: repeatNote(facts, decision, occurrences, d.received, reopen),
        [INCIDENT_COLUMN.dedupState]: serializeState(decision.next),
        [INCIDENT_COLUMN.occurrences]: String(occurrences),
        [INCIDENT_COLUMN.lastSeen]: d.received,
    }
    if (reopen) fields.state = '1'
    if (!d.platform.updateIncident(row.sysId, fields)) {
        recordDelivery(d, { ...record, outcome: 'failed', incident: row.sysId, http_status: 503, detail: 'The Incident update was refused.' })
        return { status: 503, outcome: 'failed', incident: null, key: row.correlationId, detail: 'The Incident could not be updated.' }
    }
    recordDelivery(d, { ...record, outcome: 'updated', incident: row.sysId, http_status: 200, detail: reopen ? 'Reopened a closed Incident.' : '' })
    return { status: 200, outcome: 'updated', incident, key: row.correlationId, detail: '', extra: reopen ? { reopened: true } : undefined }
}

function handleAlert(d: Delivery, facts: AlertFacts, extraFields: ExtraField[], attempt: number = 0): IncidentResult {
    const versionKey = alertVersionKey(facts)
    const digest = (text: string) => d.platform.digest(text)
    const key = correlationKey(facts, d.config.dedupMode, digest)
    const sKey = stormKey(facts, digest)
    const token = idToken(facts.alertId, digest)
    const record = alertRecord(d, 'alert', facts, key, versionKey)
    const rows = d.platform.findCurrentIncidents([key, sKey])
    const current = rows.filter((r) => r.stormState === '')[0] ?? null
    const storm = rows.filter((r) => r.stormState !== '')[0] ?? null

    // Dedup first: a key with an Incident updates it (or is a replay of it), never the storm one.
    // In `none` mode a new version of the alert gets an Incident of its own instead.
    if (current !== null) {
        const decision = decideRepeat(parseState(current.dedupState), token, versionKey, facts.violations)
        if (decision.outcome !== 'updated') return applyRepeat(d, facts, record, current, decision, false)
        if (d.config.dedupMode !== 'none') {
            if (isOpen(current)) return applyRepeat(d, facts, record, current, decision, false)
            if (d.config.closedAction === 'reopen') return applyRepeat(d, facts, record, current, decision, true)
        }
    }

    // A new problem: storm control decides whether it gets its own Incident.
    const windowStart = toGlideDateTime(d.nowMs - d.config.stormWindowMinutes * 60000)
    const counts = d.platform.countCreatedSince(windowStart, record.policy_id)
    const stormActive = storm !== null && isOpen(storm) && storm.stormState === 'active'
    const verdict = decideStorm(counts, stormActive, { policyBudget: d.config.stormPolicyBudget, globalBudget: d.config.stormGlobalBudget })
    if (verdict === 'storm') return absorbInStorm(d, facts, record, sKey, storm, extraFields)

    const stateJson = serializeState(applied(emptyState(), token, versionKey, facts.violations))
    const fields = newIncidentFields(d, facts, key, current, extraFields, stateJson)
    const result = createUnderClaim(d, record, key, current, { kind: 'alert', policyId: '', stormState: '' }, fields, 'created')
    if (result === 'conflict') {
        // Another delivery holds the claim for this key: it has created, or is creating, the Incident.
        if (attempt === 0) return handleAlert(d, facts, extraFields, 1)
        recordDelivery(d, { ...record, outcome: 'failed', http_status: 503, detail: 'Another delivery is creating the Incident for this key.' })
        return { status: 503, outcome: 'failed', incident: null, key, detail: 'Another delivery is creating the Incident for this key; retry.' }
    }
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

function workloadOf(facts: AlertFacts): string {
    return cleanLine(clip(facts.clusterName) + ' / ' + clip(facts.namespace) + ' / ' + clip(facts.entity.display || facts.entity.kind), 300)
}

/** Over budget: the alert is recorded, linked to the policy's storm Incident, and summarised. */
function absorbInStorm(d: Delivery, facts: AlertFacts, record: DeliveryRecord, sKey: string, storm: IncidentRow | null, extraFields: ExtraField[]): IncidentResult {
    const stormRecord = { ...record, detail: 'Absorbed by storm control: ' + workloadOf(facts) }
    if (storm === null || !isOpen(storm) || storm.stormState !== 'active') {
        const ui = urgencyImpactFor(facts.severity, d.config)
        const fields: { [column: string]: string } = {
            short_description: stormShortDescription(facts),
            description: truncate(
                [
                    SOURCE_LINE,
                    'Storm control: policy "' + cleanLine(facts.policyName, 1000) + '" (' + cleanLine(facts.severity, 60) + ') reached its budget of new Incidents (' +
                        d.config.stormPolicyBudget + ' per policy, ' + d.config.stormGlobalBudget + ' overall, per ' + d.config.stormWindowMinutes + ' minutes).',
                    'Further new alerts of this policy are recorded as RHACS deliveries linked to this Incident and summarised in its work notes, at most once a minute.',
                    '',
                    'First absorbed alert:',
                    incidentDescription(facts, { extraFields, centralUrl: d.config.centralUrl, previousIncident: '' }),
                ].join('\n'),
                4000,
            ),
            urgency: String(ui.urgency),
            impact: String(ui.impact),
            correlation_id: sKey,
            correlation_display: 'RHACS storm',
            [INCIDENT_COLUMN.stormState]: 'active',
            [INCIDENT_COLUMN.stormNotedAt]: d.received,
            [INCIDENT_COLUMN.occurrences]: '1',
            [INCIDENT_COLUMN.lastSeen]: d.received,
        }
        if (storm !== null) fields[INCIDENT_COLUMN.previousIncident] = storm.sysId
        Object.assign(fields, routingFields(d.config))
        const problem = { kind: 'storm' as const, policyId: record.policy_id, stormState: 'active' }
        const result = createUnderClaim(d, stormRecord, sKey, storm, problem, fields, 'storm')
        if (result === 'conflict') {
            // A concurrent delivery is opening this policy's storm Incident: join it.
            const again = d.platform.findCurrentIncidents([sKey])[0] ?? null
            if (again !== null && isOpen(again)) return absorbInStorm(d, facts, record, sKey, again, extraFields)
            recordDelivery(d, { ...stormRecord, outcome: 'failed', http_status: 503, detail: 'Another delivery is creating the storm Incident.' })
            return { status: 503, outcome: 'failed', incident: null, key: sKey, detail: 'Another delivery is creating the storm Incident; retry.' }
        }
        return { ...result, extra: { storm: true } }
    }
    // A replay (or an older version) of an alert this storm already absorbed is not a new alert:
    // it is recorded, but neither counted against the budget nor listed again.
    const prior = d.platform.findAbsorbed(storm.sysId, record.dedup_key)
    if (prior !== null && prior.alertId === record.alert_id && record.alert_version <= prior.version) {
        const outcome: Outcome = record.alert_version === prior.version ? 'duplicate' : 'stale'
        recordDelivery(d, { ...stormRecord, outcome, incident: storm.sysId, http_status: 200 })
        return { status: 200, outcome, incident: { sysId: storm.sysId, number: storm.number }, key: storm.correlationId, detail: '', extra: { storm: true } }
    }
    recordDelivery(d, { ...stormRecord, outcome: 'storm', incident: storm.sysId, http_status: 200, storm_batch: storm.stormNotedAt })
    if (d.nowMs - glideDateTimeToMs(storm.stormNotedAt) >= STORM_NOTE_INTERVAL_MS) {
        const workloads = d.platform.stormWorkloadsInBatch(storm.sysId, storm.stormNotedAt)
        const total = workloads.reduce((n, w) => n + w.count, 0)
        const lines = workloads.slice(0, 50).map((w) => '- ' + w.workload + (w.count > 1 ? ' (' + w.count + ' alerts)' : ''))
        if (workloads.length > 50) lines.push('- … and ' + (workloads.length - 50) + ' more workloads')
        const note = 'Storm control: ' + total + (total === 1 ? ' alert' : ' alerts') + ' on ' + workloads.length +
            (workloads.length === 1 ? ' workload' : ' workloads') + ' absorbed since ' + storm.stormNotedAt + ' UTC:\n' + lines.join('\n')
        d.platform.updateIncident(storm.sysId, {
            work_notes: boundedWorkNote(note),
            [INCIDENT_COLUMN.stormNotedAt]: d.received,
            [INCIDENT_COLUMN.lastSeen]: d.received,
            [INCIDENT_COLUMN.occurrences]: String(storm.occurrences + total),
        })
    }
    return { status: 200, outcome: 'storm', incident: { sysId: storm.sysId, number: storm.number }, key: storm.correlationId, detail: '', extra: { storm: true } }
}

/** The Test button: one low-priority Incident, updated on every test, so an admin sees the wiring. */
function handleTest(d: Delivery, policyName: string, extraFields: ExtraField[]): IncidentResult {
    const record: DeliveryRecord = { ...baseRecord(d, 'test'), alert_id: 'testalert', policy: cleanLine(policyName, 200), dedup_key: TEST_KEY }
    if (!d.config.testIncident) {
        recordDelivery(d, { ...record, outcome: 'ignored', http_status: 200, detail: 'Test Incident disabled by property.' })
        return { status: 200, outcome: 'ignored', incident: null, key: TEST_KEY, detail: '' }
    }
    const current = d.platform.findCurrentIncidents([TEST_KEY])[0] ?? null
    if (current !== null && isOpen(current)) {
        const occurrences = current.occurrences + 1
        const ok = d.platform.updateIncident(current.sysId, {
            work_notes: 'RHACS integration test received again. ' + occurrencesNote(occurrences, d.received),
            [INCIDENT_COLUMN.occurrences]: String(occurrences),
            [INCIDENT_COLUMN.lastSeen]: d.received,
        })
        if (!ok) {
            recordDelivery(d, { ...record, outcome: 'failed', incident: current.sysId, http_status: 503, detail: 'The Incident update was refused.' })
            return { status: 503, outcome: 'failed', incident: null, key: TEST_KEY, detail: 'The test Incident could not be updated.' }
        }
        recordDelivery(d, { ...record, outcome: 'updated', incident: current.sysId, http_status: 200 })
        return { status: 200, outcome: 'updated', incident: { sysId: current.sysId, number: current.number }, key: TEST_KEY, detail: '' }
    }
    const fields: { [column: string]: string } = {
        short_description: TEST_INCIDENT_TITLE,
        description: testDescription(policyName, extraFields),
        urgency: '3',
        impact: '3',
        correlation_id: TEST_KEY,
        correlation_display: 'RHACS',
        [INCIDENT_COLUMN.occurrences]: '1',
        [INCIDENT_COLUMN.lastSeen]: d.received,
    }
    Object.assign(fields, routingFields(d.config))
    // The Test button answers 200 even when it creates: an acknowledgement, not an alert.
    const result = createUnderClaim(d, record, TEST_KEY, current, { kind: 'test', policyId: '', stormState: '' }, fields, 'created', 200)
    if (result === 'conflict') {
        recordDelivery(d, { ...record, outcome: 'failed', http_status: 503, detail: 'Another test delivery is creating the test Incident.' })
        return { status: 503, outcome: 'failed', incident: null, key: TEST_KEY, detail: 'Another test delivery is in progress; retry.' }
    }
    return result
}

function incidentBody(result: IncidentResult): { [key: string]: unknown } {
    if (result.status >= 500) return { error: 'unavailable', message: result.detail, outcome: result.outcome }
    const body: { [key: string]: unknown } = {
        sys_id: result.incident ? result.incident.sysId : '',
        number: result.incident ? result.incident.number : '',
        outcome: result.outcome,
        correlation_id: result.key,
    }
    return result.extra ? { ...body, ...result.extra } : body
}

/** An alert id as one log token: payload text must not be able to forge fields of the line. */
function logToken(alertId: string): string {
    // Cut first: an id can be 1 MB of payload.
    return alertId === '' ? '-' : truncate(alertId.slice(0, 101).replace(/[^A-Za-z0-9._:-]/g, '?'), 100, '…')
}

/** Best effort after an unexpected error: a failed row with the raw body, so nothing is lost. */
function recordFailure(platform: Platform, rawBody: string, nowMs: number, reason: string): void {
    try {
        const d: Delivery = { platform, config: readConfig(() => null).config, rawBody, nowMs, received: toGlideDateTime(nowMs) }
        recordDelivery(d, { ...baseRecord(d, 'invalid'), outcome: 'failed', http_status: 500, detail: truncate('Unexpected error: ' + reason, 1000) })
    } catch (e) {
        platform.error('RHACS delivery could not be recorded after the error: ' + cleanLine(String((e as Error)?.message ?? e), 200))
    }
}

/** Handles one delivery. Never throws: an unexpected error becomes a 500 JSON answer. */
export function handleDelivery(rawBody: string, platform: Platform): HandlerResponse {
    const started = platform.nowMs()
    let alertId = ''
    let outcome: Outcome | 'error' = 'error'
    let number = ''
    let response: HandlerResponse
    try {
        const { config, warnings } = readConfig((name) => platform.readProperty(name))
        for (const w of warnings) platform.warn(w)
        const d: Delivery = { platform, config, rawBody, nowMs: started, received: toGlideDateTime(started) }
        const message = classifyMessage(rawBody)
        if (config.debug) platform.debug('RHACS delivery received: kind=' + message.kind + ' chars=' + rawBody.length + ' body=' + truncate(rawBody, 2000))
        switch (message.kind) {
            case 'invalid': {
                recordDelivery(d, { ...baseRecord(d, 'invalid'), outcome: 'rejected', http_status: 400, detail: message.message })
                outcome = 'rejected'
                response = { status: 400, body: { error: message.error, message: message.message } }
                break
            }
            case 'audit':
            case 'networkpolicy': {
                recordDelivery(d, { ...baseRecord(d, message.kind), outcome: 'ignored', http_status: 202, detail: 'Not an alert: no Incident.' })
                outcome = 'ignored'
                response = { status: 202, body: { outcome: 'ignored', kind: message.kind, message: 'Received; ' + message.kind + ' messages do not create Incidents.' } }
                break
            }
            case 'test': {
                alertId = 'testalert'
                const result = handleTest(d, textField(objectField(message.alert, 'policy'), 'name'), message.extraFields)
                outcome = result.outcome
                number = result.incident ? result.incident.number : ''
                response = {
                    status: result.status,
                    body: result.status >= 500 ? incidentBody(result) : { acknowledged: true, message: 'RHACS integration test received.', ...incidentBody(result) },
                }
                break
            }
            case 'alert': {
                const facts = readAlertFacts(message.alert, (text: string) => platform.digest(text))
                alertId = facts.alertId
                if (config.debug) {
                    const v = (text: string) => clip(text, 200)
                    platform.debug('RHACS alert ' + v(facts.alertId) + ': policy=' + v(facts.policyName) + ' cluster=' + v(facts.clusterName) + ' namespace=' + v(facts.namespace) +
                        ' entity=' + v(facts.entity.display) + ' user=' + v(facts.user) + ' command=' + v(facts.command) + ' violations=' + facts.violationCount)
                }
                const result = handleAlert(d, facts, message.extraFields)
                outcome = result.outcome
                number = result.incident ? result.incident.number : ''
                response = { status: result.status, body: incidentBody(result) }
                break
            }
        }
    } catch (e) {
        const reason = cleanLine(String((e as Error)?.message ?? e), 500)
        platform.error('RHACS delivery failed unexpectedly: ' + reason)
        outcome = 'failed'
        response = { status: 500, body: { error: 'internal_error', message: 'The delivery could not be processed; see the system log (source x_rhacs_snow).' } }
        recordFailure(platform, rawBody, started, reason)
    }
    platform.info(
        'RHACS delivery: outcome=' + outcome + ' status=' + response.status + ' alert=' + logToken(alertId) +
            ' incident=' + (number || '-') + ' ms=' + (platform.nowMs() - started),
    )
    return response
}
