// What every column the app writes may hold: its kind of text (text-hygiene.ts) and its length.
// The Glide edge passes every value through cleanRecord() as it writes it, so no path can store
// a `[code]` tag, a control character in a single-line field, or more than a column holds
// (the platform does not enforce lengths: docs/platform-assumptions.md, "Field lengths").

import { cleanFor, type FieldKind } from './text-hygiene.ts'

export interface FieldRule {
    kind: FieldKind
    max: number
}

const line = (max: number): FieldRule => ({ kind: 'line', max })
const text = (max: number): FieldRule => ({ kind: 'text', max })
const key = (max: number): FieldRule => ({ kind: 'key', max })
/** Choice values, numbers, GlideDateTime values, sys_ids: the app writes them, payload text never. */
const CODE = key(40)
const SYS_ID = key(32)

export const FIELD_RULES: { [table: string]: { [column: string]: FieldRule } } = {
    incident: {
        short_description: line(160),
        description: text(4000),
        work_notes: text(4000),
        comments: text(4000),
        close_notes: text(4000),
        close_code: line(40),
        state: CODE,
        urgency: CODE,
        impact: CODE,
        category: line(40),
        subcategory: line(40),
        correlation_id: key(100),
        correlation_display: line(100),
        assignment_group: SYS_ID,
        caller_id: SYS_ID,
        cmdb_ci: SYS_ID,
        business_service: SYS_ID,
        x_rhacs_snow_occurrences: CODE,
        x_rhacs_snow_last_seen: CODE,
        x_rhacs_snow_previous_incident: SYS_ID,
        x_rhacs_snow_dedup_state: { kind: 'data', max: 16000 },
        x_rhacs_snow_storm_state: CODE,
        x_rhacs_snow_storm_noted_at: CODE,
        x_rhacs_snow_resolved_by: CODE,
    },
    x_rhacs_snow_delivery: {
        received: CODE,
        kind: CODE,
        outcome: CODE,
        http_status: CODE,
        incident: SYS_ID,
        alert_id: line(100),
        alert_version: key(40),
        policy_id: line(200),
        policy: line(200),
        severity: line(40),
        cluster: line(200),
        namespace: line(200),
        entity_type: line(100),
        entity_name: line(255),
        lifecycle_stage: line(40),
        violation_count: CODE,
        dedup_key: key(100),
        claim: key(160),
        storm_batch: CODE,
        routed_by: line(255),
        detail: line(1000),
        // The body exactly as RHACS sent it (up to the configured bound): evidence, never rendered as
        // a journal, so it is only cut, never rewritten.
        raw_body: { kind: 'raw', max: 10000000 },
        raw_body_chars: CODE,
        raw_body_attached: CODE,
    },
    x_rhacs_snow_problem: {
        key: key(100),
        incident: SYS_ID,
        kind: CODE,
        policy_id: line(200),
        storm_state: CODE,
    },
    x_rhacs_snow_alert: {
        alert_id: line(100),
        incident: SYS_ID,
        policy: line(200),
        lifecycle_stage: line(40),
        delivered_state: line(40),
        rhacs_state: CODE,
        checked_at: CODE,
        resolved_seen_at: CODE,
    },
    x_rhacs_snow_job_run: {
        job: CODE,
        started: CODE,
        finished: CODE,
        outcome: CODE,
        incidents_checked: CODE,
        alerts_asked: CODE,
        central_calls: CODE,
        incidents_resolved: CODE,
        incidents_noted: CODE,
        errors: CODE,
        detail: line(1000),
        cursor: key(32),
    },
}

/** The rule for a column; an unlisted column is treated as a short single line (and a test fails on it). */
export function ruleFor(table: string, column: string): FieldRule {
    const rules = Object.prototype.hasOwnProperty.call(FIELD_RULES, table) ? FIELD_RULES[table] : null
    return rules !== null && Object.prototype.hasOwnProperty.call(rules, column) ? rules[column] : line(40)
}

/** Every value as the column may hold it. */
export function cleanRecord(table: string, fields: { [column: string]: string }): { [column: string]: string } {
    const out: { [column: string]: string } = {}
    for (const column of Object.keys(fields)) {
        const rule = ruleFor(table, column)
        out[column] = cleanFor(rule.kind, fields[column], rule.max)
    }
    return out
}
