import '@servicenow/sdk/global'
import { BooleanColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Routing rules: which team, category and configuration item a new RHACS Incident gets. Read once
 * per new Incident, lowest order first; the first active rule whose conditions all hold applies
 * (src/server/routing-rules.ts). Empty conditions match anything; empty actions fall back to the
 * properties. Patterns are globs (* and ?, whole value, case-insensitive), several separated by
 * commas. See docs/routing.md.
 * References point only at tables every instance has (sys_user_group, sys_user, cmdb_ci,
 * cmdb_ci_service): the Kubernetes CMDB classes are optional.
 */
export const x_rhacs_snow_routing_rule = Table({
    name: 'x_rhacs_snow_routing_rule',
    label: 'RHACS Routing Rule',
    display: 'name',
    accessibleFrom: 'package_private',
    // Access is declared by the app's own ACLs (src/fluent/acls/app-table-acls.now.ts).
    audit: true,
    schema: {
        order: IntegerColumn({ label: 'Order', mandatory: true, default: '100' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        // Conditions: all must hold; an empty one holds for every alert.
        cluster: StringColumn({ label: 'Cluster (name patterns or ids)', maxLength: 255 }),
        namespace: StringColumn({ label: 'Namespace patterns', maxLength: 255 }),
        min_severity: StringColumn({
            label: 'Minimum severity',
            maxLength: 40,
            choices: { LOW_SEVERITY: 'Low', MEDIUM_SEVERITY: 'Medium', HIGH_SEVERITY: 'High', CRITICAL_SEVERITY: 'Critical' },
        }),
        policy: StringColumn({ label: 'Policy (name patterns or ids)', maxLength: 255 }),
        policy_category: StringColumn({ label: 'Policy category patterns', maxLength: 255 }),
        lifecycle_stage: StringColumn({ label: 'Lifecycle stage', maxLength: 40, choices: { BUILD: 'Build', DEPLOY: 'Deploy', RUNTIME: 'Runtime' } }),
        label: StringColumn({ label: 'Deployment label (key or key=pattern)', maxLength: 255 }),
        annotation: StringColumn({ label: 'Deployment annotation (key or key=pattern)', maxLength: 255 }),
        blocked: StringColumn({ label: 'Blocked by RHACS', maxLength: 40, default: 'any', choices: { any: 'Any', yes: 'Yes', no: 'No' } }),
        // Actions: each one set is written on the new Incident; an empty one falls back to the properties.
        assignment_group: ReferenceColumn({ label: 'Assignment group', referenceTable: 'sys_user_group', referenceQual: 'active=true', useReferenceQualifier: 'advanced', cascadeRule: 'clear' }),
        override_annotation: BooleanColumn({ label: 'Group overrides the deployment annotation', default: 'false' }),
        category: StringColumn({ label: 'Category', maxLength: 40 }),
        subcategory: StringColumn({ label: 'Subcategory', maxLength: 40 }),
        caller: ReferenceColumn({ label: 'Caller', referenceTable: 'sys_user', cascadeRule: 'clear' }),
        cmdb_ci: ReferenceColumn({ label: 'Configuration item', referenceTable: 'cmdb_ci', cascadeRule: 'clear' }),
        business_service: ReferenceColumn({ label: 'Service', referenceTable: 'cmdb_ci_service', cascadeRule: 'clear' }),
        urgency: StringColumn({ label: 'Urgency override', maxLength: 40, choices: { '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' } }),
        impact: StringColumn({ label: 'Impact override', maxLength: 40, choices: { '1': '1 - High', '2': '2 - Medium', '3': '3 - Low' } }),
        create_incident: BooleanColumn({ label: 'Create an Incident', default: 'true' }),
    },
    index: [{ name: 'x_rhacs_snow_routing_rule_order', unique: false, element: ['active', 'order'] }],
})
