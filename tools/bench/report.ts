// What a benchmark section hands back: readable lines, PASS/FAIL checks against the issue's
// targets, and the same figures as data for --json. Sections never print themselves, so the
// two output modes cannot drift apart.

import { OP_KINDS, distribution, type OpCounts, type OutcomeTable } from './measure'

export interface Check {
    name: string
    pass: boolean
    /** The measured value and the target, as a reader wants to see them. */
    detail: string
}

export interface SectionResult {
    id: string
    title: string
    lines: string[]
    checks: Check[]
    data: { [key: string]: unknown }
}

export function check(name: string, pass: boolean, detail: string): Check {
    return { name, pass, detail }
}

export function ms(v: number): string {
    if (!isFinite(v)) return '-'
    if (v >= 100) return v.toFixed(0) + ' ms'
    if (v >= 1) return v.toFixed(2) + ' ms'
    return (v * 1000).toFixed(0) + ' µs'
}

export function fixed(v: number, digits: number = 2): string {
    return isFinite(v) ? v.toFixed(digits) : '-'
}

/** Left-aligned first column, right-aligned others; widths from the content. */
export function table(header: string[], rows: string[][]): string[] {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
    const fmt = (cells: string[]) =>
        cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd()
    return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)]
}

/** "query 1, aggregate 1, insert 2": only the kinds that occurred. */
export function opBreakdown(c: OpCounts, digits: number = 0): string {
    const parts = OP_KINDS.filter((op) => c[op] > 0).map((op) => op + ' ' + fixed(c[op], digits))
    return parts.length ? parts.join(', ') : 'none'
}

function meanByOp(sum: OpCounts, n: number): OpCounts {
    const out = { ...sum }
    for (const op of OP_KINDS) out[op] = n ? sum[op] / n : 0
    return out
}

/** The time line of a stream section: whole delivery, and the handler's own share. */
export function timeLines(t: OutcomeTable): string[] {
    const all = distribution(t.allTimes())
    const own = distribution(t.allOwnTimes())
    const fmt = (d: ReturnType<typeof distribution>) => 'mean ' + ms(d.mean) + ', p50 ' + ms(d.p50) + ', p99 ' + ms(d.p99) + ', max ' + ms(d.max)
    return [
        'time per delivery:       ' + fmt(all),
        '  own (fake excluded):   ' + fmt(own),
    ]
}

/** Said once per stream section, so the two time columns are read right. */
export const TIME_NOTE =
    'time = whole delivery through the route; own = the same minus time inside the Glide fake (test scaffolding whose queries scan its in-memory tables).'

/** The per-outcome table printed by the stream sections. */
export function outcomeLines(t: OutcomeTable, order: string[]): string[] {
    const outcomes = [...order.filter((o) => t.get(o)), ...[...t.byOutcome.keys()].filter((o) => !order.includes(o))]
    const rows = outcomes.map((o) => {
        const s = t.get(o)!
        const ops = distribution(s.ops)
        const time = distribution(s.timesMs)
        const own = distribution(s.ownMs)
        return [o, String(s.count), fixed(ops.mean), String(ops.max), opBreakdown(s.maxByOp), ms(time.mean), ms(time.p50), ms(time.p99), ms(own.mean), ms(own.p50), ms(own.p99)]
    })
    return table(['outcome', 'deliveries', 'ops mean', 'ops max', 'max per op kind', 'time mean', 'p50', 'p99', 'own mean', 'p50', 'p99'], rows)
}

export function outcomeData(t: OutcomeTable): { [outcome: string]: unknown } {
    const out: { [outcome: string]: unknown } = {}
    for (const [o, s] of t.byOutcome) {
        const ops = distribution(s.ops)
        out[o] = {
            deliveries: s.count,
            ops_mean: ops.mean,
            ops_max: ops.max,
            ops_max_by_kind: s.maxByOp,
            ops_mean_by_kind: meanByOp(s.sumByOp, s.count),
            time_ms: distribution(s.timesMs),
            own_time_ms: distribution(s.ownMs),
        }
    }
    return out
}

/**
 * The per-delivery op targets (instance-truth issue, then the lifecycle and routing issues).
 * `created` may add one storm aggregate on top of its five row operations (lookup, claim row,
 * problem row, Incident, and the alerts-table row the lifecycle follows); aggregates are counted
 * apart so that allowance cannot hide another row op. A repeat that brings a new alert id also
 * records it: lookup, Incident, delivery row, alert row. Routing (routing issue) may add 2 reads
 * to a new Incident (the rules, one CI lookup) and none to a repeat; they are counted apart too.
 */
export const OP_TARGETS: { [outcome: string]: { rowOps: number; aggregates: number; routing: number; label: string } } = {
    created: { rowOps: 5, aggregates: 1, routing: 2, label: 'new alert (created): ≤ 5 ops + 1 storm aggregate + ≤ 2 routing' },
    updated: { rowOps: 4, aggregates: 0, routing: 0, label: 'repeat (updated): ≤ 4 ops, no routing' },
    duplicate: { rowOps: 2, aggregates: 0, routing: 0, label: 'replay (duplicate): ≤ 2 ops, no routing' },
    stale: { rowOps: 2, aggregates: 0, routing: 0, label: 'stale re-send (held to the replay target): ≤ 2 ops, no routing' },
    // Storm: the dedup targets plus one aggregate. The once-a-minute note is reported, not held.
    // A storm Incident routes by the policy's rule only: the rules read, no lookup.
    'storm: opened': { rowOps: 4, aggregates: 1, routing: 1, label: 'storm Incident opened: ≤ 4 ops + 1 storm aggregate + ≤ 1 routing' },
    'storm: absorbed': { rowOps: 3, aggregates: 1, routing: 0, label: 'alert absorbed by a storm: ≤ 3 ops + 1 storm aggregate, no routing' },
}

export function opTargetChecks(t: OutcomeTable, outcomes: string[]): Check[] {
    const checks: Check[] = []
    for (const o of outcomes) {
        const s = t.get(o)
        const target = OP_TARGETS[o]
        if (s === undefined || target === undefined) continue
        const rowMax = s.rowOps.reduce((m, n) => Math.max(m, n), 0)
        const routingMax = s.routingOps.reduce((m, n) => Math.max(m, n), 0)
        const aggMax = s.maxByOp.aggregate
        checks.push(
            check(
                'ops ' + target.label,
                rowMax <= target.rowOps && aggMax <= target.aggregates && routingMax <= target.routing,
                'max ' + rowMax + ' row ops, ' + aggMax + ' aggregate and ' + routingMax + ' routing per delivery (' + s.count + ' deliveries; max per kind: ' +
                    opBreakdown(s.maxByOp) + ')',
            ),
        )
    }
    return checks
}
