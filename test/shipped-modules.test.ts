// The handler suite on what `now-sdk build` ships: the sys_module code in dist/app/update, wired
// as the instance wires it, entered through the REST operation script. `npm test` builds first.

import { beforeAll, describe, expect, it } from 'vitest'
import { scenarioMismatches } from './support/scenario-engine'
import { SCENARIOS } from './support/scenarios'
import { HEALTH_SCENARIOS, runHealthScenario } from './support/health-scenarios'
import { sourceEngine } from './support/source-engine'
import { nodeShippedEngine } from './shipped/node-engine'
import { resolveSpecifier } from './shipped/runtime'
import { isCode, packagingProblems, readShipment, serverSources, specifiersOf, withModule, withoutModule, type Shipment } from './shipped/shipment'
import { collectSuite, fixtureMismatches, FIXTURES, problemsOf, runFixture, type SuiteResults } from './shipped/suite'

let shipment: Shipment
let results: SuiteResults

beforeAll(() => {
    shipment = readShipment()
    results = collectSuite(nodeShippedEngine(shipment))
})

describe('packaging (dist/app/update)', () => {
    it('ships every src/server module, nothing from elsewhere, and every import resolves on the instance', () => {
        expect(packagingProblems(shipment)).toEqual([])
    })

    it('the REST operation runs the route module', () => {
        expect(shipment.entry.script).toContain("require('" + shipment.prefix + "src/server/alert-route.ts')")
        expect(shipment.health.script).toContain("require('" + shipment.prefix + "src/server/health-route.ts')")
        expect(serverSources().length).toBeGreaterThan(0)
    })
})

describe('GET /health (shipped modules, Node): the same document as the TypeScript source', () => {
    for (const scenario of HEALTH_SCENARIOS) {
        it(scenario.name, () => {
            const shipped = results.health[scenario.name]
            expect(problemsOf(shipped, () => [])).toEqual([])
            const source = runHealthScenario(sourceEngine, scenario)
            expect(sourceEngine.violations()).toEqual([])
            expect('ok' in shipped ? shipped.ok : null).toEqual(source)
            expect(source.status).toBe(200)
        })
    }
})

describe('handler scenarios (shipped modules, Node)', () => {
    for (const scenario of SCENARIOS) {
        it(scenario.name, () => {
            expect(problemsOf(results.scenarios[scenario.name], (r) => scenarioMismatches(scenario, r))).toEqual([])
        })
    }
})

describe('expected Incident per fixture (shipped modules, Node)', () => {
    for (const fixture of FIXTURES) {
        it(fixture, () => {
            expect(problemsOf(results.fixtures[fixture], (r) => fixtureMismatches(fixture, r))).toEqual([])
        })
    }
})

// The suite must fail, naming the cause, when the build output is broken. Each case breaks a
// copy of the real shipment and shows the check that catches it.
describe('a broken build output is caught', () => {
    const EXEC = '01-exec-into-pod.json'

    it('an import of a file that is not shipped', () => {
        const broken = withModule(shipment, '/src/server/alert-facts.ts', (c) => "import { helper } from './not-shipped.ts';\n" + c)
        expect(packagingProblems(broken)).toEqual([
            shipment.prefix + "src/server/alert-facts.ts imports './not-shipped.ts', which is not shipped: no sys_module at " + shipment.prefix + 'src/server/not-shipped.ts',
        ])
        expect(() => runFixture(nodeShippedEngine(broken), EXEC)).toThrow("src/server/alert-facts.ts imports './not-shipped.ts', which is not shipped")
    })

    it('an extensionless relative import: the instance adds no extension, so it does not resolve', () => {
        const broken = withModule(shipment, '/src/server/alert-route.ts', (c) => c.replace("from './delivery-handler.ts'", "from './delivery-handler'"))
        expect(broken.modules.find((m) => m.path.endsWith('/alert-route.ts'))!.content).toContain("from './delivery-handler'")
        const message =
            shipment.prefix + "src/server/alert-route.ts imports './delivery-handler', which is not shipped: no sys_module at " +
            shipment.prefix + "src/server/delivery-handler (the instance adds no extension: name the file, e.g. './delivery-handler.ts')"
        expect(packagingProblems(broken)).toEqual([message])
        expect(() => runFixture(nodeShippedEngine(broken), EXEC)).toThrow(message)
    })

    it('every relative import in the built modules names a file that exists in dist/', () => {
        const paths = new Set(shipment.modules.map((m) => m.path))
        let relative = 0
        for (const m of shipment.modules.filter((x) => isCode(x.path))) {
            for (const s of specifiersOf(m.content, m.path).filter((x) => x.startsWith('.'))) {
                relative++
                expect(s).toMatch(/\.ts$/)
                expect(resolveSpecifier(m.path, s, (p) => paths.has(p))).toEqual({ kind: 'module', path: expect.stringMatching(/\.ts$/) })
            }
        }
        expect(relative).toBeGreaterThan(30)
    })

    it('a missing module', () => {
        const broken = withoutModule(shipment, '/src/server/delivery-handler.ts')
        expect(packagingProblems(broken)).toContain('src/server/delivery-handler.ts is not shipped: no sys_module with path ' + shipment.prefix + 'src/server/delivery-handler.ts')
        expect(() => runFixture(nodeShippedEngine(broken), EXEC)).toThrow("src/server/alert-route.ts imports './delivery-handler.ts', which is not shipped")
    })

    it('an npm package the build did not bundle', () => {
        const broken = withModule(shipment, '/src/server/hashing.ts', (c) => "import leftPad from 'left-pad';\n" + c)
        expect(packagingProblems(broken).join('\n')).toContain("src/server/hashing.ts imports 'left-pad', which is not shipped")
    })

    it('a module from outside src/server', () => {
        const extra = { file: 'sys_module_extra.xml', path: shipment.prefix + 'tools/debug.ts', content: 'export const x = 1;\n' }
        expect(packagingProblems({ ...shipment, modules: [...shipment.modules, extra] })).toEqual([
            'sys_module_extra.xml ships ' + shipment.prefix + 'tools/debug.ts, which is outside src/server (only src/server is instance code)',
        ])
    })

    it("new Date('yyyy-MM-dd HH:mm:ss') in a module is reported, even though V8 parses it", () => {
        const broken = withModule(shipment, '/src/server/rhacs-time.ts', (c) =>
            c.replace('export function toGlideDateTime(ms) {', "export function toGlideDateTime(ms) {\n    const probe = new Date('2024-05-01 10:00:00');"),
        )
        expect(broken.modules.find((m) => m.path.endsWith('rhacs-time.ts'))!.content).toContain('const probe = new Date(')
        const engine = nodeShippedEngine(broken)
        const result = runFixture(engine, EXEC)
        expect(result.answer.status).toBe(201)
        const notes = engine.notes()
        expect(notes.length).toBeGreaterThan(0)
        expect(notes[0]).toContain(shipment.prefix + 'src/server/rhacs-time.ts: new Date("2024-05-01 10:00:00") parses a date string')
        expect(notes[0]).not.toContain('Invalid Date')
    })
})

describe('the suite runs the shipped code, not the source', () => {
    it('a changed title in the shipped incident-description module fails the fixture comparison', () => {
        const changed = withModule(shipment, '/src/server/incident-description.ts', (c) => c.replace("'ACS policy violation: '", "'ACS violation: '"))
        const result = runFixture(nodeShippedEngine(changed), '01-exec-into-pod.json')
        expect(fixtureMismatches('01-exec-into-pod.json', result)).toEqual([
            'Incident short_description: "ACS violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)", expected "ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)"',
        ])
    })
})
