// An in-house stand-in for `@servicenow/glide` with the platform semantics the app relies on:
// values are stored and read as strings; insert() returns a 32-hex sys_id (or null when a unique
// index or a "business rule" refuses it); incidents get INC numbers and a priority derived from
// urgency x impact by the out-of-box matrix; work_notes is a journal (appended, read back empty);
// queries honour their conditions, order and limit; GlideDateTime follows a controllable clock.
// Every GlideRecord operation is counted, so cost per delivery is measured, not guessed.

export type Row = { [column: string]: string }

export interface JournalEntry {
    element: string
    value: string
    created: string
}

export interface OperationEvent {
    op: 'query' | 'aggregate' | 'get' | 'insert' | 'update' | 'delete' | 'attach'
    table: string
}

interface Condition {
    field: string
    op: string
    value: string
}

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
        d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' +
        pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds())
    )
}

function toStored(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return String(value)
}

class FakeInstance {
    tables: { [table: string]: Row[] } = {}
    /** sys_id -> row, per table: the fake must not be what a benchmark measures. */
    private byId: { [table: string]: Map<string, Row> } = {}
    journal: { [sysId: string]: JournalEntry[] } = {}
    /** Attachment contents; each also has a sys_attachment row (table_name, table_sys_id, file_name). */
    attachments: Array<{ attachmentId: string; table: string; sysId: string; fileName: string; contentType: string; content: string }> = []
    properties: { [name: string]: string } = {}
    logs: Array<{ level: 'info' | 'warn' | 'error' | 'debug'; message: string }> = []
    operations: OperationEvent[] = []
    /** Unique indexes: table -> columns. Empty values are not indexed (as NULLs in a database). */
    uniqueIndexes: { [table: string]: string[] } = { x_rhacs_snow_delivery: ['claim'] }
    /** Tables whose next insert a "business rule" aborts (insert returns null). */
    refuseInserts: { [table: string]: number } = {}
    refuseUpdates: { [table: string]: number } = {}
    clockMs = Date.UTC(2026, 1, 12, 15, 30, 0)
    clockStepMs = 0
    private hooks: Array<(e: OperationEvent) => void> = []
    private counters: { [prefix: string]: number } = {}
    private guidCounter = 0

