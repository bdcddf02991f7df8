// GlideRecord on the fake instance: conditions, joins, order and limit as the database applies
// them; values stored and read as strings; journal fields written by assignment
// (`gr.work_notes = text`) and read back empty, while setValue on them is lost. A condition or a
// read on a column the table does not have is dropped as the platform drops it, and recorded as a
// violation (instance.ts).

import { compareStored, fakeInstance, toStored, type JournalEntry, type Row } from './instance'

interface Condition {
    field: string
    op: string
    value: string
    /** Alternatives added with addOrCondition: the condition holds when it or any of these does. */
    or?: Condition[]
}

const OPERATORS = ['=', '!=', 'IN', 'NOT IN', '>', '>=', '<', '<=', 'STARTSWITH', 'ISEMPTY', 'ISNOTEMPTY']

/** A condition (and its OR alternatives) as a row test, compiled once per query (the fake must not be what a benchmark measures). */
function predicate(table: string, c: Condition): (row: Row) => boolean {
    const one = predicateOne(table, c)
    if (c.or === undefined || c.or.length === 0) return one
    const alternatives = c.or.map((o) => predicateOne(table, o))
    return (row) => one(row) || alternatives.some((p) => p(row))
}

function predicateOne(table: string, c: Condition): (row: Row) => boolean {
    const column = fakeInstance.column(table, c.field)
    const f = c.field
    const value = c.value
    switch (c.op) {
        case '=':
            return (r) => (r[f] ?? '') === value
        case '!=':
            return (r) => (r[f] ?? '') !== value
        case 'IN': {
            const set = new Set(value.split(','))
            return (r) => set.has(r[f] ?? '')
        }
        case 'NOT IN': {
            const set = new Set(value.split(','))
            return (r) => !set.has(r[f] ?? '')
        }
        // An empty value is the database's NULL: no ordering comparison matches it
        // (docs/platform-assumptions.md, "Queries"): an empty date is not "before" anything.
        case '>':
            return (r) => (r[f] ?? '') !== '' && compareStored(r[f] ?? '', value, column) > 0
        case '>=':
            return (r) => (r[f] ?? '') !== '' && compareStored(r[f] ?? '', value, column) >= 0
        case '<':
            return (r) => (r[f] ?? '') !== '' && compareStored(r[f] ?? '', value, column) < 0
        case '<=':
            return (r) => (r[f] ?? '') !== '' && compareStored(r[f] ?? '', value, column) <= 0
        case 'STARTSWITH':
            return (r) => (r[f] ?? '').slice(0, value.length) === value
        case 'ISEMPTY':
            return (r) => (r[f] ?? '') === ''
        case 'ISNOTEMPTY':
            return (r) => (r[f] ?? '') !== ''
        default:
            throw new Error('glide-fake: unsupported query operator ' + c.op)
    }
}

function allOf(table: string, conditions: Condition[]): (row: Row) => boolean {
    const preds = conditions.map((c) => predicate(table, c))
    return (row) => {
        for (const p of preds) if (!p(row)) return false
        return true
    }
}

/** What GlideRecord.addJoinQuery returns: conditions on the joined table. */
export class GlideQueryCondition {
    conditions: Condition[] = []
    constructor(
        private owner: GlideRecord,
        readonly joinTable: string,
    ) {}

    addCondition(field: string, opOrValue?: unknown, value?: unknown): GlideQueryCondition {
        const c = this.owner.condition(this.joinTable, field, arguments.length >= 3 ? opOrValue : '=', arguments.length >= 3 ? value : opOrValue)
        if (c !== null) this.conditions.push(c)
        return this
    }
}

/** What GlideRecord.addQuery returns: the condition, to which OR alternatives can be added. */
export class QueryCondition {
    constructor(
        private owner: GlideRecord,
        private table: string,
        private base: Condition | null,
    ) {}

    addOrCondition(field: string, opOrValue?: unknown, value?: unknown): QueryCondition {
        const c = this.owner.condition(this.table, field, arguments.length >= 3 ? opOrValue : '=', arguments.length >= 3 ? value : opOrValue)
        // A dropped base condition (unknown column, a violation already) keeps no alternatives.
        if (c !== null && this.base !== null) (this.base.or ??= []).push(c)
        return this
    }
}

interface Join {
    condition: GlideQueryCondition
    primaryField: string
    joinTableField: string
}

