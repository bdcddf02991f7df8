// Storm control's flow: over budget, a new problem becomes a row linked to its policy's storm
// Incident (opened on the first one), listed in a work note at most once a minute with who did
// what where. Replays of absorbed alerts are recognised and not counted (storm-control.ts decides).

import type { AlertFacts } from './alert-facts.ts'
import { isOpen, recordDelivery, type Delivery, type IncidentResult } from './delivery-context.ts'
import { createUnderClaim, routedOut } from './incident-creation.ts'
import { routeStormIncident } from './incident-routing.ts'
import { incidentDescription, item, SOURCE_LINE, stormShortDescription, workNote } from './incident-description.ts'
import { DELIVERY_TABLE, INCIDENT_COLUMN, type DeliveryRecord, type IncidentRow, type Outcome } from './platform-port.ts'
import { cleanRecord } from './record-fields.ts'
import type { ExtraField } from './rhacs-message.ts'
import { glideDateTimeToMs } from './rhacs-time.ts'
import { urgencyImpactFor } from './severity-mapping.ts'
import { STORM_NOTE_INTERVAL_MS } from './storm-control.ts'
import { clip, cleanLine } from './text-hygiene.ts'
import { truncate } from './text-limits.ts'

/** Prefix of an absorbed alert's row detail; what follows is its line of the storm note. */
export const ABSORBED_PREFIX = 'Absorbed by storm control: '

/**
 * One line per absorbed alert, for the storm note: where, who (user, or process UID) and what
 * (command, or the newest violation), cut to fit. Identical lines are counted, not repeated.
 */
export function absorbedLine(facts: AlertFacts): string {
    const where = clip(facts.clusterName, 100) + ' / ' + clip(facts.namespace, 100) + ' / ' + clip(facts.entity.display || facts.entity.kind, 200)
    const uid = facts.details.filter((x) => x.label === 'Process UID')[0]
    const who = facts.user !== '' ? 'user ' + clip(facts.user, 100) : uid !== undefined ? 'UID ' + uid.value : ''
    const what = facts.command !== '' ? clip(facts.command, 300) : clip(facts.primaryMessage, 300)
    return cleanLine(where + (who !== '' ? ': ' + who : '') + (what !== '' ? ': ' + what : ''), 500)
}

/** Over budget: the alert is recorded, linked to the policy's storm Incident, and summarised. */
export function absorbInStorm(d: Delivery, facts: AlertFacts, record: DeliveryRecord, sKey: string, storm: IncidentRow | null, extraFields: ExtraField[]): IncidentResult {
    const stormRecord = { ...record, detail: ABSORBED_PREFIX + absorbedLine(facts) }
    if (storm === null || !isOpen(storm) || storm.stormState !== 'active') {
        // The storm Incident routes by the policy's first matching rule (incident-routing.ts).
        const routing = routeStormIncident(d, facts)
        if (!routing.createIncident) return routedOut(d, record, record.dedup_key, routing.routedBy)
        const ui = urgencyImpactFor(facts.severity, d.config)
        const fields: { [column: string]: string } = {
            short_description: stormShortDescription(facts),
            description: truncate(
                [
                    SOURCE_LINE,
                    'Storm control: policy "' + cleanLine(clip(facts.policyName), 1000) + '" (' + cleanLine(clip(facts.severity), 60) + ') reached its budget of new Incidents (' +
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
        Object.assign(fields, routing.fields)
        const problem = { kind: 'storm' as const, policyId: record.policy_id, stormState: 'active' }
        const result = createUnderClaim(d, { ...stormRecord, routed_by: routing.routedBy }, sKey, storm, problem, fields, 'storm')
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
    // The stored id is the id as the row keeps it (record-fields.ts): compare it that way.
    const storedId = cleanRecord(DELIVERY_TABLE, { alert_id: record.alert_id }).alert_id
    if (prior !== null && prior.alertId === storedId && record.alert_version <= prior.version) {
        const outcome: Outcome = record.alert_version === prior.version ? 'duplicate' : 'stale'
        recordDelivery(d, { ...stormRecord, outcome, incident: storm.sysId, http_status: 200 })
        return { status: 200, outcome, incident: { sysId: storm.sysId, number: storm.number }, key: storm.correlationId, detail: '', extra: { storm: true } }
    }
    recordDelivery(d, { ...stormRecord, outcome: 'storm', incident: storm.sysId, http_status: 200, storm_batch: storm.stormNotedAt })
    if (d.nowMs - glideDateTimeToMs(storm.stormNotedAt) >= STORM_NOTE_INTERVAL_MS) {
        const absorbed = d.platform.stormWorkloadsInBatch(storm.sysId, storm.stormNotedAt)
        const total = absorbed.reduce((n, w) => n + w.count, 0)
        const header = 'Storm control: ' + total + (total === 1 ? ' alert' : ' alerts') + ' absorbed since ' + storm.stormNotedAt + ' UTC (where: who: what):'
        const lines = absorbed.map((w) => item(w.workload + (w.count > 1 ? ' (' + w.count + ' alerts)' : ''), 700))
        d.platform.updateIncident(storm.sysId, {
            work_notes: workNote([header], lines, []),
            [INCIDENT_COLUMN.stormNotedAt]: d.received,
            [INCIDENT_COLUMN.lastSeen]: d.received,
            [INCIDENT_COLUMN.occurrences]: String(storm.occurrences + total),
        })
    }
    return { status: 200, outcome: 'storm', incident: { sysId: storm.sysId, number: storm.number }, key: storm.correlationId, detail: '', extra: { storm: true } }
}