    reset(): void {
        this.tables = {}
        this.byId = {}
        this.journal = {}
        this.attachments = []
        this.properties = {}
        this.logs = []
        this.operations = []
        this.uniqueIndexes = { x_rhacs_snow_delivery: ['claim'] }
        this.refuseInserts = {}
        this.refuseUpdates = {}
        this.clockMs = Date.UTC(2026, 1, 12, 15, 30, 0)
        this.clockStepMs = 0
        this.hooks = []
        this.counters = {}
        this.guidCounter = 0
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

    record(op: OperationEvent['op'], table: string): void {
        const event = { op, table }
        this.operations.push(event)
        for (const h of this.hooks.slice()) h(event)
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

    /** The instance side of an insert: defaults, numbering, priority, journal, unique indexes. */
    insert(table: string, values: Row, journalValues: JournalEntry[], counted: boolean = true): string | null {
        if (counted) this.record('insert', table)
        if ((this.refuseInserts[table] ?? 0) > 0) {
            this.refuseInserts[table] -= 1
            return null
        }
        const rows = this.rows(table)
        for (const column of this.uniqueIndexes[table] ?? []) {
            const v = values[column] ?? ''
            if (v !== '' && rows.some((r) => r[column] === v)) return null
        }
        const sysId = values.sys_id && /^[0-9a-f]{32}$/.test(values.sys_id) ? values.sys_id : this.guid()
        if (this.row(table, sysId) !== undefined) return null
        const created = glideValueOf(this.clockMs)
        const row: Row = { ...values, sys_id: sysId, sys_created_on: created, sys_updated_on: created }
        if (table === 'incident') {
            row.number = row.number || this.nextNumber(table)
            row.state = row.state || '1'
            row.urgency = row.urgency || '3'
            row.impact = row.impact || '3'
            row.active = 'true'
        }
        this.derive(table, row)
        rows.push(row)
        this.indexRow(table, row)
        if (journalValues.length > 0) this.journal[sysId] = journalValues.map((j) => ({ ...j, created }))
        return sysId
    }

    update(table: string, sysId: string, values: Row, journalValues: JournalEntry[]): string | null {
        this.record('update', table)
        if ((this.refuseUpdates[table] ?? 0) > 0) {
            this.refuseUpdates[table] -= 1
            return null
        }
        const rows = this.rows(table)
        const row = this.row(table, sysId)
        if (!row) return null
        for (const column of this.uniqueIndexes[table] ?? []) {
            const v = values[column]
            if (v !== undefined && v !== '' && rows.some((r) => r !== row && r[column] === v)) return null
        }
        Object.assign(row, values)
        row.sys_updated_on = glideValueOf(this.clockMs)
        this.derive(table, row)
        if (journalValues.length > 0) {
            const list = this.journal[sysId] ?? (this.journal[sysId] = [])
            for (const j of journalValues) list.push({ ...j, created: row.sys_updated_on })
        }
        return sysId
    }

    private derive(table: string, row: Row): void {
        if (table !== 'incident') return
        // Priority lookup rules: computed by the platform, read-only on the form.
        row.priority = String(outOfBoxPriority(Number(row.urgency) || 3, Number(row.impact) || 3))
        row.active = ['6', '7', '8'].includes(row.state) ? 'false' : 'true'
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

const JOURNAL_FIELDS = ['work_notes', 'comments']

function compare(a: string, b: string): number {
    const na = Number(a)
    const nb = Number(b)
    if (a !== '' && b !== '' && isFinite(na) && isFinite(nb)) return na - nb
    return a < b ? -1 : a > b ? 1 : 0
}

function matches(row: Row, c: Condition): boolean {
    const v = row[c.field] ?? ''
    switch (c.op) {
        case '=':
            return v === c.value
        case '!=':
            return v !== c.value
        case 'IN':
            return c.value.split(',').includes(v)
        case 'NOT IN':
            return !c.value.split(',').includes(v)
        case '>':
            return compare(v, c.value) > 0
        case '>=':
            return compare(v, c.value) >= 0
        case '<':
            return compare(v, c.value) < 0
        case '<=':
            return compare(v, c.value) <= 0
        case 'STARTSWITH':
            return v.startsWith(c.value)
        case 'ISEMPTY':
            return v === ''
        case 'ISNOTEMPTY':
            return v !== ''
        default:
            throw new Error('glide-fake: unsupported query operator ' + c.op)
    }
}

const OPERATORS = ['=', '!=', 'IN', 'NOT IN', '>', '>=', '<', '<=', 'STARTSWITH', 'ISEMPTY', 'ISNOTEMPTY']

export class GlideRecord {
    protected table: string
    protected conditions: Condition[] = []
    protected order: Array<{ field: string; desc: boolean }> = []
    protected limit = Infinity
    protected results: Row[] = []
    protected index = -1
    protected current: Row | null = null
    protected pending: Row = {}
    protected pendingJournal: JournalEntry[] = []
    protected isNew = false

    constructor(table: string) {
        this.table = table
    }

    getTableName(): string {
        return this.table
    }

    initialize(): void {
        this.current = null
        this.pending = {}
        this.pendingJournal = []
        this.isNew = true
    }

    newRecord(): void {
        this.initialize()
        this.pending.sys_id = fakeInstance.guid()
    }

    setNewGuidValue(guid: string): void {
        this.pending.sys_id = guid
    }

    isNewRecord(): boolean {
        return this.isNew
    }

    isValidRecord(): boolean {
        return this.current !== null
    }

    addQuery(field: string, opOrValue?: unknown, value?: unknown): this {
        if (arguments.length >= 3) {
            const op = String(opOrValue).toUpperCase()
            if (!OPERATORS.includes(op)) throw new Error('glide-fake: unsupported query operator ' + op)
            this.conditions.push({ field, op, value: toStored(value) })
        } else {
            this.conditions.push({ field, op: '=', value: toStored(opOrValue) })
        }
        return this
    }

    addNullQuery(field: string): this {
        this.conditions.push({ field, op: 'ISEMPTY', value: '' })
        return this
    }

    addNotNullQuery(field: string): this {
        this.conditions.push({ field, op: 'ISNOTEMPTY', value: '' })
        return this
    }

    addActiveQuery(): this {
        this.conditions.push({ field: 'active', op: '=', value: 'true' })
        return this
    }

    /** A subset of encoded queries: `a=b^cIN1,2^d>=x` (AND only). */
    addEncodedQuery(query: string): void {
        for (const part of query.split('^')) {
            if (part === '') continue
            const m = /^([a-z0-9_.]+)(NOT IN|IN|STARTSWITH|ISEMPTY|ISNOTEMPTY|!=|>=|<=|=|>|<)(.*)$/.exec(part)
            if (!m) throw new Error('glide-fake: unsupported encoded query part ' + part)
            this.conditions.push({ field: m[1], op: m[2], value: m[3] })
        }
    }

    orderBy(field: string): void {
        this.order.push({ field, desc: false })
    }

    orderByDesc(field: string): void {
        this.order.push({ field, desc: true })
    }

    setLimit(limit: number): void {
        this.limit = limit
    }

    protected selectRows(): Row[] {
        let rows = fakeInstance.rows(this.table).filter((r) => this.conditions.every((c) => matches(r, c)))
        if (this.order.length > 0) {
            // Stable sort; ties keep insertion order, as a database with a secondary key would.
            rows = rows
                .map((r, i) => ({ r, i }))
                .sort((a, b) => {
                    for (const o of this.order) {
                        const d = compare(a.r[o.field] ?? '', b.r[o.field] ?? '')
                        if (d !== 0) return o.desc ? -d : d
                    }
                    return this.order[0].desc ? b.i - a.i : a.i - b.i
                })
                .map((x) => x.r)
        }
        return rows.slice(0, this.limit)
    }

    query(): void {
        fakeInstance.record('query', this.table)
        this.results = this.selectRows().map((r) => ({ ...r }))
        this.index = -1
        this.current = null
    }

    hasNext(): boolean {
        return this.index + 1 < this.results.length
    }

    next(): boolean {
        if (!this.hasNext()) {
            this.current = null
            return false
        }
        this.index += 1
        this.current = this.results[this.index]
        this.pending = {}
        this.pendingJournal = []
        this.isNew = false
        return true
    }

    getRowCount(): number {
        return this.results.length
    }

    get(sysIdOrField: string, value?: string): boolean {
        fakeInstance.record('get', this.table)
        const field = value === undefined ? 'sys_id' : sysIdOrField
        const wanted = value === undefined ? sysIdOrField : value
        if (!wanted) return false
        const row = field === 'sys_id' ? fakeInstance.row(this.table, wanted) : fakeInstance.rows(this.table).find((r) => r[field] === wanted)
        this.current = row ? { ...row } : null
        this.pending = {}
        this.pendingJournal = []
        this.isNew = false
        return row !== undefined
    }

    getValue(field: string): string | null {
        if (JOURNAL_FIELDS.includes(field)) return null
        if (field in this.pending) return this.pending[field]
        const v = this.current ? this.current[field] : undefined
        return v === undefined || v === '' ? null : v
    }

    getDisplayValue(field?: string): string {
        return field ? this.getValue(field) ?? '' : this.getValue('number') ?? this.getUniqueValue()
    }

    getUniqueValue(): string {
        return this.pending.sys_id ?? this.current?.sys_id ?? ''
    }

    setValue(field: string, value: unknown): void {
        if (JOURNAL_FIELDS.includes(field)) {
            const text = toStored(value)
            if (text !== '') this.pendingJournal.push({ element: field, value: text, created: '' })
            return
        }
        this.pending[field] = toStored(value)
    }

    insert(): string | null {
        const values: Row = { ...this.pending }
        const sysId = fakeInstance.insert(this.table, values, this.pendingJournal)
        if (sysId === null) return null
        this.current = { ...fakeInstance.row(this.table, sysId)! }
        this.pending = {}
        this.pendingJournal = []
        this.isNew = false
        return sysId
    }

    update(): string | null {
        if (!this.current) return null
        const id = fakeInstance.update(this.table, this.current.sys_id, { ...this.pending }, this.pendingJournal)
        if (id !== null) this.current = { ...fakeInstance.row(this.table, id)! }
        this.pending = {}
        this.pendingJournal = []
        return id
    }

    deleteRecord(): boolean {
        if (!this.current) return false
        fakeInstance.record('delete', this.table)
        const rows = fakeInstance.rows(this.table)
        const i = rows.findIndex((r) => r.sys_id === this.current!.sys_id)
        if (i < 0) return false
        rows.splice(i, 1)
        return true
    }

    deleteMultiple(): void {
        fakeInstance.record('delete', this.table)
        const doomed = new Set(this.selectRows().map((r) => r.sys_id))
        fakeInstance.tables[this.table] = fakeInstance.rows(this.table).filter((r) => !doomed.has(r.sys_id))
    }
}

export class GlideAggregate extends GlideRecord {
    private groups: string[] = []
    private aggregates: Array<{ fn: string; field: string }> = []
    private buckets: Array<{ key: Row; rows: Row[] }> = []

    // Explicit, not implied: lowered to ES5 for the Rhino suite, an implied derived constructor
    // spreads `arguments`, whose iterator Rhino 1.7.14 breaks ("Cannot find default value for object").
    constructor(table: string) {
        super(table)
    }

    addAggregate(fn: string, field?: string): void {
        this.aggregates.push({ fn: fn.toUpperCase(), field: field ?? '' })
    }

    groupBy(field: string): void {
        this.groups.push(field)
    }

    query(): void {
        fakeInstance.record('aggregate', this.table)
        const map = new Map<string, { key: Row; rows: Row[] }>()
        for (const row of this.selectRows()) {
            const key: Row = {}
            for (const g of this.groups) key[g] = row[g] ?? ''
            const k = JSON.stringify(key)
            if (!map.has(k)) map.set(k, { key, rows: [] })
            map.get(k)!.rows.push(row)
        }
        this.buckets = this.groups.length === 0 && map.size === 0 ? [{ key: {}, rows: [] }] : [...map.values()]
        this.results = this.buckets.map((b) => b.key)
        this.index = -1
    }

    getAggregate(fn: string, field?: string): string {
        const bucket = this.buckets[this.index]
        if (!bucket) return ''
        const f = fn.toUpperCase()
        if (f === 'COUNT') {
            if (!field) return String(bucket.rows.length)
            return String(bucket.rows.filter((r) => (r[field] ?? '') !== '').length)
        }
        const nums = bucket.rows.map((r) => Number(r[field ?? ''] ?? 0))
        if (f === 'SUM') return String(nums.reduce((a, b) => a + b, 0))
        if (f === 'MIN') return nums.length ? String(Math.min(...nums)) : ''
        if (f === 'MAX') return nums.length ? String(Math.max(...nums)) : ''
        throw new Error('glide-fake: unsupported aggregate ' + fn)
    }
}

export class GlideDateTime {
    private ms: number

    constructor(value?: string) {
        if (value === undefined) {
            this.ms = fakeInstance.now()
        } else {
            const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
            // The platform answers an unparseable value with an invalid date; so does the fake.
            this.ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN
        }
    }

    getNumericValue(): number {
        return this.ms
    }

    setNumericValue(ms: number): void {
        this.ms = ms
    }

    getValue(): string {
        return isNaN(this.ms) ? '' : glideValueOf(this.ms)
    }

    addSeconds(seconds: number): void {
        this.ms += seconds * 1000
    }

    addDaysUTC(days: number): void {
        this.ms += days * 86400000
    }
}

export class GlideSysAttachment {
    write(record: GlideRecord, fileName: string, contentType: string, content: string): string {
        fakeInstance.record('attach', record.getTableName())
        const row: Row = { table_name: record.getTableName(), table_sys_id: record.getUniqueValue(), file_name: fileName, content_type: contentType }
        // Part of the one 'attach' operation, not an insert of its own.
        const attachmentId = fakeInstance.insert('sys_attachment', row, [], false) ?? ''
        fakeInstance.attachments.push({ attachmentId, table: record.getTableName(), sysId: record.getUniqueValue(), fileName, contentType, content })
        return attachmentId
    }

    getAttachments(tableName: string, sysId: string): GlideRecord {
        const gr = new GlideRecord('sys_attachment')
        gr.addQuery('table_name', tableName)
        gr.addQuery('table_sys_id', sysId)
        gr.query()
        return gr
    }

    deleteAttachment(attachmentId: string): void {
        fakeInstance.record('delete', 'sys_attachment')
        const rows = fakeInstance.rows('sys_attachment')
        const i = rows.findIndex((r) => r.sys_id === attachmentId)
        if (i >= 0) rows.splice(i, 1)
        fakeInstance.attachments = fakeInstance.attachments.filter((a) => a.attachmentId !== attachmentId)
    }
}

export const gs = {
    getProperty(name: string, alt?: unknown): unknown {
        return name in fakeInstance.properties ? fakeInstance.properties[name] : alt
    },
    info(message: string): void {
        fakeInstance.logs.push({ level: 'info', message })
    },
    warn(message: string): void {
        fakeInstance.logs.push({ level: 'warn', message })
    },
    error(message: string): void {
        fakeInstance.logs.push({ level: 'error', message })
    },
    debug(message: string): void {
        fakeInstance.logs.push({ level: 'debug', message })
    },
    generateGUID(): string {
        return fakeInstance.guid()
    },
}
