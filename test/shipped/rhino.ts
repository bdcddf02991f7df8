// The shipped modules under Mozilla Rhino 1.7.14 (Debian's `rhino`). Rhino cannot parse the
// SDK's ES2022 output, so each module is lowered to ES5 + CommonJS by TypeScript: syntax only,
// built-ins untouched, so Rhino's own Date, String, Array, JSON, RegExp… answer. The Glide fake and
// runtime.ts are lowered the same way. One Rhino process runs a recorded list of Engine calls
// (CallRecorder) and prints every result; CallReplayer then plays them back through the same
// suite code the Node engines use.

import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CallResult, type EngineCall, type ShippedEngine, type ShippedIncident } from './runtime'
import { isCode, ROOT, toCommonJs, type Shipment } from './shipment'
import type { ItemAware } from './suite'
import type { SeedRows } from '../support/scenario-engine'

export const RHINO_MISSING = "rhino is not installed: install Debian's rhino (apt-get install -y rhino); .ci/run does"

/** `rhino` on PATH, or a failure that says how to get it. Never a silent skip. */
export function requireRhino(): void {
    const r = spawnSync('sh', ['-c', 'command -v rhino'], { encoding: 'utf8' })
    if (r.status !== 0 || r.stdout.trim() === '') throw new Error(RHINO_MISSING)
}

/** Records the Engine calls a suite makes, answering with placeholders (nothing runs). */
export class CallRecorder implements ShippedEngine, ItemAware {
    calls: EngineCall[] = []
    bodies: string[] = []
    starts: { [key: string]: number } = {}
    private delivered = 0

    beginItem(key: string) {
        this.starts[key] = this.calls.length
    }
    reset(properties: { [name: string]: string }) {
        this.delivered = 0
        this.calls.push({ op: 'reset', properties })
    }
    seed(rows: SeedRows) {
        this.calls.push({ op: 'seed', rows })
    }
    advance(ms: number) {
        this.calls.push({ op: 'advance', ms })
    }
    refuseInserts(table: string, count: number) {
        this.calls.push({ op: 'refuseInserts', table, count })
    }
    closeIncident(sysId: string) {
        const m = /^@delivery:(\d+)$/.exec(sysId)
        if (!m) throw new Error('CallRecorder: closeIncident of ' + sysId + ', not of a delivery')
        this.calls.push({ op: 'closeIncident', ofDelivery: Number(m[1]) })
    }
    deliver(rawBody: string) {
        let i = this.bodies.indexOf(rawBody)
        if (i < 0) i = this.bodies.push(rawBody) - 1
        this.calls.push({ op: 'deliver', body: i })
        return { status: 0, body: { sys_id: '@delivery:' + this.delivered++ } }
    }
    health() {
        this.calls.push({ op: 'health' })
        return { status: 0, body: {} }
    }
    incidents(): ShippedIncident[] {
        this.calls.push({ op: 'incidents' })
        return []
    }
    deliveryRowCount() {
        this.calls.push({ op: 'deliveryRowCount' })
        return 0
    }
    warnings() {
        this.calls.push({ op: 'warnings' })
        return []
    }
    errors() {
        this.calls.push({ op: 'errors' })
        return []
    }
    notes() {
        this.calls.push({ op: 'notes' })
        return []
    }
    violations() {
        this.calls.push({ op: 'violations' })
        return []
    }
    snapshot() {
        this.calls.push({ op: 'snapshot' })
        return { incident: [], deliveries: [], problems: [], journal: {} }
    }
}

/** Plays back what Rhino answered, call by call, in the order the recorder saw. */
export class CallReplayer implements ShippedEngine, ItemAware {
    private at = 0
    constructor(
        private recorder: CallRecorder,
        private results: CallResult[],
    ) {}

