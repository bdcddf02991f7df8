import '@servicenow/sdk/global'
import { DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * What the app adds to incident: the analyst sees occurrences and last seen; the handler keeps
 * its dedup memory here so that one query on the Incident decides replay, stale or update.
 */
export const incident = Table({
    augments: 'incident',
    schema: {
        x_rhacs_snow_occurrences: IntegerColumn({ label: 'RHACS occurrences', readOnly: true }),
        x_rhacs_snow_last_seen: DateTimeColumn({ label: 'RHACS last seen', readOnly: true }),
        x_rhacs_snow_previous_incident: ReferenceColumn({ label: 'RHACS previous Incident', referenceTable: 'incident', readOnly: true }),
        x_rhacs_snow_dedup_state: StringColumn({ label: 'RHACS dedup state', maxLength: 16000, readOnly: true, active: true }),
        x_rhacs_snow_storm_state: StringColumn({
            label: 'RHACS storm state',
            maxLength: 40,
            readOnly: true,
            choices: { active: 'Absorbing alerts', ended: 'Ended' },
        }),
        x_rhacs_snow_storm_noted_at: DateTimeColumn({ label: 'RHACS storm last noted', readOnly: true }),
    },
})
