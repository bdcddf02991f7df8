// The only things the handler needs from the instance. GlidePlatform implements it with
// GlideRecord and gs; everything above it is pure TypeScript.

import type { StoredDelivery } from './routing-rule-test.ts'
import type { RoutingRuleRow } from './routing-rules.ts'

export const INCIDENT_TABLE = 'incident'
export const DELIVERY_TABLE = 'x_rhacs_snow_delivery'
/** One row per dedup key: which Incident is the key's current one (src/fluent/tables/problem-table.now.ts). */
export const PROBLEM_TABLE = 'x_rhacs_snow_problem'
/** Routing rules and the cluster -> CI map, edited by the admin (src/fluent/tables/routing-rule-table.now.ts, cluster-ci-table.now.ts). */
export const ROUTING_RULE_TABLE = 'x_rhacs_snow_routing_rule'
export const CLUSTER_CI_TABLE = 'x_rhacs_snow_cluster_ci'
/** Global tables routing reads (cross-scope read privileges: src/fluent/cross-scope/routing-privileges.now.ts). */
export const GROUP_TABLE = 'sys_user_group'
/** The Kubernetes workload CMDB class (CMDB CI Class Models); optional: an instance may not have it. */
export const WORKLOAD_CI_TABLE = 'cmdb_ci_kubernetes_workload'
export const K8S_UID_COLUMN = 'k8s_uid'

/** Columns the app adds to incident (Table augments, src/fluent/tables/incident-columns.now.ts). */
export const INCIDENT_COLUMN = {
    dedupState: 'x_rhacs_snow_dedup_state',
    occurrences: 'x_rhacs_snow_occurrences',
    lastSeen: 'x_rhacs_snow_last_seen',
    previousIncident: 'x_rhacs_snow_previous_incident',
    stormState: 'x_rhacs_snow_storm_state',
    stormNotedAt: 'x_rhacs_snow_storm_noted_at',
    resolvedBy: 'x_rhacs_snow_resolved_by',
} as const

/** Incident states: 6 Resolved, 7 Closed, 8 Canceled end an Incident's life. */
export const CLOSED_STATES = [6, 7, 8]

/** routed_out: a routing rule said "do not create an Incident"; the delivery is recorded only. */
export type Outcome = 'created' | 'updated' | 'duplicate' | 'stale' | 'ignored' | 'rejected' | 'storm' | 'failed' | 'routed_out'

export type MessageKind = 'alert' | 'test' | 'audit' | 'networkpolicy' | 'invalid'

export type ProblemKind = 'alert' | 'storm' | 'test'

/** A row of the problems table: the key, its current Incident, and what the storm sweep needs. */
export interface ProblemRecord {
    key: string
    incident: string
    kind: ProblemKind
    /** For storm problems: the policy whose alerts the storm absorbs (what budgets count by). */
    policy_id: string
    /** For storm problems: active while absorbing, ended after; '' otherwise. */
    storm_state: string
}

export interface IncidentRow {
    sysId: string
    number: string
    state: number
    /** As written by the app; shown to people and returned to RHACS, never queried. */
    correlationId: string
    dedupState: string
    occurrences: number
    stormState: string
    /** GlideDateTime value (UTC `yyyy-MM-dd HH:mm:ss`), '' when never noted. */
    stormNotedAt: string
    /** Who ended it when the integration did (rhacs, ageing) or resolve-in-RHACS ran (analyst); '' otherwise. */
    resolvedBy: string
}

/** A row of the alerts table: an RHACS alert id behind an Incident (src/fluent/tables/alert-table.now.ts). */
export interface AlertRecord {
    alert_id: string
    incident: string
    policy: string
    lifecycle_stage: string
    delivered_state: string
    /** 'unknown' until the reconcile job asks; 'unqueryable' for ids Central cannot be asked about. */
    rhacs_state: string
}

