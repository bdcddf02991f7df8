// GlideAggregate on the fake instance: COUNT (of rows, or of non-empty values), SUM, MIN, MAX,
// grouped by columns, over the rows GlideRecord's conditions select.

import { fakeInstance, type Row } from './instance'
import { GlideRecord } from './glide-record'

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
        if (field !== undefined && field !== '') fakeInstance.knownColumn(this.table, field, 'the aggregate is empty')
        this.aggregates.push({ fn: fn.toUpperCase(), field: field ?? '' })
    }

    groupBy(field: string): void {
        if (fakeInstance.knownColumn(this.table, field, 'the grouping is dropped')) this.groups.push(field)
    }

    query(): void {
        fakeInstance.record({ op: 'aggregate', table: this.table, ...this.shape() })
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
