// The handler suite on the shipped modules under Mozilla Rhino 1.7.14, lowered to ES5 (syntax
// only): Rhino's own built-ins answer, so engine differences V8 hides show up here. See
// docs/engine-compatibility.md for what this catches and what it cannot.

import { beforeAll, describe, expect, it } from 'vitest'
import { scenarioMismatches } from './support/scenario-engine'
import { SCENARIOS } from './support/scenarios'
import { HEALTH_SCENARIOS } from './support/health-scenarios'

const HEALTH_NAMES = HEALTH_SCENARIOS.map((s) => s.name)
import { nodeShippedEngine } from './shipped/node-engine'
import { CallRecorder, CallReplayer, runInRhino, type RhinoRun } from './shipped/rhino'
import { readShipment, withModule, type Shipment } from './shipped/shipment'
import { collectSuite, fixtureMismatches, FIXTURES, problemsOf, runFixture, type SuiteResults } from './shipped/suite'

/** Built-ins the instance has that Rhino 1.7.14 lacks, shimmed by the harness (declared in the docs). */
const DECLARED_SHIMS = ['Array.prototype.flat', 'Array.prototype.flatMap', 'String.prototype.replaceAll']

let shipment: Shipment
let run: RhinoRun
let results: SuiteResults
/** The same suite on the same shipped modules under Node (V8): the stored state must be byte-identical. */
let nodeResults: SuiteResults

beforeAll(() => {
    shipment = readShipment()
    const recorder = new CallRecorder()
    collectSuite(recorder)
    run = runInRhino(shipment, recorder.calls, recorder.bodies)
    results = collectSuite(new CallReplayer(recorder, run.results))
    nodeResults = collectSuite(nodeShippedEngine(shipment))
    console.log('rhino: ' + recorder.calls.length + ' engine calls in ' + run.ms + ' ms; declared shims used by the app: ' + (run.shimUses.join(', ') || 'none'))
}, 300000)

describe('Rhino 1.7.14 harness', () => {
    it('shims only what Rhino lacks and the instance has, and says which the app used', () => {
        expect(run.shims.installed).toEqual(DECLARED_SHIMS)
        expect(run.shims.present).toEqual([])
        // Recorded in docs/engine-compatibility.md; a new one must be added there.
        expect(run.shimUses.filter((u) => u !== 'Array.prototype.flatMap')).toEqual([])
    })
})

describe('handler scenarios (shipped modules, Rhino)', () => {
    for (const scenario of SCENARIOS) {
        it(scenario.name, () => {
            expect(problemsOf(results.scenarios[scenario.name], (r) => scenarioMismatches(scenario, r))).toEqual([])
        })
    }
})

describe('expected Incident per fixture (shipped modules, Rhino)', () => {
    for (const fixture of FIXTURES) {
        it(fixture, () => {
            expect(problemsOf(results.fixtures[fixture], (r) => fixtureMismatches(fixture, r))).toEqual([])
        })
    }
})

describe('Rhino and V8 store the same bytes', () => {
    const stored = (o: { stored: unknown } | { threw: string }) => ('stored' in o ? o.stored : o.threw)
    for (const scenario of SCENARIOS) {
        it('scenario: ' + scenario.name, () => {
            expect(stored(results.scenarios[scenario.name])).toEqual(stored(nodeResults.scenarios[scenario.name]))
        })
    }
    for (const fixture of FIXTURES) {
        it('fixture: ' + fixture, () => {
            expect(stored(results.fixtures[fixture])).toEqual(stored(nodeResults.fixtures[fixture]))
        })
    }
})

describe('GET /health under Rhino: the same document as under V8', () => {
    for (const name of HEALTH_NAMES) {
        it(name, () => {
            expect(problemsOf(results.health[name], () => [])).toEqual([])
            const rhino = results.health[name]
            const node = nodeResults.health[name]
            expect('ok' in rhino ? rhino.ok : rhino.threw).toEqual('ok' in node ? node.ok : node.threw)
        })
    }
})

describe('a broken build output is caught under Rhino', () => {
    const EXEC = '01-exec-into-pod.json'

    /** Runs one fixture on a changed shipment in Rhino: the answer, or what Rhino threw, and the notes. */
    function rhinoFixture(changed: Shipment) {
        const recorder = new CallRecorder()
        recorder.beginItem('one')
        runFixture(recorder, EXEC)
        recorder.notes()
        const r = runInRhino(changed, recorder.calls, recorder.bodies)
        const replay = new CallReplayer(recorder, r.results)
        replay.beginItem('one')
        try {
            const result = runFixture(replay, EXEC)
            return { result, notes: replay.notes() as string[], threw: '' }
        } catch (e) {
            return { result: null, notes: [], threw: String((e as Error).message) }
        }
    }

    it('an extensionless relative import does not resolve, and the failure names importer and specifier', () => {
        const broken = withModule(shipment, '/src/server/alert-facts.ts', (c) => c.replace("from './json-reading.ts'", "from './json-reading'"))
        const r = rhinoFixture(broken)
        expect(r.threw).toContain(shipment.prefix + "src/server/alert-facts.ts imports './json-reading', which is not shipped")
    }, 120000)

    it("new Date('yyyy-MM-dd HH:mm:ss') in a module is Invalid Date under Rhino", () => {
        const broken = withModule(shipment, '/src/server/rhacs-time.ts', (c) =>
            c.replace('export function toGlideDateTime(ms) {', "export function toGlideDateTime(ms) {\n    const probe = new Date('2024-05-01 10:00:00');"),
        )
        const r = rhinoFixture(broken)
        expect(r.threw).toBe('')
        expect(r.notes[0]).toContain(shipment.prefix + 'src/server/rhacs-time.ts: new Date("2024-05-01 10:00:00") parses a date string')
        expect(r.notes[0]).toContain('this engine gives Invalid Date (NaN)')
    }, 120000)
})