export interface DeliveryRecord {
    received: string
    kind: MessageKind
    alert_id: string
    /** Orders versions of one alert (alertVersionKey); '' when the alert carries no time. */
    alert_version: string
    /** The policy's id (its name when RHACS sent no id): what storm budgets count by. */
    policy_id: string
    policy: string
    severity: string
    cluster: string
    namespace: string
    entity_type: string
    entity_name: string
    lifecycle_stage: string
    violation_count: number
    dedup_key: string
    outcome: Outcome
    incident: string
    http_status: number
    detail: string
    raw_body: string
    raw_body_chars: number
    raw_body_attached: boolean
    /** Unique when not empty: the right to create the Incident for a key (see delivery-handler). */
    claim: string
    /** For alerts absorbed by a storm: the storm Incident's last-note time when absorbed, i.e.
     * the work note that has yet to list this alert (not bound by second-precision times; under
     * concurrent note writing an alert can still miss its note, never its row). */
    storm_batch: string
    /** What decided a new Incident's routing (or a routed-out delivery's): a rule's name, "annotation", "property". */
    routed_by: string
}

export interface CreatedCounts {
    /** Incidents created for this policy in the window. */
    policyCreated: number
    /** Alerts of this policy absorbed by a storm Incident in the window. */
    policyStorm: number
    /** Incidents created for all policies in the window. */
    totalCreated: number
}

export interface StormSummary {
    alerts: number
    workloads: number
}

export interface WorkloadCount {
    workload: string
    count: number
}

export interface ClusterCiRow {
    cluster: string
    cmdbCi: string
}

export interface Platform {
    nowMs(): number
    /** SHA-256 of the string as 64 lower-case hex characters (GlideDigest). */
    digest(text: string): string
    readProperty(name: string): string | null
    info(message: string): void
    warn(message: string): void
    error(message: string): void
    debug(message: string): void
    newSysId(): string
    /**
     * One query: the current Incident of each key, found through the problems table's unique key
     * (incident.sys_id in the problems' incident column), never through incident.correlation_id.
     * Rows of storm Incidents (storm state set) come first.
     */
    findCurrentIncidents(keys: string[]): IncidentRow[]
    /** Registers a new key's Incident; false when the key already has a row (unique index). */
    insertProblem(record: ProblemRecord): boolean
    /** Points an existing key at another Incident (or changes its storm state): one write. */
    updateProblem(key: string, fields: Partial<ProblemRecord>): void
    /** Inserts with the given sys_id; null when the platform refused (business rule, ACL). */
    insertIncident(sysId: string, fields: { [column: string]: string }): { sysId: string; number: string } | null
    updateIncident(sysId: string, fields: { [column: string]: string }): boolean
    /** Records an alert id behind an Incident (what the reconcile job asks Central about). */
    insertAlertRow(record: AlertRecord): boolean
    /** Null when refused, including a unique-index conflict on claim. */
    insertDelivery(record: DeliveryRecord): string | null
    updateDelivery(sysId: string, fields: Partial<DeliveryRecord>): boolean
    /** Stores the whole body as an attachment of the delivery row. */
    attachRawBody(deliverySysId: string, body: string): boolean
    findClaimHolder(claim: string): { sysId: string; received: string } | null
    /** One aggregate query over the deliveries table since `since` (GlideDateTime value). */
    countCreatedSince(since: string, policyId: string): CreatedCounts
    /** The newest alert a storm Incident absorbed under this dedup key, if any. */
    findAbsorbed(stormSysId: string, dedupKey: string): { alertId: string; version: string } | null
    /** Alerts absorbed by a storm Incident in one note batch, grouped by workload. */
    stormWorkloadsInBatch(stormSysId: string, batch: string): WorkloadCount[]
    summarizeStorm(stormSysId: string): StormSummary
    /** Storm problems still absorbing alerts, with their Incident (null when it no longer exists). */
    findActiveStorms(): Array<{ key: string; storm: IncidentRow | null; policyId: string }>