    beginItem(key: string) {
        this.at = this.recorder.starts[key]
    }
    private next(op: EngineCall['op']): any {
        const call = this.recorder.calls[this.at]
        const result = this.results[this.at]
        this.at += 1
        if (!call || call.op !== op) throw new Error('CallReplayer: ' + op + ' where the recorded run had ' + (call ? call.op : 'nothing'))
        if ('threw' in result) throw new Error('under Rhino, ' + op + ' threw: ' + result.threw)
        return result.value
    }
    reset() {
        this.next('reset')
    }
    seed() {
        this.next('seed')
    }
    advance() {
        this.next('advance')
    }
    refuseInserts() {
        this.next('refuseInserts')
    }
    closeIncident() {
        this.next('closeIncident')
    }
    deliver() {
        return this.next('deliver')
    }
    health() {
        return this.next('health')
    }
    incidents() {
        return this.next('incidents')
    }
    deliveryRowCount() {
        return this.next('deliveryRowCount')
    }
    warnings() {
        return this.next('warnings')
    }
    errors() {
        return this.next('errors')
    }
    notes() {
        return this.next('notes')
    }
    violations() {
        return this.next('violations')
    }
    snapshot() {
        return this.next('snapshot')
    }
}

export interface RhinoRun {
    results: CallResult[]
    /** Declared shims (runtime.ts installDeclaredShims): installed because Rhino lacks them, or already present. */
    shims: { installed: string[]; present: string[] }
    /** The declared shims the app code actually called. */
    shimUses: string[]
    ms: number
}

function lowerHarnessFile(rel: string): string {
    return toCommonJs(readFileSync(join(ROOT, rel), 'utf8'), rel, 'es5', 'ts')
}

/** The harness's own files that run inside Rhino: the runtime and the Glide fake, one file per class. */
export function harnessFiles(): string[] {
    const fake = readdirSync(join(ROOT, 'tools/glide-fake'))
        .filter((f) => f.endsWith('.ts'))
        .sort()
        .map((f) => 'tools/glide-fake/' + f)
    return ['test/shipped/runtime.ts', ...fake]
}

