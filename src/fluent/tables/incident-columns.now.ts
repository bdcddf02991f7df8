import '@servicenow/sdk/global'
import { DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * What the app adds to incident: the analyst sees occurrences and last seen; the handler keeps
 * its dedup memory here so that the one lookup query decides replay, stale or update. The columns
 * that change on every repeat carry the `no_audit` attribute: the audit flag alone does not keep
 * a field out of the audit history (docs/platform-assumptions.md, "Auditing").
 */
export const incident = Table({
    augments: 'incident',
    schema: {
        x_rhacs_snow_occurrences: IntegerColumn({ label: 'RHACS occurrences', readOnly: true, attributes: { no_audit: true } }),
        x_rhacs_snow_last_seen: DateTimeColumn({ label: 'RHACS last seen', readOnly: true, attributes: { no_audit: true } }),
        x_rhacs_snow_previous_incident: ReferenceColumn({ label: 'RHACS previous Incident', referenceTable: 'incident', readOnly: true }),
        x_rhacs_snow_dedup_state: StringColumn({ label: 'RHACS dedup state', maxLength: 16000, readOnly: true, active: true, attributes: { no_audit: true } }),
        x_rhacs_snow_storm_state: StringColumn({
            label: 'RHACS storm state',
            maxLength: 40,
            readOnly: true,
            choices: { active: 'Absorbing alerts', ended: 'Ended' },
        }),
        x_rhacs_snow_storm_noted_at: DateTimeColumn({ label: 'RHACS storm last noted', readOnly: true, attributes: { no_audit: true } }),
        // Who ended the Incident's life when it was not an analyst by hand: the reconcile job
        // (RHACS resolved its alerts), quiet ageing, or resolve-in-RHACS already done for an
        // analyst's resolution. Empty on an analyst's resolution until resolve-in-RHACS ran; the
        // resolve-in-RHACS business rule runs only while it is empty (no call back to RHACS).
        x_rhacs_snow_resolved_by: StringColumn({
            label: 'RHACS resolved by',
            maxLength: 40,
            readOnly: true,
            choices: { rhacs: 'RHACS (alerts resolved in Central)', ageing: 'Quiet ageing', analyst: 'Analyst (resolve in RHACS done)' },
        }),
    },
})