    // Routing (incident-routing.ts): at most these reads for a new Incident, none for a repeat.
    // With the routing snapshot (a property, served from the property cache) the rules and the
    // cluster rows are not read: only the group and the workload CI lookups remain.
    /** One query: every active routing rule, lowest order first (bounded). */
    readRoutingRules(): RoutingRuleRow[]
    /** One query: active groups whose sys_id (a 32-hex value) or name (anything else) is the value; at most 2. */
    findActiveGroups(sysIdOrName: string): Array<{ sysId: string; name: string }>
    /** One query: the active cluster -> CI rows for this RHACS cluster id or name (when the routing snapshot is not usable). */
    findClusterCis(clusterId: string, clusterName: string): ClusterCiRow[]
    /** One query: every active cluster -> CI row, at most `limit` (the routing snapshot's rebuild, never a delivery). */
    readClusterCis(limit: number): ClusterCiRow[]
    /** Metadata, no query: the workload CMDB class exists and has its Kubernetes UID column. */
    workloadCiTableUsable(): boolean
    /** One query: the workload CI with this Kubernetes UID; null when none. */
    findWorkloadCi(k8sUid: string): string | null
    /** Stores an app property (the platform flushes its property cache: only on a change of state). */
    writeProperty(name: string, value: string): void
    /** One query (the routing rule form's test button, never a delivery): the newest alert deliveries received since `since`, at most `limit`. */
    recentAlertDeliveries(since: string, limit: number): StoredDelivery[]
}

// ---- Integration health (GET /health, the silence check): read-only aggregates ----

/** The lifecycle jobs' run rows (src/fluent/tables/job-run-table.now.ts). */
export const JOB_RUN_TABLE = 'x_rhacs_snow_job_run'

/** Deliveries counted by outcome: only outcomes with at least one row are present. */
export type OutcomeCounts = { [outcome: string]: number }

/** The newest deliveries row (no body, no payload fields). */
export interface LastDelivery {
    sysId: string
    /** GlideDateTime value, UTC. */
    received: string
    outcome: string
    kind: string
    httpStatus: number
}

/** A refused (400) or failed (5xx) delivery: what the list on the health page shows. */
export interface ProblemDelivery extends LastDelivery {
    /** The row's detail: what the handler said about it (never the body). */
    detail: string
}

export interface StormIncident {
    sysId: string
    number: string
    shortDescription: string
    occurrences: number
    /** GlideDateTime value, UTC. */
    opened: string
}

export interface JobRun {
    sysId: string
    job: string
    started: string
    finished: string
    outcome: string
    incidentsChecked: number
    alertsAsked: number
    centralCalls: number
    incidentsResolved: number
    incidentsNoted: number
    errors: number
    detail: string
    /** Where the next run resumes; the silence check keeps the silence it warned about here. */
    cursor: string
}

/**
 * What the health endpoint and the silence check read and write: every read is one query or one
 * aggregate, whatever the table sizes (GlidePlatform implements it; tests use the Glide fake).
 */
export interface HealthPort {
    nowMs(): number
    readProperty(name: string): string | null
    warn(message: string): void
    /** One query: the newest deliveries row, or null when the table is empty. */
    newestDelivery(): LastDelivery | null
    /** One aggregate: rows received in [from, to) (GlideDateTime values), counted by outcome. */
    countByOutcome(from: string, to: string): OutcomeCounts
    /** One query: the newest refused or failed rows received since `since`, at most `limit`. */
    recentProblems(since: string, limit: number): ProblemDelivery[]
    /** One aggregate: the app's open Incidents (those its problems table names), by priority. */
    openIncidentsByPriority(): { [priority: string]: number }
    /** One aggregate: storm problems still absorbing alerts. */
    countActiveStorms(): number
    /** One query: the Incidents of active storms, newest first, at most `limit`. */
    activeStormIncidents(limit: number): StormIncident[]
    /** One query: the newest runs of one job (x_rhacs_snow_job_run), at most `limit`. */
    latestJobRuns(job: string, limit: number): JobRun[]
    /** Seam for the Central connection (issue 11): true once Central is configured. */
    centralConfigured(): boolean
    /** Seam for routing rules (issue 12): active rules, or null when the table does not exist. */
    routingRulesActive(): number | null
    /** One insert: a run row of the silence check; its sys_id, or null when refused. */
    insertJobRun(fields: { [column: string]: string }): string | null
    /** Queues an event on a job-run row (gs.eventQueue with that row as the record). */
    queueEvent(name: string, jobRunSysId: string, parm1: string, parm2: string): void
}
