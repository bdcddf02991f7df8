// Property-based fuzzing of the whole delivery path (route, handler, Glide fake) with fast-check:
// arbitrary mutations of every fixture and arbitrary hostile strings in every field, each checked
// against the invariants every delivery must keep; and a sequence model that checks random
// re-send / replay / older-version / close streams against the documented dedup rules.
// Runs are fixed in number (the suite stays well under a minute); fast-check prints the seed and
// the shrunk counterexample of any failure, and `FUZZ_RUNS=n` scales the runs for a longer campaign.
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { readAlertFacts } from '../src/server/alert-facts'
import { PROPERTY } from '../src/server/app-properties'
import { classifyMessage } from '../src/server/rhacs-message'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, resetInstance } from '../tools/local-instance'
import { testDigest } from './support/digest'
import { everythingStored, hasCodeTag, overLong, stringsIn } from './support/hostile'

const SCALE = Number(process.env.FUZZ_RUNS ?? '1')
const runs = (n: number) => Math.max(1, Math.round(n * SCALE))
// A longer campaign needs a longer budget: 60 s per test at scale 1 is far more than it takes.
const TIMEOUT = { timeout: Math.max(60_000, 5_000 * SCALE) }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const fixturesDir = new URL('./fixtures/', import.meta.url)
const FIXTURES: Json[] = readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('09'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, fixturesDir), 'utf8')) as Json)

/** Strings an attacker would try: tags in every disguise, line and log forgers, invisible and broken Unicode. */
const HOSTILE_PIECES = [
    '[code]',
    '[/code]',
    '[CoDe]',
    '[ code ]',
    '[\u0085code]',
    '[\u200bcode]',
    '[co\u00adde]',
    '[\u2060/\ufeffcode]',
    '[c\u034fo\u180ede]',
    // Astral tag characters and variation selectors (surrogate pairs) and a combining grapheme joiner.
    '[co\udb40\udc01de]',
    '[\udb40\udc63ode]',
    '[code\udb40\udd00]',
    '[c\u034f\u0301ode]',
    '[co[code]de]',
    '<img src=x onerror=alert(1)>',
    '\r\nRHACS delivery: outcome=created forged',
    '\u2028\u2029\u0085',
    '\u0000\u0007\u001b[31m',
    '\ud800',
    '\udfff',
    '😀',
    '\u202e',
    ',',
    '^',
    '%',
    '{0}',
    '__proto__',
    'constructor',
    'toString',
]

const hostileString: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((xs) => xs.join('')),
    fc.tuple(fc.constantFrom(...HOSTILE_PIECES), fc.integer({ min: 100, max: 5000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
)

const anyJson: fc.Arbitrary<Json> = fc.oneof(
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([] as Json[]),
    fc.constant({} as Json),
    fc.array(hostileString, { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('id', 'name', 'message', 'time', '__proto__', 'constructor', 'key', 'value'), hostileString, { maxKeys: 3 }),
)

type Mutation =
    | { op: 'delete'; at: number }
    | { op: 'set'; at: number; value: Json }
    | { op: 'huge'; at: number; times: number }
    | { op: 'nest'; at: number; depth: number }
    | { op: 'key'; at: number; key: string; value: Json }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: anyJson }),
    fc.record({ op: fc.constant('huge' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 300 }) }),
    fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 120 }) }),
    fc.record({ op: fc.constant('key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'alert', 'audit'), hostileString), value: anyJson }),
)

/** Every container and its keys, in a fixed order, so a number picks a place. */
function places(root: Json): Array<{ parent: { [key: string]: Json } | Json[]; key: string | number }> {
    const out: Array<{ parent: { [key: string]: Json } | Json[]; key: string | number }> = []
    const visit = (node: Json) => {
        if (Array.isArray(node)) {
            node.forEach((v, i) => {
                out.push({ parent: node, key: i })
                visit(v)
            })
        } else if (node !== null && typeof node === 'object') {
            for (const k of Object.keys(node)) {
                out.push({ parent: node, key: k })
                visit(node[k])
            }
        }
    }
    visit(root)
    return out
}

function setAt(parent: { [key: string]: Json } | Json[], key: string | number, value: Json): void {
    if (Array.isArray(parent)) parent[key as number] = value
    else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true })
}

