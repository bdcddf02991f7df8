// The instance side of the shipped-code harness: a module system over sys_module records, the
// REST entry point, and an Engine (test/support/scenario-engine.ts) on top of the Glide fake.
// It runs twice: under Node on the modules as built (shipped-modules.test.ts), and lowered to
// ES5 inside Mozilla Rhino (rhino.test.ts). So: no Node APIs, no imports except types, nothing
// a Rhino 1.7.14 shell lacks (test/shipped/rhino.ts checks that by running it).

import type { Engine, IncidentSnapshot, SeedRows } from '../support/scenario-engine'

/** A module's code wrapped as a function, as the instance evaluates a sys_module. `Date` is a
 *  parameter so the harness can watch date-string parsing in app code (see probeDate). */
export type ModuleFactory = (require: (specifier: string) => unknown, module: { exports: any }, exports: any, Date: DateConstructor) => void

/** The REST operation script, `(require, request, response)`. */
export type EntryScript = (require: (specifier: string) => unknown, request: unknown, response: unknown) => void

export interface ShippedIncident extends IncidentSnapshot {
    occurrences: number
}

/** Everything the app wrote: its tables and the journal, row by row, as stored. */
export interface StoredState {
    incident: Array<{ [column: string]: string }>
    deliveries: Array<{ [column: string]: string }>
    problems: Array<{ [column: string]: string }>
    journal: { [sysId: string]: Array<{ element: string; value: string; created: string }> }
}

export interface ShippedEngine extends Engine {
    /** GET /health through its REST operation script (the health document, serialised as the framework would). */
    health(): { status: number; body: { [key: string]: unknown } }
    /** The whole stored state, so two engines can be compared byte for byte. */
    snapshot(): StoredState
    incidents(): ShippedIncident[]
    /** Error-level log lines (an unexpected exception in the handler becomes a 500 and one of these). */
    errors(): string[]
    /** Findings about engine-sensitive behaviour of shipped code (date-string parsing, …). */
    notes(): string[]
}

const GLIDE = /^@servicenow\/glide(\/.*)?$/

function has(o: object, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(o, key)
}

function dirname(path: string): string {
    const i = path.lastIndexOf('/')
    return i < 0 ? '' : path.slice(0, i)
}

function normalize(path: string): string {
    const out: string[] = []
    for (const part of path.split('/')) {
        if (part === '' || part === '.') continue
        if (part === '..') {
            if (out.length === 0) return '../' + path
            out.pop()
        } else out.push(part)
    }
    return out.join('/')
}

export type Resolution = { kind: 'module'; path: string } | { kind: 'glide' } | { kind: 'missing'; message: string }

/**
 * How the instance resolves an import in a sys_module: `@servicenow/glide` (and its subpaths) are
 * the platform's own APIs; a relative specifier is taken against the importing module's path
 * exactly as written: the instance adds no extension and looks up no index file (ServiceNow's
 * JavaScript modules page: an import from one TypeScript file to another must include the `.ts`
 * extension); a full module path (what the generated scripts require) names itself. Nothing else
 * exists on the instance.
 */
export function resolveSpecifier(from: string, specifier: string, shipped: (path: string) => boolean): Resolution {
    if (GLIDE.test(specifier)) return { kind: 'glide' }
    const relative = specifier.slice(0, 2) === './' || specifier.slice(0, 3) === '../'
    const path = relative ? normalize(dirname(from) + '/' + specifier) : specifier
    if (shipped(path)) return { kind: 'module', path }
    if (!relative) {
        return {
            kind: 'missing',
            message:
                from + " imports '" + specifier + "', which is not shipped: no sys_module has that path, and a bare " +
                'specifier other than @servicenow/glide does not resolve on the instance',
        }
    }
    const hint = /\.(ts|js)$/.test(path) ? '' : ' (the instance adds no extension: name the file, e.g. \'' + specifier + ".ts')"
    return { kind: 'missing', message: from + " imports '" + specifier + "', which is not shipped: no sys_module at " + path + hint }
}

/**
 * A Date constructor that behaves exactly like `RealDate` but records every date-string parse
 * (`new Date(string)`, `Date(string)`, `Date.parse`) made by shipped code: the instance's engine
 * parses date strings differently from V8 (see docs/engine-compatibility.md), so app code must
 * not do it. Not a polyfill: results are the engine's own.
 */
