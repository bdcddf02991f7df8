// The instance behind the fake Glide classes: tables of string values, the journal, attachments,
// properties, logs, a controllable clock, and a log of every operation (with the condition fields
// of each query, so the benchmarks can say which index serves it). Strict where the platform is:
// each rule below names its source in docs/platform-assumptions.md. Where the platform would
// silently lose something (an unknown column, a value cut to its column), the fake does the same
// AND records a violation, which the test suites fail on (test/support/strict-fake.ts).

import { baseSchema, optionalTable, type Column, type TableSchema } from './schema'

export type Row = { [column: string]: string }

export interface JournalEntry {
    element: string
    value: string
    created: string
}

/** meta: a metadata check (gs.tableExists, GlideRecord.isValidField), no row read. */
export type OpKind = 'query' | 'aggregate' | 'get' | 'insert' | 'update' | 'delete' | 'attach' | 'meta'

export interface OperationEvent {
    op: OpKind
    table: string
    /** Condition fields, in the order the query added them (queries, aggregates, gets, multi-row writes). */
    fields?: string[]
    /** A join (GlideRecord.addJoinQuery): the joined table and its condition fields. */
    join?: { table: string; fields: string[]; on?: string }
}

export type LogLevel = 'info' | 'warn' | 'error' | 'debug'

export type AfterAction = 'insert' | 'update' | 'delete'

/** The out-of-box priority lookup (urgency row, impact column). */
export function outOfBoxPriority(urgency: number, impact: number): number {
    const matrix = [
        [1, 2, 3],
        [2, 3, 4],
        [3, 4, 5],
    ]
    return matrix[urgency - 1]?.[impact - 1] ?? 5
}

function pad(n: number, w: number = 2): string {
    return String(n).padStart(w, '0')
}

export function glideValueOf(ms: number): string {
    const d = new Date(ms)
    return (
        pad(d.getUTCFullYear(), 4) + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' +
        pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds())
    )
}

/** How a value is stored: booleans as the database keeps them ('1'/'0'), everything else as text
 * (docs/platform-assumptions.md, "Values read back"). */
