// The tables the fake knows, with the column types, lengths and indexes the instance has. The
// fake is only as strict as this schema: a column it does not list is one the platform does not
// have (conditions on it are dropped, writes to it are lost), and a value longer than a column is
// cut by the database. The app's own tables and incident columns mirror src/fluent/tables; the
// test "the fake's schema is the built dictionary" (test/glide-fake-schema.test.ts) fails when
// they drift. The base incident columns are the platform's (docs/platform-assumptions.md, "Field
// lengths").

export type ColumnType = 'GUID' | 'string' | 'integer' | 'boolean' | 'glide_date_time' | 'reference' | 'journal'

export interface Column {
    type: ColumnType
    /** Characters the database keeps; longer values are cut. */
    maxLength: number
}

export interface Index {
    fields: string[]
    unique: boolean
    /** A platform table's index the app assumes and cannot declare (docs/platform-assumptions.md, "Routing lookups"). */
    assumed?: boolean
}

export interface TableSchema {
    columns: { [name: string]: Column }
    indexes: Index[]
}

const GUID: Column = { type: 'GUID', maxLength: 32 }
const REF: Column = { type: 'reference', maxLength: 32 }
const INT: Column = { type: 'integer', maxLength: 40 }
const BOOL: Column = { type: 'boolean', maxLength: 40 }
const DATE_TIME: Column = { type: 'glide_date_time', maxLength: 40 }
const JOURNAL: Column = { type: 'journal', maxLength: 4000 }
const str = (maxLength: number): Column => ({ type: 'string', maxLength })

/**
 * sys_properties.value: the characters a property's value keeps (the Now SDK 4.9.0's own definition
 * of sys_properties, @servicenow/sdk-core src/fluent/tables/sys_properties.now.ts, value maxLength
 * 4000; test/routing-snapshot.test.ts reads it there). The fake keeps properties in a map, not a
 * table: gs.setProperty enforces this length.
 */
export const PROPERTY_VALUE_MAX = 4000

/** Every table has these (sys_id is the primary key). */
const SYSTEM: { [name: string]: Column } = {
    sys_id: GUID,
    sys_created_on: DATE_TIME,
    sys_updated_on: DATE_TIME,
    sys_created_by: str(40),
    sys_updated_by: str(40),
    sys_mod_count: INT,
}

/** The task/incident columns the app reads or writes, with the platform's types and lengths. */
const INCIDENT_BASE: { [name: string]: Column } = {
    number: str(40),
    short_description: str(160),
    description: str(4000),
    state: INT,
    active: BOOL,
    urgency: INT,
    impact: INT,
    priority: INT,
    correlation_id: str(100),
    correlation_display: str(100),
    assignment_group: REF,
    assigned_to: REF,
    caller_id: REF,
    category: str(40),
    subcategory: str(40),
    cmdb_ci: REF,
    business_service: REF,
    close_code: str(40),
    close_notes: str(4000),
    resolved_at: DATE_TIME,
    resolved_by: REF,
    closed_at: DATE_TIME,
    work_notes: JOURNAL,
    comments: JOURNAL,
}

/** src/fluent/tables/incident-columns.now.ts */
export const INCIDENT_APP_COLUMNS: { [name: string]: Column } = {
    x_rhacs_snow_occurrences: INT,
    x_rhacs_snow_last_seen: DATE_TIME,
    x_rhacs_snow_previous_incident: REF,
    x_rhacs_snow_dedup_state: str(16000),
    x_rhacs_snow_storm_state: str(40),
    x_rhacs_snow_storm_noted_at: DATE_TIME,
    x_rhacs_snow_resolved_by: str(40),
}

/** src/fluent/tables/delivery-table.now.ts */
const DELIVERY: TableSchema = {
    columns: {
        received: DATE_TIME,
        kind: str(40),
        outcome: str(40),
        http_status: INT,
        incident: REF,
        alert_id: str(100),
        alert_version: str(40),
        policy_id: str(200),
        policy: str(200),
        severity: str(40),
        cluster: str(200),
        namespace: str(200),
        entity_type: str(100),
        entity_name: str(255),
        lifecycle_stage: str(40),
        violation_count: INT,
        dedup_key: str(100),
        claim: str(160),
        storm_batch: str(40),
        routed_by: str(255),
        detail: str(1000),
        raw_body: str(10000000),
        raw_body_chars: INT,
        raw_body_attached: BOOL,
    },
    indexes: [
        { fields: ['claim'], unique: true },
        { fields: ['received', 'outcome', 'policy_id'], unique: false },
        { fields: ['incident', 'outcome'], unique: false },
        { fields: ['incident', 'dedup_key'], unique: false },
    ],
}

/** src/fluent/tables/problem-table.now.ts */
const PROBLEM: TableSchema = {
    columns: {
        key: str(100),
        incident: REF,
        kind: str(40),
        policy_id: str(200),
        storm_state: str(40),
    },
    indexes: [
        { fields: ['key'], unique: true },
        { fields: ['storm_state'], unique: false },
        { fields: ['incident'], unique: false },
    ],
}