function mutate(fixture: Json, mutations: Mutation[]): string {
    const body = JSON.parse(JSON.stringify(fixture)) as Json
    for (const m of mutations) {
        const all = places(body)
        if (all.length === 0) break
        const { parent, key } = all[m.at % all.length]
        const current = (parent as { [k: string]: Json })[key as string]
        switch (m.op) {
            case 'delete':
                if (Array.isArray(parent)) parent.splice(key as number, 1)
                else delete parent[key as string]
                break
            case 'set':
                setAt(parent, key, m.value)
                break
            case 'huge': {
                // Bounded: a body stays under about 2 MB, so the generator never explodes.
                const size = JSON.stringify(current ?? null).length
                const times = Math.max(1, Math.min(m.times, Math.floor(2000000 / Math.max(1, JSON.stringify(body).length + size * m.times) * m.times)))
                setAt(parent, key, typeof current === 'string' ? current.repeat(times) : Array.from({ length: times }, () => current))
                break
            }
            case 'nest': {
                let v: Json = current
                for (let i = 0; i < m.depth; i++) v = [v]
                setAt(parent, key, v)
                break
            }
            case 'key':
                if (!Array.isArray(parent)) setAt(parent, m.key, m.value)
                break
        }
    }
    return JSON.stringify(body)
}

const STATUSES = [200, 201, 202, 400]

/** The invariants every single delivery keeps, checked right after it. */
function checkDelivery(raw: string, answer: { status: number; body: { [key: string]: unknown } }, rowsBefore: number): void {
    expect(STATUSES, 'status ' + answer.status + ' ' + JSON.stringify(answer.body)).toContain(answer.status)
    if (answer.status === 400) {
        expect(typeof answer.body.error).toBe('string')
        expect(typeof answer.body.message).toBe('string')
    }
    const rows = fakeInstance.rows('x_rhacs_snow_delivery')
    expect(rows.length).toBe(rowsBefore + 1)
    const row = rows[rows.length - 1]
    // Nothing lost: the raw body whole on the row, or whole in an attachment of the row.
    const attached = fakeInstance.attachments.find((a) => a.sysId === row.sys_id)
    expect(row.raw_body === raw || attached?.content === raw).toBe(true)
    expect(stringsIn(answer.body).filter(hasCodeTag)).toEqual([])
    const leaks = everythingStored().filter((s) => hasCodeTag(s.value))
    expect(leaks.map((s) => s.where)).toEqual([])
    expect(overLong()).toEqual([])
    for (const l of fakeInstance.logs) expect(l.message).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
    for (const r of fakeInstance.rows('incident')) expect(r.correlation_id ?? '').not.toMatch(/[,^]/)
    for (const r of rows) expect((r.dedup_key ?? '') + (r.claim ?? '')).not.toMatch(/[,^]/)
    for (const r of fakeInstance.rows('x_rhacs_snow_problem')) expect(r.key).not.toMatch(/[,^]/)
    expect(fakeInstance.takeViolations()).toEqual([])
}

/** Everything the app owns on the instance but the deliveries table (which grows by one per POST). */
function instanceState(): string {
    return JSON.stringify({ incident: fakeInstance.rows('incident'), problems: fakeInstance.rows('x_rhacs_snow_problem'), journal: fakeInstance.journal })
}

/** The problem an alert body is about, read as the handler reads it. */
function identityOf(raw: string): string | null {
    const m = classifyMessage(raw)
    if (m.kind !== 'alert') return null
    const f = readAlertFacts(m.alert, testDigest)
    return JSON.stringify([f.policyId || f.policyName, f.clusterName, f.namespace, f.entity.kind, f.entity.type, f.entity.name])
}

