// Values across the Glide edge: every value crosses as a string, as the platform stores it, and
// every write passes the record boundary (record-fields.ts). Shared by the edge modules
// (glide-platform, glide-health, glide-lifecycle, glide-routing); nothing here decides anything.

import type { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { INCIDENT_COLUMN, type IncidentRow } from './platform-port.ts'
import { cleanRecord } from './record-fields.ts'

export function str(gr: { getValue(column: string): unknown }, column: string): string {
    const v = gr.getValue(column)
    return v === null || v === undefined ? '' : String(v)
}

/** GlideAggregate's documented COUNT of rows takes no field; the typings insist on one. */
export function addCount(ga: GlideAggregate): void {
    const aggregate = ga as unknown as { addAggregate(agg: string): void }
    aggregate.addAggregate('COUNT')
}

export function countOf(ga: GlideAggregate): number {
    return Number((ga as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT')) || 0
}

/** Journal fields: written by assignment; the platform does not support setValue for them. */
const JOURNAL_FIELDS = ['work_notes', 'comments']

/** The write boundary: every value passes the hygiene of its column (record-fields.ts) here. */
export function setAll(gr: GlideRecord, fields: { [column: string]: string }): void {
    const clean = cleanRecord(gr.getTableName(), fields)
    for (const column of Object.keys(clean)) {
        if (JOURNAL_FIELDS.indexOf(column) >= 0) (gr as unknown as { [field: string]: unknown })[column] = clean[column]
        else gr.setValue(column, clean[column])
    }
}

/** An incident row as the handler reads it. */
export function rowOf(gr: GlideRecord): IncidentRow {
    return {
        sysId: str(gr, 'sys_id'),
        number: str(gr, 'number'),
        state: Number(str(gr, 'state')) || 1,
        correlationId: str(gr, 'correlation_id'),
        dedupState: str(gr, INCIDENT_COLUMN.dedupState),
        occurrences: Number(str(gr, INCIDENT_COLUMN.occurrences)) || 1,
        stormState: str(gr, INCIDENT_COLUMN.stormState),
        stormNotedAt: str(gr, INCIDENT_COLUMN.stormNotedAt),
        resolvedBy: str(gr, INCIDENT_COLUMN.resolvedBy),
    }
}
