// The RHACS notifier's Test button: one low-priority Incident, updated on every press, so an
// admin sees the whole path work. Never a security Incident, never storm-counted.

import { baseRecord, isOpen, occurrencesLine, recordDelivery, type Delivery, type IncidentResult } from './delivery-context.ts'
import { TEST_KEY } from './correlation-key.ts'
import { createUnderClaim } from './incident-creation.ts'
import { TEST_INCIDENT_TITLE, testDescription } from './incident-description.ts'
import { propertyRouting } from './incident-routing.ts'
import { INCIDENT_COLUMN, type DeliveryRecord } from './platform-port.ts'
import type { ExtraField } from './rhacs-message.ts'

/** The Test button: one low-priority Incident, updated on every test, so an admin sees the wiring. */
export function handleTest(d: Delivery, policyName: string, extraFields: ExtraField[]): IncidentResult {
    const record: DeliveryRecord = { ...baseRecord(d, 'test'), alert_id: 'testalert', policy: policyName, dedup_key: TEST_KEY }
    if (!d.config.testIncident) {
        recordDelivery(d, { ...record, outcome: 'ignored', http_status: 200, detail: 'Test Incident disabled by property.' })
        return { status: 200, outcome: 'ignored', incident: null, key: TEST_KEY, detail: '' }
    }
    const current = d.platform.findCurrentIncidents([TEST_KEY])[0] ?? null
    if (current !== null && isOpen(current)) {
        const occurrences = current.occurrences + 1
        const ok = d.platform.updateIncident(current.sysId, {
            work_notes: 'RHACS integration test received again. ' + occurrencesLine(occurrences, d.received),
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
    // Not an alert: no routing rule applies, only the properties' group and caller.
    const routing = propertyRouting(d)
    Object.assign(fields, routing.fields)
    // The Test button answers 200 even when it creates: an acknowledgement, not an alert.
    const result = createUnderClaim(d, { ...record, routed_by: routing.routedBy }, TEST_KEY, current, { kind: 'test', policyId: '', stormState: '' }, fields, 'created', 200)
    if (result === 'conflict') {
        recordDelivery(d, { ...record, outcome: 'failed', http_status: 503, detail: 'Another test delivery is creating the test Incident.' })
        return { status: 503, outcome: 'failed', incident: null, key: TEST_KEY, detail: 'Another test delivery is in progress; retry.' }
    }
    return result
}