beforeEach(() => resetInstance({ [PROPERTY.stormPolicyBudget]: '100000', [PROPERTY.stormGlobalBudget]: '100000' }))

describe('fuzz: mutated fixtures and hostile text keep every invariant', TIMEOUT, () => {
    it('any mutation of any fixture: a documented status, one row with the body, no tag, no over-long field, no exception; a replay changes nothing', () => {
        fc.assert(
            fc.property(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (fixture, mutations, debug) => {
                // With debug on, payload text reaches log lines too.
                resetInstance({ [PROPERTY.stormPolicyBudget]: '100000', [PROPERTY.stormGlobalBudget]: '100000', [PROPERTY.debug]: String(debug) })
                const raw = mutate(fixture, mutations)
                checkDelivery(raw, deliver(raw), 0)
                const before = instanceState()
                const again = deliver(raw)
                checkDelivery(raw, again, 1)
                // An alert replayed changes nothing (the Test button is no alert: each press is noted).
                if (again.status !== 400 && again.body.outcome !== 'created' && again.body.acknowledged !== true) expect(instanceState()).toBe(before)
            }),
            { numRuns: runs(250) },
        )
    })

    it('hostile strings in every string field of the exec alert', () => {
        const exec = FIXTURES.find((f) => JSON.stringify(f).includes('Exec into Pod'))!
        const stringPlaces = places(exec).filter((p) => typeof (p.parent as { [k: string]: Json })[p.key as string] === 'string').length
        fc.assert(
            fc.property(fc.array(fc.tuple(fc.nat(stringPlaces - 1), hostileString), { minLength: 1, maxLength: 6 }), (edits) => {
                resetInstance()
                const body = JSON.parse(JSON.stringify(exec)) as Json
                const targets = places(body).filter((p) => typeof (p.parent as { [k: string]: Json })[p.key as string] === 'string')
                for (const [i, s] of edits) setAt(targets[i].parent, targets[i].key, s)
                const raw = JSON.stringify(body)
                checkDelivery(raw, deliver(raw), 0)
            }),
            { numRuns: runs(250) },
        )
    })

    it('bodies that are no alert at all: not JSON, cut short, hostile keys only; a precise 400 or an acknowledgement, never a tag in the answer', () => {
        const notJson: fc.Arbitrary<string> = fc.oneof(
            hostileString,
            fc.tuple(fc.constantFrom(...FIXTURES), fc.nat()).map(([f, n]) => {
                const text = JSON.stringify(f)
                return text.slice(0, n % text.length)
            }),
            fc.dictionary(hostileString, anyJson, { maxKeys: 6 }).map((o) => JSON.stringify(o)),
            fc.tuple(fc.constantFrom(...HOSTILE_PIECES), hostileString).map(([a, b]) => a + '{"alert": ' + b),
        )
        fc.assert(
            fc.property(notJson, fc.boolean(), (raw, debug) => {
                resetInstance({ [PROPERTY.debug]: String(debug) })
                checkDelivery(raw, deliver(raw), 0)
            }),
            { numRuns: runs(250) },
        )
    })

    it('two different problems never share an Incident', () => {
        fc.assert(
            fc.property(fc.constantFrom(...FIXTURES), fc.array(mutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 3 }), (fixture, ma, mb) => {
                resetInstance({ [PROPERTY.stormPolicyBudget]: '100000', [PROPERTY.stormGlobalBudget]: '100000' })
                const a = mutate(fixture, ma)
                const b = mutate(fixture, mb)
                const ia = identityOf(a)
                const ib = identityOf(b)
                const ra = deliver(a)
                const rb = deliver(b)
                if (ia !== null && ib !== null && ia !== ib && ra.status < 300 && rb.status < 300 && ra.body.number && rb.body.number) {
                    expect(ra.body.number).not.toBe(rb.body.number)
                }
            }),
            { numRuns: runs(250) },
        )
    })
})