/** Writes the bundle for a shipment: one file per module (so Rhino's messages name the module). */
export function writeRhinoBundle(shipment: Shipment, calls: EngineCall[], bodies: string[], dir: string, driver: string = ''): string {
    const files: string[] = []
    const put = (name: string, text: string) => {
        writeFileSync(join(dir, name), text)
        files.push(join(dir, name))
    }
    // Harness libraries are named by their path without extension and required relative to it.
    harnessFiles().forEach((rel, i) => {
        const name = rel.replace(/\.ts$/, '')
        put('h' + String(i).padStart(2, '0') + '-' + rel.replace(/^.*\//, '') + '.js', '__lib(' + JSON.stringify(name) + ', function (require, module, exports) {\n' + lowerHarnessFile(rel) + '\n});\n')
    })
    shipment.modules.forEach((m, i) => {
        if (!isCode(m.path)) return
        const name = 'm' + String(i).padStart(2, '0') + '-' + m.path.replace(/^.*\//, '') + '.js'
        put(name, '__define(' + JSON.stringify(m.path) + ', function (require, module, exports, Date) {\n' + toCommonJs(m.content, m.path, 'es5') + '\n});\n')
    })
    const entryName = shipment.entry.name + ' (' + shipment.entry.file + ')'
    put('entry.js', '__entry = function (require, request, response) {\n' + toCommonJs(shipment.entry.script, shipment.entry.file, 'es5') + '\n};\n')
    const healthName = shipment.health.name + ' (' + shipment.health.file + ')'
    put('health.js', '__health = function (require, request, response) {\n' + toCommonJs(shipment.health.script, shipment.health.file, 'es5') + '\n};\n')
    writeFileSync(join(dir, 'input.json'), JSON.stringify({ calls, bodies }))
    const main = [
        '// Generated by test/shipped/rhino.ts: the shipped modules, lowered to ES5, on the Glide fake.',
        'var __factories = {}, __libDefs = {}, __libs = {}, __entry = null, __health = null;',
        'function __define(path, factory) { __factories[path] = factory; }',
        'function __lib(name, body) { __libDefs[name] = body; }',
        'function __resolveLib(from, specifier) {',
        "  if (specifier.charAt(0) !== '.') throw new Error('harness library ' + from + ' cannot require ' + specifier);",
        "  var parts = from.split('/'); parts.pop();",
        "  var rel = specifier.replace(/\\.ts$/, '').split('/');",
        "  for (var i = 0; i < rel.length; i++) { if (rel[i] === '..') parts.pop(); else if (rel[i] !== '.') parts.push(rel[i]); }",
        "  return parts.join('/');",
        '}',
        'function __require(name) {',
        '  if (__libs[name]) return __libs[name].exports;',
        "  if (!__libDefs[name]) throw new Error('no harness library ' + name);",
        '  var module = { exports: {} };',
        '  __libs[name] = module;',
        '  __libDefs[name](function (s) { return __require(__resolveLib(name, s)); }, module, module.exports);',
        '  return module.exports;',
        '}',
        'var __shimUses = [];',
        ...files.map((f) => 'load(' + JSON.stringify(f) + ');'),
        "var __runtime = __require('test/shipped/runtime');",
        'var __shims = __runtime.installDeclaredShims(this, __shimUses);',
        "var __glide = __require('tools/glide-fake/index');",
        // GlideDigest on Java's own SHA-256 over the string's UTF-8 bytes, as the platform's is.
        '__glide.setDigestBackend(function (text) {',
        "  var bytes = new java.lang.String(text).getBytes('UTF-8');",
        "  var d = java.security.MessageDigest.getInstance('SHA-256').digest(bytes);",
        "  var out = '';",
        "  for (var i = 0; i < d.length; i++) out += ('0' + ((d[i] + 256) % 256).toString(16)).slice(-2);",
        '  return out.toUpperCase();',
        '});',
        'var __input = JSON.parse(readFile(' + JSON.stringify(join(dir, 'input.json')) + ", 'UTF-8'));",
        'var __engine = __runtime.createShippedEngine(__factories, __entry, ' + JSON.stringify(entryName) + ', __glide, Date, { script: __health, name: ' + JSON.stringify(healthName) + ' });',
        // A driver (the benchmark) replaces the recorded calls; it sets __results itself.
        driver !== '' ? driver : 'var __results = __runtime.runCalls(__engine, __input.calls, __input.bodies);',
        '// ASCII only on stdout, whatever the JVM default charset.',
        'print(JSON.stringify({ results: __results, shims: __shims, shimUses: __shimUses }).replace(/[\\u007f-\\uffff]/g, function (c) {',
        "  return '\\\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4);",
        '}));',
    ].join('\n')
    writeFileSync(join(dir, 'main.js'), main + '\n')
    return join(dir, 'main.js')
}

/** Runs the recorded calls against the shipment inside Rhino (language version 200 = ES6 built-ins). */
export function runInRhino(shipment: Shipment, calls: EngineCall[], bodies: string[], options: { driver?: string; opt?: string } = {}): RhinoRun {
    requireRhino()
    const dir = mkdtempSync(join(tmpdir(), 'rhacs-rhino-'))
    try {
        const main = writeRhinoBundle(shipment, calls, bodies, dir, options.driver ?? '')
        const started = Date.now()
        // -opt -1: interpreted (the default here); compiled mode adds class generation time and a 64K method limit.
        const opt = options.opt ?? '-1'
        const r = spawnSync('rhino', ['-version', '200', '-opt', opt, '-encoding', 'UTF-8', main], {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            timeout: 600000,
        })
        const ms = Date.now() - started
        if (r.error) throw new Error('rhino could not run: ' + String(r.error))
        const lastLine = r.stdout.trim().split('\n').pop() ?? ''
        if (r.status !== 0 || !lastLine.startsWith('{')) {
            throw new Error('rhino failed (exit ' + r.status + '):\n' + (r.stderr + '\n' + r.stdout).trim().slice(0, 4000))
        }
        const out = JSON.parse(lastLine) as Omit<RhinoRun, 'ms'>
        return { ...out, ms }
    } finally {
        if (!process.env.KEEP_RHINO_BUNDLE) rmSync(dir, { recursive: true, force: true })
        else console.log('rhino bundle kept in ' + dir)
    }
}