export function probeDate(RealDate: DateConstructor, where: string, notes: string[]): DateConstructor {
    const R: any = RealDate
    function note(call: string, text: string, ms: number): void {
        const line =
            where + ': ' + call + '(' + JSON.stringify(text) + ') parses a date string, which the instance parses ' +
            'differently (use rhacs-time.ts or GlideDateTime); this engine gives ' +
            (isNaN(ms) ? 'Invalid Date (NaN)' : new R(ms).toISOString())
        if (notes.indexOf(line) < 0) notes.push(line)
    }
    const Probe: any = function (this: unknown, a?: any, b?: any, c?: any, d?: any, e?: any, f?: any, g?: any) {
        const n = arguments.length
        if (!(this instanceof Probe)) return R()
        let date: any
        if (n === 0) date = new R()
        else if (n === 1) date = new R(a)
        else if (n === 2) date = new R(a, b)
        else if (n === 3) date = new R(a, b, c)
        else if (n === 4) date = new R(a, b, c, d)
        else if (n === 5) date = new R(a, b, c, d, e)
        else if (n === 6) date = new R(a, b, c, d, e, f)
        else date = new R(a, b, c, d, e, f, g)
        if (n === 1 && typeof a === 'string') note('new Date', a, date.getTime())
        return date
    }
    Probe.prototype = R.prototype
    Probe.UTC = R.UTC
    Probe.now = R.now
    Probe.parse = function (text: string): number {
        const ms = R.parse(text)
        note('Date.parse', String(text), ms)
        return ms
    }
    return Probe as DateConstructor
}

/**
 * One REST transaction's module system: every module evaluated at most once, on first require,
 * wired by resolveSpecifier. An unresolvable import throws, naming importer and specifier.
 * `platform` carries what the instance's own (Java) loader keeps between transactions: resolved
 * specifiers and each module's Date probe, so the benchmark does not charge harness JavaScript to
 * the app. Module code still runs afresh in every transaction.
 */
export function createRequire(
    factories: { [path: string]: ModuleFactory },
    glide: unknown,
    notes: string[],
    RealDate: DateConstructor,
    platform: { resolved: { [key: string]: Resolution }; probes: { [path: string]: DateConstructor } } = { resolved: {}, probes: {} },
) {
    const cache: { [path: string]: { exports: any } } = {}
    const shipped = (path: string) => has(factories, path)
    function load(path: string): unknown {
        if (has(cache, path)) return cache[path].exports
        const module = { exports: {} as any }
        cache[path] = module
        if (!has(platform.probes, path)) platform.probes[path] = probeDate(RealDate, path, notes)
        factories[path](requireFrom(path), module, module.exports, platform.probes[path])
        return module.exports
    }
    function requireFrom(from: string) {
        return function (specifier: string): unknown {
            const key = from + '\n' + specifier
            if (!has(platform.resolved, key)) platform.resolved[key] = resolveSpecifier(from, specifier, shipped)
            const r = platform.resolved[key]
            if (r.kind === 'missing') throw new Error(r.message)
            if (r.kind === 'glide') return glide
            return load(r.path)
        }
    }
    return requireFrom
}

/**
 * The Engine on shipped code. Each delivery is one REST transaction: fresh module instances (no
 * state carried in module scope between requests), the operation script run with
 * `request.body.dataString` in and `response.setStatus/setBody/setContentType` out, the body
 * serialised as JSON the way the framework would.
 */