// ---- The sequence model: the dedup rules as documented (docs/dedup-and-storm.md), in a few lines ----

type Step = { kind: 'send'; alert: number } | { kind: 'replay'; alert: number } | { kind: 'older'; alert: number; back: number } | { kind: 'close'; workload: number }

const WORKLOADS = 3
const ALERTS = 6

function alertBody(alert: number, version: number): string {
    const workload = alert % WORKLOADS
    // Version v carries v violations, the newest first, each a second later.
    const violations = Array.from({ length: version }, (_, i) => {
        const k = version - 1 - i
        return { message: 'exec #' + k + ' of alert ' + alert, time: '2026-02-12T10:00:' + String(10 + k).padStart(2, '0') + 'Z' }
    })
    return JSON.stringify({
        alert: {
            id: 'alert-' + alert,
            policy: { id: 'p', name: 'Exec', severity: 'HIGH_SEVERITY' },
            lifecycleStage: 'RUNTIME',
            clusterName: 'c',
            namespace: 'ns',
            deployment: { name: 'app-' + workload, type: 'Deployment' },
            violations,
            time: violations[0].time,
        },
    })
}

interface ModelIncident {
    open: boolean
    /** alert -> latest version applied to this Incident */
    applied: Map<number, number>
}

describe('sequence model: random streams follow the documented dedup rules', TIMEOUT, () => {
    it('re-sends, replays, older versions and closures give the outcomes the rules say', () => {
        const step: fc.Arbitrary<Step> = fc.oneof(
            { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), alert: fc.nat(ALERTS - 1) }) },
            { weight: 2, arbitrary: fc.record({ kind: fc.constant('replay' as const), alert: fc.nat(ALERTS - 1) }) },
            { weight: 2, arbitrary: fc.record({ kind: fc.constant('older' as const), alert: fc.nat(ALERTS - 1), back: fc.integer({ min: 1, max: 5 }) }) },
            { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), workload: fc.nat(WORKLOADS - 1) }) },
        )
        fc.assert(
            fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
                resetInstance({ [PROPERTY.stormPolicyBudget]: '100000', [PROPERTY.stormGlobalBudget]: '100000' })
                const sent = new Array<number>(ALERTS).fill(0)
                const current = new Map<number, { model: ModelIncident; number: string }>()
                let created = 0
                for (const s of steps) {
                    if (s.kind === 'close') {
                        const c = current.get(s.workload)
                        if (c && c.model.open) {
                            const row = fakeInstance.rows('incident').find((r) => r.number === c.number)!
                            row.state = '7'
                            row.active = '0'
                            c.model.open = false
                        }
                        continue
                    }
                    let version: number
                    if (s.kind === 'send') version = ++sent[s.alert]
                    else if (s.kind === 'replay') version = sent[s.alert]
                    else version = sent[s.alert] - s.back
                    if (version < 1) continue
                    const workload = s.alert % WORKLOADS
                    const c = current.get(workload)
                    const known = c ? c.model.applied.get(s.alert) : undefined
                    let expected: string
                    if (c === undefined) expected = 'created'
                    else if (known !== undefined && version < known) expected = 'stale'
                    else if (known !== undefined && version === known) expected = 'duplicate'
                    else expected = c.model.open ? 'updated' : 'created'
                    const answer = deliver(alertBody(s.alert, version))
                    expect(answer.body.outcome, JSON.stringify({ step: s, version })).toBe(expected)
                    if (expected === 'created') {
                        created++
                        current.set(workload, { model: { open: true, applied: new Map([[s.alert, version]]) }, number: String(answer.body.number) })
                    } else if (expected === 'updated') {
                        c!.model.applied.set(s.alert, version)
                        expect(answer.body.number).toBe(c!.number)
                    }
                }
                expect(fakeInstance.rows('incident')).toHaveLength(created)
            }),
            { numRuns: runs(150) },
        )
    })
})
