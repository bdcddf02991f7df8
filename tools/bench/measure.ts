// Measuring helpers shared by the benchmark sections: a clock, order statistics, and the
// GlideRecord operations one delivery caused, read from the fake's operation log.

import { performance } from 'node:perf_hooks'
import { fakeInstance, type OperationEvent } from '../glide-fake/index'

export type OpKind = OperationEvent['op']

export const OP_KINDS: readonly OpKind[] = ['query', 'aggregate', 'get', 'insert', 'update', 'delete', 'attach', 'meta']

export type OpCounts = { [op in OpKind]: number }

/** Milliseconds, sub-microsecond resolution. */
export function nowMs(): number {
    return performance.now()
}

export interface Distribution {
    n: number
    mean: number
    min: number
    p50: number
    p90: number
    p99: number
    max: number
}

/** Nearest-rank percentile of an ascending array: never interpolates a value nobody measured. */
function rank(sorted: number[], p: number): number {
    if (sorted.length === 0) return NaN
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
    return sorted[i]
}

export function distribution(values: number[]): Distribution {
    const sorted = values.slice().sort((a, b) => a - b)
    const sum = sorted.reduce((s, v) => s + v, 0)
    return {
        n: sorted.length,
        mean: sorted.length ? sum / sorted.length : NaN,
        min: sorted.length ? sorted[0] : NaN,
        p50: rank(sorted, 50),
        p90: rank(sorted, 90),
        p99: rank(sorted, 99),
        max: sorted.length ? sorted[sorted.length - 1] : NaN,
    }
}

export function zeroOps(): OpCounts {
    return { query: 0, aggregate: 0, get: 0, insert: 0, update: 0, delete: 0, attach: 0, meta: 0 }
}

export function totalOps(c: OpCounts): number {
    return OP_KINDS.reduce((n, op) => n + c[op], 0)
}

/** A mark in the operation log; `opsSince` counts what happened after it. */
export function opMark(): number {
    return fakeInstance.operations.length
}

/** The tables routing reads (and the property it writes once): its operations are counted apart. */
export const ROUTING_TABLES: readonly string[] = ['x_rhacs_snow_routing_rule', 'x_rhacs_snow_cluster_ci', 'sys_user_group', 'cmdb_ci_kubernetes_workload', 'sys_properties']

/** Operations on routing's tables since the mark. */
export function routingOpsSince(mark: number): number {
    let n = 0
    const log = fakeInstance.operations
    for (let i = mark; i < log.length; i++) if (ROUTING_TABLES.indexOf(log[i].table) >= 0) n += 1
    return n
}

export function opsSince(mark: number): OpCounts {
    const counts = zeroOps()
    const log = fakeInstance.operations
    for (let i = mark; i < log.length; i++) counts[log[i].op] += 1
    return counts
}

/** Per-outcome accumulation of op counts and times over a stream of deliveries. */
export interface OutcomeStats {
    count: number
    /** Total ops per delivery, one entry per delivery (for mean and max). */
    ops: number[]
    /** The same without aggregates and routing: the targets allow a storm aggregate and routing's reads on top of row ops. */
    rowOps: number[]
    /** Operations on routing's tables (ROUTING_TABLES), per delivery. */
    routingOps: number[]
    /** Max and sum of each op kind, so a breakdown shows which kind drives the total. */
    maxByOp: OpCounts
    sumByOp: OpCounts
    timesMs: number[]
    /** The same minus the time spent inside the Glide fake: the handler's own work. */
    ownMs: number[]
}

export class OutcomeTable {
    readonly byOutcome = new Map<string, OutcomeStats>()

    add(outcome: string, ops: OpCounts, timeMs: number, fakeMs: number, routing: number = 0): void {
        let s = this.byOutcome.get(outcome)
        if (s === undefined) {
            s = { count: 0, ops: [], rowOps: [], routingOps: [], maxByOp: zeroOps(), sumByOp: zeroOps(), timesMs: [], ownMs: [] }
            this.byOutcome.set(outcome, s)
        }
        s.count += 1
        s.ops.push(totalOps(ops))
        s.rowOps.push(totalOps(ops) - ops.aggregate - routing)
        s.routingOps.push(routing)
        s.timesMs.push(timeMs)
        s.ownMs.push(timeMs - fakeMs)
        for (const op of OP_KINDS) {
            s.sumByOp[op] += ops[op]
            s.maxByOp[op] = Math.max(s.maxByOp[op], ops[op])
        }
    }

    get(outcome: string): OutcomeStats | undefined {
        return this.byOutcome.get(outcome)
    }

    allTimes(): number[] {
        return [...this.byOutcome.values()].flatMap((s) => s.timesMs)
    }

    allOwnTimes(): number[] {
        return [...this.byOutcome.values()].flatMap((s) => s.ownMs)
    }

    allOps(): number[] {
        return [...this.byOutcome.values()].flatMap((s) => s.ops)
    }

    total(): number {
        return [...this.byOutcome.values()].reduce((n, s) => n + s.count, 0)
    }
}

/** Seeded PRNG (mulberry32): the synthetic streams are the same on every run. */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}