export function createShippedEngine(
    factories: { [path: string]: ModuleFactory },
    entry: EntryScript,
    entryName: string,
    glide: any,
    RealDate: DateConstructor,
    healthEntry: { script: EntryScript; name: string } | null = null,
): ShippedEngine {
    const fake = glide.fakeInstance
    // One array for the engine's life (the Date probes hold it); reset empties it.
    const notes: string[] = []
    const platform = { resolved: {} as { [key: string]: Resolution }, probes: {} as { [path: string]: DateConstructor } }
    const num = (v: string | undefined) => Number(v === undefined ? '' : v) || 0
    const text = (v: string | undefined) => (v === undefined ? '' : v)
    return {
        reset(properties) {
            fake.reset()
            const copy: { [name: string]: string } = {}
            for (const k of Object.keys(properties)) copy[k] = properties[k]
            fake.properties = copy
            notes.length = 0
        },
        seed(rows) {
            for (const table of Object.keys(rows)) fake.seed(table, rows[table])
        },
        advance: (ms) => fake.advance(ms),
        refuseInserts(table, count) {
            fake.refuseInserts[table] = count
        },
        closeIncident(sysId) {
            const row = fake.rows('incident').filter((r: any) => r.sys_id === sysId)[0]
            if (!row) throw new Error('no Incident ' + sysId)
            row.state = '7'
            row.active = '0'
        },
        health() {
            if (healthEntry === null) throw new Error('this shipment has no health operation script')
            let status = 0
            let body: unknown = null
            const request = { body: null, headers: {}, queryParams: {}, pathParams: {} }
            const response = {
                setStatus(code: number) {
                    status = code
                },
                setBody(b: unknown) {
                    body = b
                },
                setContentType(_type: string) {},
                setHeader(_n: string, _v: string) {},
            }
            const requireFrom = createRequire(factories, glide, notes, RealDate, platform)
            healthEntry.script(requireFrom(healthEntry.name), request, response)
            return { status, body: JSON.parse(JSON.stringify(body)) }
        },
        deliver(rawBody) {
            let status = 0
            let body: unknown = null
            const request = { body: { dataString: rawBody }, headers: {}, queryParams: {}, pathParams: {} }
            const response = {
                setStatus(code: number) {
                    status = code
                },
                setBody(b: unknown) {
                    body = b
                },
                setContentType(_type: string) {},
                setHeader(_n: string, _v: string) {},
            }
            const requireFrom = createRequire(factories, glide, notes, RealDate, platform)
            entry(requireFrom(entryName), request, response)
            return { status, body: JSON.parse(JSON.stringify(body)) }
        },
        incidents() {
            const all = fake.rows('incident')
            const numberOf = (sysId: string | undefined) => {
                const r = all.filter((x: any) => x.sys_id === sysId)[0]
                return r ? text(r.number) : ''
            }
            return all.map((row: any) => ({
                sys_id: row.sys_id,
                number: row.number,
                short_description: text(row.short_description),
                description: text(row.description),
                urgency: num(row.urgency),
                impact: num(row.impact),
                priority: num(row.priority),
                state: num(row.state),
                correlation_id: text(row.correlation_id),
                previous_incident: numberOf(row.x_rhacs_snow_previous_incident),
                work_notes: fake.workNotes(row.sys_id),
                occurrences: num(row.x_rhacs_snow_occurrences),
                assignment_group: text(row.assignment_group),
                category: text(row.category),
                cmdb_ci: text(row.cmdb_ci),
            }))
        },
        deliveryRowCount: () => fake.rows('x_rhacs_snow_delivery').length,
        warnings: () => fake.logs.filter((l: any) => l.level === 'warn').map((l: any) => l.message),
        violations: () => fake.takeViolations(),
        snapshot() {
            const copy = (table: string) => fake.rows(table).map((r: { [c: string]: string }) => {
                const out: { [c: string]: string } = {}
                for (const k of Object.keys(r).sort()) out[k] = r[k]
                return out
            })
            return { incident: copy('incident'), deliveries: copy('x_rhacs_snow_delivery'), problems: copy('x_rhacs_snow_problem'), journal: JSON.parse(JSON.stringify(fake.journal)) }
        },
        errors: () => fake.logs.filter((l: any) => l.level === 'error').map((l: any) => l.message),
        notes: () => notes.slice(),
    }
}

// ---- Running an engine from a recorded call list (how the Rhino process is driven) ----

export type EngineCall =
    | { op: 'reset'; properties: { [name: string]: string } }
    | { op: 'seed'; rows: SeedRows }
    | { op: 'advance'; ms: number }
    | { op: 'refuseInserts'; table: string; count: number }
    /** `sysId` names the Incident of the n-th delivery since the last reset, resolved when run. */
    | { op: 'closeIncident'; ofDelivery: number }
    | { op: 'deliver'; body: number }
    | { op: 'health' }
    | { op: 'incidents' | 'deliveryRowCount' | 'warnings' | 'errors' | 'notes' | 'violations' | 'snapshot' }