export function toStored(value: unknown, column?: Column): string {
    if (value === null || value === undefined) return ''
    if (column !== undefined && column.type === 'boolean') {
        const s = String(value)
        return s === 'true' || s === '1' ? '1' : s === 'false' || s === '0' || s === '' ? '0' : s
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return String(value)
}

/** Orders two stored values as the database orders the column: numbers numerically, all else as strings
 * (docs/platform-assumptions.md, "Sort order": unverified; the platform-assumptions ATF test checks it). */
export function compareStored(a: string, b: string, column: Column | undefined): number {
    if (column !== undefined && column.type === 'integer' && a !== '' && b !== '') {
        const d = Number(a) - Number(b)
        if (d !== 0 || (isFinite(Number(a)) && isFinite(Number(b)))) return d
    }
    return a < b ? -1 : a > b ? 1 : 0
}

/** Closed and Canceled end an Incident's active life; Resolved (6) stays active until it is closed
 * (docs/platform-assumptions.md, "Resolving an Incident from a script"; unverified, ATF checks it). */
const INCIDENT_INACTIVE = ['7', '8']

/** One outbound HTTP request as RESTMessageV2 sends it. */
export interface OutboundRequest {
    method: string
    url: string
    headers: { [name: string]: string }
    body: string
    timeoutMs: number
}

/** The remote's answer; throw from the handler for "no answer" (refused, timed out). */
export type OutboundHandler = (request: OutboundRequest) => { status: number; body: string }

export class FakeInstance {
    schema: { [table: string]: TableSchema } = baseSchema()
    tables: { [table: string]: Row[] } = {}
    /** sys_id -> row, per table: the fake must not be what a benchmark measures. */
    private byId: { [table: string]: Map<string, Row> } = {}
    journal: { [sysId: string]: JournalEntry[] } = {}
    /** Attachment contents; each also has a sys_attachment row (table_name, table_sys_id, file_name). */
    attachments: Array<{ attachmentId: string; table: string; sysId: string; fileName: string; contentType: string; content: string }> = []
    properties: { [name: string]: string } = {}
    logs: Array<{ level: LogLevel; message: string }> = []
    /** Messages for the user's next page (gs.addInfoMessage, gs.addErrorMessage): what a form shows. */
    messages: Array<{ level: 'info' | 'error'; message: string }> = []
    /** Events queued with gs.eventQueue: the record they name (table, sys_id) and the two parameters. */
    events: Array<{ name: string; table: string; sysId: string; parm1: string; parm2: string }> = []
    operations: OperationEvent[] = []
    /** What the platform would have done silently and a test must not rely on (see the header). */
    violations: string[] = []
    /** Tables whose next insert a "business rule" aborts (insert returns null). */
    refuseInserts: { [table: string]: number } = {}
    refuseUpdates: { [table: string]: number } = {}
    clockMs = Date.UTC(2026, 1, 12, 15, 30, 0)
    clockStepMs = 0
    /** Where RESTMessageV2.execute() goes (sn-ws.ts): a test double of the remote; null = no route. */
    outbound: OutboundHandler | null = null
    /** Async business rules (registered by the harness, see tools/business-rules.ts): checked on each
     * update against the row before and after, run later by drainAsync(), as the platform runs
     * them in their own transaction after the update committed. */
    asyncRules: Array<{ table: string; when: (before: Row, after: Row) => boolean; run: (sysId: string) => void }> = []
    /** Before business rules: on each update whose condition holds, `change` gives values to write too. */
    beforeRules: Array<{ table: string; when: (before: Row, after: Row) => boolean; change: (after: Row) => Row }> = []
    /** After business rules (tools/business-rules.ts): run once a write is done, in the same transaction,
     * on insert (not a seed), update (also each row of updateMultiple) and delete (also each row of
     * deleteMultiple), with the row as written (as it was, for a delete). */
    afterRules: Array<{ table: string; actions: AfterAction[]; run: (action: AfterAction, row: Row) => void }> = []
    private pendingAsync: Array<() => void> = []
    /** Credential records by the sys_id of their alias (sn-cc.ts): attribute -> value. */
    credentials: { [aliasSysId: string]: { [attribute: string]: string } } = {}
    private hooks: Array<(e: OperationEvent) => void> = []
    /** Like hooks, but kept across reset(): for tools that watch a whole run (the benchmarks). */
    private observers: Array<(e: OperationEvent) => void> = []
    private counters: { [prefix: string]: number } = {}
    private guidCounter = 0

    reset(): void {
        this.schema = baseSchema()
        this.tables = {}
        this.byId = {}
        this.journal = {}
        this.attachments = []
        this.properties = {}
        this.logs = []
        this.messages = []
        this.events = []
        this.operations = []
        this.violations = []
        this.refuseInserts = {}
        this.refuseUpdates = {}
        this.clockMs = Date.UTC(2026, 1, 12, 15, 30, 0)
        this.clockStepMs = 0
        this.outbound = null
        this.credentials = {}
        this.asyncRules = []
        this.beforeRules = []
        this.afterRules = []
        this.pendingAsync = []
        this.hooks = []
        this.counters = {}
        this.guidCounter = 0
    }

    /** The violations recorded so far, cleared: a test that provokes one on purpose takes it. */
    takeViolations(): string[] {
        const out = this.violations
        this.violations = []
        return out
    }

    violate(message: string): void {
        if (this.violations.indexOf(message) < 0) this.violations.push(message)
    }

    now(): number {
        const t = this.clockMs
        this.clockMs += this.clockStepMs
        return t
    }

    advance(ms: number): void {
        this.clockMs += ms
    }

    /** Runs `fn` before each later operation (e.g. to interleave a concurrent delivery). */
    onOperation(fn: (e: OperationEvent) => void): () => void {
        this.hooks.push(fn)
        return () => {
            this.hooks = this.hooks.filter((h) => h !== fn)
        }
    }

    /** Calls `fn` for every later operation, across resets, until the returned function is called. */
    observe(fn: (e: OperationEvent) => void): () => void {
        this.observers.push(fn)
        return () => {
            this.observers = this.observers.filter((h) => h !== fn)
        }
    }

    record(event: OperationEvent): void {
        this.operations.push(event)
        for (const h of this.hooks.slice()) h(event)
        for (const o of this.observers) o(event)
    }

    /**
     * Gives the instance an optional platform table (schema.ts OPTIONAL_TABLES), as installing the
     * app that brings it would. Until then the table does not exist here.
     */
    install(table: string): void {
        if (this.hasTable(table)) return
        const schema = optionalTable(table)
        if (schema === undefined) throw new Error('glide-fake: ' + table + ' is not a table the fake can install')
        this.schema[table] = schema
    }

    /**
     * Rows an admin (or another app) put there before the test: stored as the database keeps them,
     * without counting as the app's operations. Installs an optional table first. A column the
     * table does not have is an error here (the data would be lost on the instance).
     */
    seed(table: string, rows: Array<{ [column: string]: unknown }>): string[] {
        if (!this.hasTable(table)) this.install(table)
        const ids: string[] = []
        for (const given of rows) {
            const values: Row = {}
            for (const name of Object.keys(given)) {
                if (name === 'sys_id') continue
                const column = this.column(table, name)
                if (column === undefined) throw new Error('glide-fake: ' + table + ' has no column ' + name)
                values[name] = toStored(given[name], column)
                if (values[name].length > column.maxLength) throw new Error('glide-fake: ' + table + '.' + name + ' holds ' + column.maxLength + ' characters')
            }
            const wanted = given.sys_id === undefined || given.sys_id === null ? '' : String(given.sys_id)
            if (wanted !== '' && !/^[0-9a-f]{32}$/.test(wanted)) throw new Error('glide-fake: a sys_id is 32 lower-case hex characters, not ' + JSON.stringify(wanted))
            const id = this.insert(table, { ...values, ...(wanted !== '' ? { sys_id: wanted } : {}) }, [], false)
            if (id === null) throw new Error('glide-fake: could not seed a row of ' + table + (wanted !== '' ? ' with sys_id ' + wanted : ''))
            ids.push(id)
        }
        return ids
    }

    hasTable(table: string): boolean {
        return Object.prototype.hasOwnProperty.call(this.schema, table)
    }

    column(table: string, name: string): Column | undefined {
        const t = this.schema[table]
        return t !== undefined && Object.prototype.hasOwnProperty.call(t.columns, name) ? t.columns[name] : undefined
    }

    /** A condition or a read on a column the table does not have: the platform ignores it
     * (docs/platform-assumptions.md, "Unknown fields in queries"). */
    knownColumn(table: string, name: string, use: string): boolean {
        if (this.column(table, name) !== undefined) return true
        this.violate(table + '.' + name + ' does not exist: ' + use)
        return false
    }

    rows(table: string): Row[] {
        if (!this.tables[table]) this.tables[table] = []
        return this.tables[table]
    }

    /** The stored row with this sys_id. The index is rebuilt when a test edited the rows directly. */
    row(table: string, sysId: string): Row | undefined {
        const rows = this.rows(table)
        let index = this.byId[table]
        if (index === undefined || index.size !== rows.length) {
            index = new Map(rows.map((r) => [r.sys_id, r]))
            this.byId[table] = index
        }
        return index.get(sysId)
    }

    private indexRow(table: string, row: Row): void {
        this.byId[table]?.set(row.sys_id, row)
    }

    dropRows(table: string, doomed: Set<string>): void {
        this.tables[table] = this.rows(table).filter((r) => !doomed.has(r.sys_id))
        delete this.byId[table]
    }

    guid(): string {
        this.guidCounter += 1
        // Deterministic, 32 lowercase hex characters.
        const n = this.guidCounter.toString(16).padStart(8, '0')
        return ('f00d' + n + '0000000000000000000000000000').slice(0, 32)
    }

    nextNumber(table: string): string {
        const prefix = table === 'incident' ? 'INC' : 'REC'
        const n = (this.counters[prefix] ?? 10000) + 1
        this.counters[prefix] = n
        return prefix + String(n).padStart(7, '0')
    }

    /**
     * The values as the database keeps them: unknown columns dropped, booleans as 1/0, values
     * longer than their column cut to it (each a violation: the platform loses them silently;
     * docs/platform-assumptions.md, "Field lengths": the platform does not enforce max_length, so the app must never
     * write more than a column holds).
     */
    private stored(table: string, values: Row): Row {
        const out: Row = {}
        for (const name of Object.keys(values)) {
            const column = this.column(table, name)
            if (column === undefined) {
                this.violate(table + '.' + name + ' does not exist: the write of ' + JSON.stringify(values[name].slice(0, 40)) + ' is lost')
                continue
            }
            let v = toStored(values[name], column)
            if (v.length > column.maxLength) {
                this.violate(table + '.' + name + ' holds ' + column.maxLength + ' characters: a value of ' + v.length + ' is cut')
                v = v.slice(0, column.maxLength)
            }
            out[name] = v
        }
        return out
    }

    /** A unique index refuses the row: the insert or update returns nothing and the platform logs an error
     * (docs/platform-assumptions.md, "Unique indexes" and "Empty values in a unique index"). */
    private uniqueConflict(table: string, row: Row, self: Row | null): boolean {
        for (const index of this.schema[table]?.indexes ?? []) {
            if (!index.unique) continue
            // Empty values are stored as NULL, which a unique index does not compare.
            if (index.fields.some((f) => (row[f] ?? '') === '')) continue
            const clash = this.rows(table).some((r) => r !== self && index.fields.every((f) => r[f] === row[f]))
            if (clash) {
                this.logs.push({ level: 'error', message: 'Unique Key violation detected by database ((' + table + ': ' + index.fields.join(', ') + ') duplicate entry)' })
                return true
            }
        }
        return false
    }

    /** The instance side of an insert: defaults, numbering, priority ("Priority"), journal, unique
     * indexes; a valid pre-chosen sys_id is kept ("Pre-chosen sys_id"). */
    insert(table: string, values: Row, journalValues: JournalEntry[], counted: boolean = true): string | null {
        if (counted) this.record({ op: 'insert', table })
        if (!this.hasTable(table)) {
            this.violate('table ' + table + ' does not exist: the insert is lost')
            return null
        }
        if ((this.refuseInserts[table] ?? 0) > 0) {
            this.refuseInserts[table] -= 1
            return null
        }
        const given = values.sys_id
        const sysId = given && /^[0-9a-f]{32}$/.test(given) ? given : this.guid()
        if (this.row(table, sysId) !== undefined) return null
        const created = glideValueOf(this.clockMs)
        const rest: Row = { ...values }
        delete rest.sys_id
        const row: Row = { ...this.stored(table, rest), sys_id: sysId, sys_created_on: created, sys_updated_on: created }
        if (table === 'incident') {
            row.number = row.number || this.nextNumber(table)
            row.state = row.state || '1'
            row.urgency = row.urgency || '3'
            row.impact = row.impact || '3'
        }
        this.derive(table, row)
        if (this.uniqueConflict(table, row, null)) return null
        const rows = this.rows(table)
        rows.push(row)
        this.indexRow(table, row)
        if (journalValues.length > 0) this.journal[sysId] = journalValues.map((j) => ({ ...j, created }))
        // A seed is rows put there before the test: not a write of the app or the admin it watches.
        if (counted) this.runAfterRules(table, 'insert', row)
        return sysId
    }

    private runAfterRules(table: string, action: AfterAction, row: Row): void {
        for (const rule of this.afterRules) {
            if (rule.table === table && rule.actions.indexOf(action) >= 0) rule.run(action, { ...row })
        }
    }

    /** Deletes rows one by one as the platform does for GlideRecord deletes, running the after rules of each. */
    deleteRows(table: string, sysIds: string[]): void {
        const doomed = sysIds.map((id) => this.row(table, id)).filter((r): r is Row => r !== undefined)
        this.dropRows(table, new Set(doomed.map((r) => r.sys_id)))
        for (const row of doomed) this.runAfterRules(table, 'delete', row)
    }

    update(table: string, sysId: string, values: Row, journalValues: JournalEntry[], counted: boolean = true): string | null {
        if (counted) this.record({ op: 'update', table })
        if ((this.refuseUpdates[table] ?? 0) > 0) {
            this.refuseUpdates[table] -= 1
            return null
        }
        const row = this.row(table, sysId)
        if (!row) return null
        const next: Row = { ...row, ...this.stored(table, values) }
        // Before business rules change the record being written (their own writes are not updates).
        for (const rule of this.beforeRules) {
            if (rule.table === table && rule.when(row, next)) Object.assign(next, this.stored(table, rule.change(next)))
        }
        if (this.uniqueConflict(table, next, row)) return null
        const before: Row = { ...row }
        Object.assign(row, next)
        row.sys_updated_on = glideValueOf(this.clockMs)
        this.derive(table, row)
        if (journalValues.length > 0) {
            const list = this.journal[sysId] ?? (this.journal[sysId] = [])
            for (const j of journalValues) list.push({ ...j, created: row.sys_updated_on })
        }
        for (const rule of this.asyncRules) {
            if (rule.table === table && rule.when(before, row)) this.pendingAsync.push(() => rule.run(sysId))
        }
        this.runAfterRules(table, 'update', row)
        return sysId
    }

    /** Runs the async business rules queued so far (and any they queue), oldest first. */
    drainAsync(): number {
        let n = 0
        while (this.pendingAsync.length > 0) {
            const next = this.pendingAsync.shift() as () => void
            next()
            n++
        }
        return n
    }

    private derive(table: string, row: Row): void {
        if (table !== 'incident') return
        // Priority lookup rules: computed by the platform, read-only on the form.
        row.priority = String(outOfBoxPriority(Number(row.urgency) || 3, Number(row.impact) || 3))
        row.active = INCIDENT_INACTIVE.indexOf(row.state) >= 0 ? '0' : '1'
    }

    /** Work notes of an Incident, oldest first. */
    workNotes(sysId: string): string[] {
        return (this.journal[sysId] ?? []).filter((j) => j.element === 'work_notes').map((j) => j.value)
    }

    operationCount(): number {
        return this.operations.length
    }
}

export const fakeInstance = new FakeInstance()