export class GlideRecord {
    protected table: string
    protected conditions: Condition[] = []
    protected joins: Join[] = []
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
        if (!fakeInstance.hasTable(table)) fakeInstance.violate('table ' + table + ' does not exist (new GlideRecord)')
        // Journal fields are written by assignment (`gr.work_notes = text`), the one way the
        // platform documents; setValue is not supported for them.
        const columns = fakeInstance.schema[table]?.columns ?? {}
        for (const name of Object.keys(columns)) {
            if (columns[name].type !== 'journal') continue
            Object.defineProperty(this, name, {
                get: () => '',
                set: (value: unknown) => {
                    const text = toStored(value)
                    if (text !== '') this.pendingJournal.push({ element: name, value: text, created: '' })
                },
                enumerable: false,
                configurable: true,
            })
        }
    }

    getTableName(): string {
        return this.table
    }

    isValid(): boolean {
        return fakeInstance.hasTable(this.table)
    }

    /** Metadata, no query: whether the table defines the column ("Kubernetes workload CIs" in the ledger). */
    isValidField(column: string): boolean {
        fakeInstance.record({ op: 'meta', table: this.table })
        return fakeInstance.column(this.table, column) !== undefined
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

    /** A condition as the platform keeps it; null (dropped, a violation) on an unknown column. */
    condition(table: string, field: string, opOrValue: unknown, value: unknown): Condition | null {
        const op = String(opOrValue).toUpperCase()
        if (OPERATORS.indexOf(op) < 0) throw new Error('glide-fake: unsupported query operator ' + op)
        if (!fakeInstance.knownColumn(table, field, 'the condition is dropped and every row matches')) return null
        const column = fakeInstance.column(table, field)
        const stored = op === 'IN' || op === 'NOT IN' ? String(value ?? '') : toStored(value, column)
        return { field, op, value: stored }
    }

    addQuery(field: string, opOrValue?: unknown, value?: unknown): QueryCondition {
        const c = arguments.length >= 3 ? this.condition(this.table, field, opOrValue, value) : this.condition(this.table, field, '=', opOrValue)
        if (c !== null) this.conditions.push(c)
        return new QueryCondition(this, this.table, c)
    }

    addNullQuery(field: string): this {
        const c = this.condition(this.table, field, 'ISEMPTY', '')
        if (c !== null) this.conditions.push(c)
        return this
    }

    addNotNullQuery(field: string): this {
        const c = this.condition(this.table, field, 'ISNOTEMPTY', '')
        if (c !== null) this.conditions.push(c)
        return this
    }

    addActiveQuery(): QueryCondition {
        return this.addQuery('active', true)
    }

    /**
     * Rows of this table whose `primaryField` equals `joinTableField` of some row of `joinTable`
     * that meets the conditions added to the returned object (one query: a semi-join;
     * docs/platform-assumptions.md, "Join queries").
     */
    addJoinQuery(joinTable: string, primaryField: string = 'sys_id', joinTableField: string = 'sys_id'): GlideQueryCondition {
        const condition = new GlideQueryCondition(this, joinTable)
        if (!fakeInstance.hasTable(joinTable)) fakeInstance.violate('table ' + joinTable + ' does not exist (addJoinQuery)')
        fakeInstance.knownColumn(this.table, primaryField, 'the join is dropped')
        fakeInstance.knownColumn(joinTable, joinTableField, 'the join is dropped')
        this.joins.push({ condition, primaryField, joinTableField })
        return condition
    }

    /** A subset of encoded queries: `a=b^cIN1,2^d>=x` (AND only). */
    addEncodedQuery(query: string): void {
        for (const part of query.split('^')) {
            if (part === '') continue
            const m = /^([a-z0-9_.]+)(NOT IN|IN|STARTSWITH|ISEMPTY|ISNOTEMPTY|!=|>=|<=|=|>|<)(.*)$/.exec(part)
            if (!m) throw new Error('glide-fake: unsupported encoded query part ' + part)
            const c = this.condition(this.table, m[1], m[2], m[3])
            if (c !== null) this.conditions.push(c)
        }
    }

    orderBy(field: string): void {
        if (fakeInstance.knownColumn(this.table, field, 'the order is dropped')) this.order.push({ field, desc: false })
    }

    orderByDesc(field: string): void {
        if (fakeInstance.knownColumn(this.table, field, 'the order is dropped')) this.order.push({ field, desc: true })
    }

    setLimit(limit: number): void {
        this.limit = limit
    }

    /** The condition fields in order, and the join's: what a benchmark reports as the query shape. */
    protected shape(): { fields: string[]; join?: { table: string; fields: string[]; on?: string } } {
        const fields = this.conditions.map((c) => c.field)
        if (this.joins.length === 0) return { fields }
        const j = this.joins[0]
        return { fields: [j.primaryField, ...fields], join: { table: j.condition.joinTable, fields: j.condition.conditions.map((c) => c.field), on: j.joinTableField } }
    }

    protected selectRows(limited: boolean = true): Row[] {
        // By sys_id: the primary key, so the candidates come from the fake's own index, not a scan.
        const byId = this.conditions.find((c) => c.field === 'sys_id' && (c.op === '=' || c.op === 'IN'))
        const candidates = byId
            ? [...new Set(byId.op === '=' ? [byId.value] : byId.value.split(','))].map((id) => fakeInstance.row(this.table, id)).filter((r): r is Row => r !== undefined)
            : fakeInstance.rows(this.table)
        let rows = candidates.filter(allOf(this.table, this.conditions))
        for (const j of this.joins) {
            const table = j.condition.joinTable
            const wanted = new Set(
                fakeInstance
                    .rows(table)
                    .filter(allOf(table, j.condition.conditions))
                    .map((r) => r[j.joinTableField] ?? ''),
            )
            rows = rows.filter((r) => wanted.has(r[j.primaryField] ?? ''))
        }
        if (this.order.length > 0) {
            // Stable sort; ties keep insertion order, as a database with a secondary key would.
            const columns = this.order.map((o) => fakeInstance.column(this.table, o.field))
            rows = rows
                .map((r, i) => ({ r, i }))
                .sort((a, b) => {
                    for (let k = 0; k < this.order.length; k++) {
                        const o = this.order[k]
                        const d = compareStored(a.r[o.field] ?? '', b.r[o.field] ?? '', columns[k])
                        if (d !== 0) return o.desc ? -d : d
                    }
                    return this.order[0].desc ? b.i - a.i : a.i - b.i
                })
                .map((x) => x.r)
        }
        return limited ? rows.slice(0, this.limit) : rows
    }

    query(): void {
        fakeInstance.record({ op: 'query', table: this.table, ...this.shape() })
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
        const field = value === undefined ? 'sys_id' : sysIdOrField
        const wanted = value === undefined ? sysIdOrField : value
        fakeInstance.record({ op: 'get', table: this.table, fields: [field] })
        this.current = null
        this.pending = {}
        this.pendingJournal = []
        this.isNew = false
        if (!wanted) return false
        if (field !== 'sys_id' && !fakeInstance.knownColumn(this.table, field, 'get() finds nothing')) return false
        const row = field === 'sys_id' ? fakeInstance.row(this.table, wanted) : fakeInstance.rows(this.table).find((r) => r[field] === wanted)
        this.current = row ? { ...row } : null
        return row !== undefined
    }

    /** The stored value; null when the field is empty (and for journal fields, which read back empty):
     * docs/platform-assumptions.md, "Values read back" and "Journal fields". */
    getValue(field: string): string | null {
        const column = fakeInstance.column(this.table, field)
        if (column === undefined) {
            fakeInstance.knownColumn(this.table, field, 'getValue returns null')
            return null
        }
        if (column.type === 'journal') return null
        if (field in this.pending) return this.pending[field] === '' ? null : this.pending[field]
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
        const column = fakeInstance.column(this.table, field)
        if (column !== undefined && column.type === 'journal') {
            fakeInstance.violate(this.table + '.' + field + ' is a journal field: setValue is not supported for it (assign gr.' + field + ' instead); the entry is lost')
            return
        }
        // Unknown columns reach the instance's insert/update, which drops them (a violation).
        this.pending[field] = toStored(value, column)
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

    /** Applies the values set with setValue to every row the conditions select: one operation
     * (docs/platform-assumptions.md, "Multi-row deletes": setLimit does not bound it). */
    updateMultiple(): void {
        fakeInstance.record({ op: 'update', table: this.table, ...this.shape() })
        if (this.pendingJournal.length > 0) fakeInstance.violate(this.table + ': journal fields written with updateMultiple are not modelled')
        // setLimit does not bound multi-row writes.
        for (const row of this.selectRows(false)) fakeInstance.update(this.table, row.sys_id, { ...this.pending }, [], false)
        this.pending = {}
        this.pendingJournal = []
    }

    deleteRecord(): boolean {
        if (!this.current) return false
        fakeInstance.record({ op: 'delete', table: this.table, fields: ['sys_id'] })
        const id = this.current.sys_id
        if (fakeInstance.row(this.table, id) === undefined) return false
        fakeInstance.deleteRows(this.table, [id])
        return true
    }

    deleteMultiple(): void {
        fakeInstance.record({ op: 'delete', table: this.table, ...this.shape() })
        // setLimit does not bound deleteMultiple, and attachments stay (the platform's documented behaviour).
        fakeInstance.deleteRows(this.table, this.selectRows(false).map((r) => r.sys_id))
    }
}
