import '@servicenow/sdk/global'
import { ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One row per dedup key ("problem"): which Incident is the key's current one. The handler finds a
 * delivery's Incident through this table's unique key (one join query on incident.sys_id), so
 * no request ever queries incident.correlation_id, which the platform does not index. The unique
 * index also guarantees one current Incident per key. The storm sweep reads the storm rows here
 * instead of scanning incident. Written only by the app's server code; see
 * docs/platform-assumptions.md.
 */
export const x_rhacs_snow_problem = Table({
    name: 'x_rhacs_snow_problem',
    label: 'RHACS Problem',
    display: 'key',
    accessibleFrom: 'package_private',
    audit: false,
    schema: {
        key: StringColumn({ label: 'Dedup key', maxLength: 100, mandatory: true, unique: true, readOnly: true }),
        incident: ReferenceColumn({ label: 'Current Incident', referenceTable: 'incident', cascadeRule: 'clear', readOnly: true }),
        kind: StringColumn({
            label: 'Kind',
            maxLength: 40,
            readOnly: true,
            choices: { alert: 'Alert', storm: 'Alert storm', test: 'Test button' },
        }),
        policy_id: StringColumn({ label: 'Policy ID', maxLength: 200, readOnly: true }),
        storm_state: StringColumn({
            label: 'Storm state',
            maxLength: 40,
            readOnly: true,
            choices: { active: 'Absorbing alerts', ended: 'Ended' },
        }),
    },
    index: [
        { name: 'x_rhacs_snow_problem_key', unique: true, element: 'key' },
        { name: 'x_rhacs_snow_problem_storm', unique: false, element: 'storm_state' },
        // Quiet ageing finds the app's Incidents through this table (join on incident).
        { name: 'x_rhacs_snow_problem_incident', unique: false, element: 'incident' },
    ],
})