export type CallResult = { value: unknown } | { threw: string }

export function runCalls(engine: ShippedEngine, calls: EngineCall[], bodies: string[]): CallResult[] {
    const out: CallResult[] = []
    let answers: Array<{ body: { [key: string]: unknown } }> = []
    for (const c of calls) {
        try {
            let value: unknown
            switch (c.op) {
                case 'reset':
                    answers = []
                    value = engine.reset(c.properties)
                    break
                case 'seed':
                    value = engine.seed(c.rows)
                    break
                case 'advance':
                    value = engine.advance(c.ms)
                    break
                case 'refuseInserts':
                    value = engine.refuseInserts(c.table, c.count)
                    break
                case 'closeIncident':
                    value = engine.closeIncident(String(answers[c.ofDelivery] ? answers[c.ofDelivery].body.sys_id : ''))
                    break
                case 'deliver': {
                    const a = engine.deliver(bodies[c.body])
                    answers.push(a)
                    value = a
                    break
                }
                case 'health':
                    value = engine.health()
                    break
                default:
                    value = engine[c.op]()
            }
            out.push({ value: value === undefined ? null : value })
        } catch (e) {
            const err = e as { message?: string; stack?: string }
            out.push({ threw: String(err && err.message ? err.message : e) + (err && err.stack ? '\n' + err.stack : '') })
        }
    }
    return out
}

// ---- Built-ins the instance has (docs/engine-compatibility.md) but Rhino 1.7.14 lacks ----

/**
 * Declared, not silent: each is listed in docs/engine-compatibility.md, installed only where the
 * engine lacks it, and every use by the run is reported (`shimUses`). Only built-ins the
 * instance's ES12 mode supports belong here; anything the instance lacks must stay missing.
 */
export function installDeclaredShims(global: any, uses: string[]): { installed: string[]; present: string[] } {
    const installed: string[] = []
    const present: string[] = []
    function used(name: string) {
        if (uses.indexOf(name) < 0) uses.push(name)
    }
    function define(owner: any, ownerName: string, name: string, fn: (...args: any[]) => unknown) {
        const full = ownerName + '.' + name
        if (typeof owner[name] === 'function') {
            present.push(full)
            return
        }
        installed.push(full)
        Object.defineProperty(owner, name, {
            value: function (this: unknown, ...args: any[]) {
                used(full)
                return fn.apply(this, args)
            },
            writable: true,
            configurable: true,
            enumerable: false,
        })
    }
    function flatten(list: any[], depth: number, into: any[]): any[] {
        for (let i = 0; i < list.length; i++) {
            if (!(i in list)) continue
            if (Array.isArray(list[i]) && depth > 0) flatten(list[i], depth - 1, into)
            else into.push(list[i])
        }
        return into
    }
    define(global.Array.prototype, 'Array.prototype', 'flat', function (this: any[], depth?: number) {
        return flatten(this, depth === undefined ? 1 : Number(depth), [])
    })
    define(global.Array.prototype, 'Array.prototype', 'flatMap', function (this: any[], fn: (v: any, i: number, a: any[]) => any, thisArg?: any) {
        const mapped: any[] = []
        for (let i = 0; i < this.length; i++) if (i in this) mapped.push(fn.call(thisArg, this[i], i, this))
        return flatten(mapped, 1, [])
    })
    define(global.String.prototype, 'String.prototype', 'replaceAll', function (this: string, pattern: any, replacement: any) {
        const s = String(this)
        if (pattern instanceof global.RegExp) {
            if (!pattern.global) throw new TypeError('replaceAll must be called with a global RegExp')
            return s.replace(pattern, replacement)
        }
        const p = String(pattern)
        if (p === '' || typeof replacement !== 'string' || replacement.indexOf('$') >= 0) {
            // Keep the shim small and exact: anything fancier fails loudly instead of guessing.
            throw new Error('harness shim String.prototype.replaceAll: only a non-empty string pattern with a plain string replacement is modelled')
        }
        return s.split(p).join(replacement)
    })
    return { installed, present }
}

// ---- Timing the shipped handler inside an engine (npm run bench, Rhino section) ----

