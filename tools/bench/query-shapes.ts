// Every query shape the Glide fake saw during a benchmark section: table, condition fields in
// order (and a join's), how often, and the index that serves it. The instance-truth targets: every
// query is served by an index the app declares on its own tables, or reads by sys_id, and nothing
// queries incident except by sys_id (src/server/glide-platform.ts: the problems-table join).
// Routing reads two platform tables the app cannot index: their indexes are the ledger's
// assumptions (docs/platform-assumptions.md, "Routing lookups"), shown as "assumed".

import { fakeInstance, type OperationEvent } from '../glide-fake/index'
import { baseSchema, OPTIONAL_TABLES } from '../glide-fake/schema'
import { check, table, type Check } from './report'

export interface QueryShape {
    section: string
    op: string
    table: string
    fields: string[]
    join?: { table: string; fields: string[]; on?: string }
    count: number
    /** What serves it: "sys_id", an index's columns, or '' (a scan). */
    index: string
}

const SCHEMA = { ...baseSchema(), ...OPTIONAL_TABLES }

/** The index (or primary key) whose leading column is the first condition field; '' when none. */
export function servingIndex(tableName: string, fields: string[]): string {
    if (fields.length === 0) return ''
    if (fields[0] === 'sys_id') return 'sys_id'
    const index = (SCHEMA[tableName]?.indexes ?? []).find((i) => i.fields[0] === fields[0])
    return index ? (index.assumed ? 'assumed platform index ' : index.unique ? 'unique ' : '') + '(' + index.fields.join(', ') + ')' : ''
}

function shapeIndex(e: OperationEvent): string {
    const own = servingIndex(e.table, e.fields ?? [])
    if (e.join === undefined) return own
    // A join without conditions of its own probes the joined table by its join column.
    const joined = servingIndex(e.join.table, e.join.fields.length > 0 ? e.join.fields : [e.join.on ?? ''])
    return own !== '' && joined !== '' ? own + ' via ' + e.join.table + ' ' + joined : ''
}

/** Starts collecting; the returned function stops and hands back the shapes, most frequent first. */
export function collectQueryShapes(section: string): () => QueryShape[] {
    const shapes = new Map<string, QueryShape>()
    const stop = fakeInstance.observe((e) => {
        if (e.fields === undefined) return
        const key = e.op + '|' + e.table + '|' + e.fields.join(',') + '|' + (e.join ? e.join.table + ':' + e.join.fields.join(',') : '')
        const known = shapes.get(key)
        if (known) known.count += 1
        else shapes.set(key, { section, op: e.op, table: e.table, fields: e.fields.slice(), join: e.join, count: 1, index: shapeIndex(e) })
    })
    return () => {
        stop()
        return [...shapes.values()].sort((a, b) => b.count - a.count)
    }
}

export function queryLines(shapes: QueryShape[]): string[] {
    return table(
        ['op', 'table', 'condition fields', 'count', 'served by'],
        shapes.map((s) => [
            s.op,
            s.table,
            s.fields.join(', ') + (s.join ? ' (join ' + s.join.table + ': ' + (s.join.fields.length > 0 ? s.join.fields.join(', ') : 'on ' + (s.join.on ?? '')) + ')' : ''),
            String(s.count),
            s.index || 'NO INDEX',
        ]),
    )
}

export function queryChecks(shapes: QueryShape[]): Check[] {
    const unserved = shapes.filter((s) => s.index === '')
    const onIncident = shapes.filter((s) => s.table === 'incident' && s.fields[0] !== 'sys_id')
    return [
        check(
            'every query on an index the app declares (or a platform index the ledger assumes), or by sys_id',
            unserved.length === 0,
            unserved.length === 0 ? shapes.length + ' shapes, all served' : unserved.map((s) => s.table + '(' + s.fields.join(',') + ')').join('; '),
        ),
        check(
            'no query on incident except by sys_id',
            onIncident.length === 0,
            onIncident.length === 0 ? 'incident read only by sys_id' : onIncident.map((s) => s.fields.join(',')).join('; '),
        ),
    ]
}
