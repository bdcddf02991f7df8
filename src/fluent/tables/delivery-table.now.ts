import '@servicenow/sdk/global'
import { BooleanColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One row per POST the alert endpoint accepted or rejected: what arrived, what the handler
 * decided, which Incident it touched, and the raw body (whole up to a bound, attached beyond).
 * The unique index on `claim` is what stops two concurrent first deliveries of one key from
 * creating two Incidents (see src/server/delivery-handler.ts, createUnderClaim).
 */
export const x_rhacs_snow_delivery = Table({
    name: 'x_rhacs_snow_delivery',
    label: 'RHACS Delivery',
    display: 'received',
    accessibleFrom: 'package_private',
    // Access is declared by the app's own ACLs (src/fluent/acls/app-table-acls.now.ts).
    audit: false,
    schema: {
        received: DateTimeColumn({ label: 'Received', mandatory: true }),
        kind: StringColumn({
            label: 'Message kind',
            maxLength: 40,
            choices: { alert: 'Alert', test: 'Test button', audit: 'Audit', networkpolicy: 'Network policy', invalid: 'Invalid' },
        }),
        outcome: StringColumn({
            label: 'Outcome',
            maxLength: 40,
            choices: {
                created: 'Created',
                updated: 'Updated',
                duplicate: 'Duplicate',
                stale: 'Stale',
                storm: 'Storm',
                ignored: 'Ignored',
                rejected: 'Rejected',
                failed: 'Failed',
                routed_out: 'Routed out (no Incident)',
            },
        }),
        http_status: IntegerColumn({ label: 'HTTP status' }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', cascadeRule: 'clear' }),
        alert_id: StringColumn({ label: 'Alert ID', maxLength: 100 }),
        alert_version: StringColumn({ label: 'Alert version', maxLength: 40, readOnly: true }),
        policy_id: StringColumn({ label: 'Policy ID', maxLength: 200 }),
        policy: StringColumn({ label: 'Policy', maxLength: 200 }),
        severity: StringColumn({ label: 'Severity', maxLength: 40 }),
        cluster: StringColumn({ label: 'Cluster', maxLength: 200 }),
        namespace: StringColumn({ label: 'Namespace', maxLength: 200 }),
        entity_type: StringColumn({ label: 'Entity type', maxLength: 100 }),
        entity_name: StringColumn({ label: 'Entity name', maxLength: 255 }),
        lifecycle_stage: StringColumn({ label: 'Lifecycle stage', maxLength: 40 }),
        violation_count: IntegerColumn({ label: 'Violations' }),
        dedup_key: StringColumn({ label: 'Dedup key', maxLength: 100 }),
        claim: StringColumn({ label: 'Creation claim', maxLength: 160, readOnly: true, unique: true }),
        storm_batch: StringColumn({ label: 'Storm note batch', maxLength: 40, readOnly: true }),
        // What decided the new Incident's routing: a routing rule's name, "annotation" or "property".
        routed_by: StringColumn({ label: 'Routed by', maxLength: 255, readOnly: true }),
        detail: StringColumn({ label: 'Detail', maxLength: 1000 }),
        raw_body: StringColumn({ label: 'Raw body', maxLength: 10000000 }),
        raw_body_chars: IntegerColumn({ label: 'Raw body size (characters)' }),
        raw_body_attached: BooleanColumn({ label: 'Raw body attached', default: 'false' }),
    },
    index: [
        { name: 'x_rhacs_snow_delivery_claim', unique: true, element: 'claim' },
        { name: 'x_rhacs_snow_delivery_window', unique: false, element: ['received', 'outcome', 'policy_id'] },
        { name: 'x_rhacs_snow_delivery_incident', unique: false, element: ['incident', 'outcome'] },
        { name: 'x_rhacs_snow_delivery_absorbed', unique: false, element: ['incident', 'dedup_key'] },
    ],
})