/** src/fluent/tables/alert-table.now.ts */
const ALERT: TableSchema = {
    columns: {
        alert_id: str(100),
        incident: REF,
        policy: str(200),
        lifecycle_stage: str(40),
        delivered_state: str(40),
        rhacs_state: str(40),
        checked_at: DATE_TIME,
        resolved_seen_at: DATE_TIME,
    },
    indexes: [
        { fields: ['incident', 'alert_id'], unique: false },
        { fields: ['alert_id'], unique: false },
    ],
}

/** src/fluent/tables/job-run-table.now.ts */
const JOB_RUN: TableSchema = {
    columns: {
        job: str(40),
        started: DATE_TIME,
        finished: DATE_TIME,
        outcome: str(40),
        incidents_checked: INT,
        alerts_asked: INT,
        central_calls: INT,
        incidents_resolved: INT,
        incidents_noted: INT,
        errors: INT,
        detail: str(1000),
        cursor: str(32),
    },
    indexes: [{ fields: ['job', 'started'], unique: false }],
}

/** src/fluent/tables/routing-rule-table.now.ts */
const ROUTING_RULE: TableSchema = {
    columns: {
        order: INT,
        active: BOOL,
        name: str(100),
        cluster: str(255),
        namespace: str(255),
        min_severity: str(40),
        policy: str(255),
        policy_category: str(255),
        lifecycle_stage: str(40),
        label: str(255),
        annotation: str(255),
        blocked: str(40),
        assignment_group: REF,
        override_annotation: BOOL,
        category: str(40),
        subcategory: str(40),
        caller: REF,
        cmdb_ci: REF,
        business_service: REF,
        urgency: str(40),
        impact: str(40),
        create_incident: BOOL,
    },
    indexes: [{ fields: ['active', 'order'], unique: false }],
}

/** src/fluent/tables/cluster-ci-table.now.ts */
const CLUSTER_CI: TableSchema = {
    columns: { cluster: str(255), cmdb_ci: REF, active: BOOL },
    indexes: [{ fields: ['cluster', 'active'], unique: false }],
}

/** The platform's groups: the columns routing reads (not checked against an instance). */
const GROUP: TableSchema = {
    columns: { name: str(80), active: BOOL, description: str(1000), type: str(1024), manager: REF, email: str(100) },
    // Assumed, not declared by the app: sys_id is the primary key; an index on name is the ledger's assumption.
    indexes: [{ fields: ['name'], unique: false, assumed: true }],
}

/**
 * Platform tables an instance may lack: the Kubernetes workload CMDB class comes with the CMDB CI
 * Class Models Store app (docs/platform-assumptions.md, "Kubernetes workload CIs"). The fake has
 * them only when a test or the preview installs them (FakeInstance.install); until then a query
 * on them is a violation, as on an instance without them.
 */
export const OPTIONAL_TABLES: { [table: string]: TableSchema } = {
    cmdb_ci_kubernetes_workload: {
        columns: { name: str(255), k8s_uid: str(255), namespace: str(255), cluster: REF, sys_class_name: str(80), install_status: INT },
        indexes: [{ fields: ['k8s_uid'], unique: false, assumed: true }],
    },
}

/** Base CMDB tables every instance has; the app only names their rows (rules, cluster map), never queries them. */
const CMDB_CI: TableSchema = { columns: { name: str(255), sys_class_name: str(80) }, indexes: [] }

const ATTACHMENT: TableSchema = {
    columns: { table_name: str(80), table_sys_id: str(32), file_name: str(100), content_type: str(100) },
    indexes: [{ fields: ['table_name', 'table_sys_id'], unique: false }],
}

const withSystem = (t: TableSchema): TableSchema => ({ columns: { ...SYSTEM, ...t.columns }, indexes: t.indexes })

/** An optional platform table as the instance has it once installed (system columns included). */
export function optionalTable(table: string): TableSchema | undefined {
    return Object.prototype.hasOwnProperty.call(OPTIONAL_TABLES, table) ? withSystem(OPTIONAL_TABLES[table]) : undefined
}

export function baseSchema(): { [table: string]: TableSchema } {
    return {
        incident: withSystem({ columns: { ...INCIDENT_BASE, ...INCIDENT_APP_COLUMNS }, indexes: [] }),
        x_rhacs_snow_delivery: withSystem(DELIVERY),
        x_rhacs_snow_problem: withSystem(PROBLEM),
        x_rhacs_snow_alert: withSystem(ALERT),
        x_rhacs_snow_job_run: withSystem(JOB_RUN),
        x_rhacs_snow_routing_rule: withSystem(ROUTING_RULE),
        x_rhacs_snow_cluster_ci: withSystem(CLUSTER_CI),
        sys_user_group: withSystem(GROUP),
        cmdb_ci: withSystem(CMDB_CI),
        cmdb_ci_service: withSystem(CMDB_CI),
        sys_attachment: withSystem(ATTACHMENT),
    }
}
