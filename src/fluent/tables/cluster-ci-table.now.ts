import '@servicenow/sdk/global'
import { BooleanColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Which configuration item stands for an RHACS cluster: the CI a new Incident names when no rule
 * names one and no workload CI is found by its Kubernetes UID. `cluster` holds the RHACS cluster
 * id (exact) or its name (as RHACS shows it); an id row wins over a name row. See docs/routing.md.
 */
export const x_rhacs_snow_cluster_ci = Table({
    name: 'x_rhacs_snow_cluster_ci',
    label: 'RHACS Cluster CI',
    display: 'cluster',
    accessibleFrom: 'package_private',
    audit: true,
    schema: {
        cluster: StringColumn({ label: 'RHACS cluster id or name', maxLength: 255, mandatory: true }),
        cmdb_ci: ReferenceColumn({ label: 'Configuration item', referenceTable: 'cmdb_ci', mandatory: true, cascadeRule: 'delete' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
    },
    index: [{ name: 'x_rhacs_snow_cluster_ci_cluster', unique: false, element: ['cluster', 'active'] }],
})
