import '@servicenow/sdk/global'
import { DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One row per RHACS alert behind an Incident: the alert ids the reconcile job asks Central about
 * (the Incident's correlation_id is a hashed dedup key, and one workload Incident can hold many
 * alerts), the lifecycle stage that decides whether RHACS can resolve it, and what Central last
 * said. Written by the handler when an Incident first hears of an alert id, by the reconcile job
 * and by resolve-in-RHACS. See docs/incident-lifecycle.md.
 */
export const x_rhacs_snow_alert = Table({
    name: 'x_rhacs_snow_alert',
    label: 'RHACS Alert',
    display: 'alert_id',
    accessibleFrom: 'package_private',
    audit: false,
    schema: {
        alert_id: StringColumn({ label: 'Alert ID', maxLength: 100, mandatory: true, readOnly: true }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', cascadeRule: 'delete', readOnly: true }),
        policy: StringColumn({ label: 'Policy', maxLength: 200, readOnly: true }),
        lifecycle_stage: StringColumn({ label: 'Lifecycle stage', maxLength: 40, readOnly: true }),
        /** ATTEMPTED once any delivery said the request was blocked; RHACS can resolve those. */
        delivered_state: StringColumn({ label: 'State when delivered', maxLength: 40, readOnly: true }),
        rhacs_state: StringColumn({
            label: 'State in RHACS',
            maxLength: 40,
            readOnly: true,
            choices: {
                unknown: 'Not asked yet',
                active: 'Active',
                attempted: 'Attempted (blocked)',
                resolved: 'Resolved',
                missing: 'Not in one answer of Central (asked again)',
                gone: 'No longer in Central',
                unqueryable: 'Not a Central alert id',
            },
        }),
        checked_at: DateTimeColumn({ label: 'Last asked Central', readOnly: true }),
        resolved_seen_at: DateTimeColumn({ label: 'Seen resolved at', readOnly: true }),
    },
    index: [
        { name: 'x_rhacs_snow_alert_incident', unique: false, element: ['incident', 'alert_id'] },
        { name: 'x_rhacs_snow_alert_id', unique: false, element: 'alert_id' },
    ],
})