export interface EngineTiming {
    body: number
    iterations: number
    /** Median milliseconds of one delivery through the REST entry point (instance reset outside). */
    handlerMs: number
    /** Median milliseconds of JSON.parse of the same body, in the same engine. */
    parseMs: number
    /** Median milliseconds the handler spent inside the Glide fake (test scaffolding). */
    fakeMs: number
    /** Median of (handler - fake) per sample: the app's own time. */
    appMs: number
    status: number
    outcome: string
}

function median(xs: number[]): number {
    const s = xs.slice().sort((a, b) => a - b)
    return s.length === 0 ? NaN : s[Math.floor(s.length / 2)]
}

/**
 * Counts the time spent inside the Glide fake: on the instance those calls are Java (and the
 * database), so "app time" excludes them. Every method of the fake's classes and of gs is wrapped;
 * only the outermost call is timed.
 */
export function timeTheFake(glide: any, clock: () => number): { spent: () => number; undo: () => void } {
    let spent = 0
    let depth = 0
    const undo: Array<() => void> = []
    function wrap(owner: any, name: string) {
        const original = owner[name]
        if (typeof original !== 'function' || name === 'constructor') return
        owner[name] = function (this: unknown, ...args: unknown[]) {
            depth += 1
            const t0 = depth === 1 ? clock() : 0
            try {
                return original.apply(this, args)
            } finally {
                if (depth === 1) spent += clock() - t0
                depth -= 1
            }
        }
        undo.push(() => {
            owner[name] = original
        })
    }
    const classes = ['GlideRecord', 'GlideAggregate', 'GlideSysAttachment', 'GlideDateTime', 'GlideDigest', 'GlideQueryCondition']
    for (const c of classes) {
        const proto = glide[c] && glide[c].prototype
        if (!proto) continue
        for (const name of Object.getOwnPropertyNames(proto)) wrap(proto, name)
    }
    for (const name of Object.keys(glide.gs)) wrap(glide.gs, name)
    return { spent: () => spent, undo: () => undo.forEach((u) => u()) }
}

/**
 * Paired, alternating samples of one first delivery (on a fresh fake instance) and of JSON.parse of
 * the same body; `clock` is the engine's own millisecond clock. Warm-up runs are discarded, so a JIT
 * (V8, or Rhino's compiled mode) has compiled both paths before anything is kept. The time spent
 * inside the Glide fake is measured apart: app time = handler - fake.
 */
export function timeDeliveries(engine: ShippedEngine, glide: any, bodies: string[], plan: Array<{ warmup: number; iterations: number }>, clock: () => number): EngineTiming[] {
    const out: EngineTiming[] = []
    for (let b = 0; b < bodies.length; b++) {
        const body = bodies[b]
        let last: { status: number; body: { [key: string]: unknown } } = { status: 0, body: {} }
        const fake = timeTheFake(glide, clock)
        let fakeAtStart = 0
        const one = () => {
            // The workload-class check recorded, as after an instance's first new Incident (routing).
            engine.reset({ 'x_rhacs_snow.routing.workload_ci_lookup': 'missing' })
            fakeAtStart = fake.spent()
            const t0 = clock()
            last = engine.deliver(body)
            return { ms: clock() - t0, fake: fake.spent() - fakeAtStart }
        }
        const parse = () => {
            const t0 = clock()
            const parsed = JSON.parse(body)
            const ms = clock() - t0
            if (parsed === null || typeof parsed !== 'object') throw new Error('the body did not parse to an object')
            return ms
        }
        for (let i = 0; i < plan[b].warmup; i++) {
            one()
            parse()
        }
        const handler: number[] = []
        const inFake: number[] = []
        const app: number[] = []
        const parsed: number[] = []
        for (let i = 0; i < plan[b].iterations; i++) {
            let h: { ms: number; fake: number }
            if (i % 2 === 0) {
                parsed.push(parse())
                h = one()
            } else {
                h = one()
                parsed.push(parse())
            }
            handler.push(h.ms)
            inFake.push(h.fake)
            app.push(h.ms - h.fake)
        }
        fake.undo()
        out.push({
            body: b,
            iterations: plan[b].iterations,
            handlerMs: median(handler),
            appMs: median(app),
            parseMs: median(parsed),
            fakeMs: median(inFake),
            status: last.status,
            outcome: String(last.body.outcome === undefined ? '' : last.body.outcome),
        })
    }
    return out
}
