// The handler suite, engine-independent: every scenario (test/support/scenarios.ts) and every
// fixture's reviewed expected Incident (test/expected/*.json), collected from one ShippedEngine
// (shipped modules under Node, or a replay of a Rhino run) so the tests only compare.

import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { fixtureBody, runScenario, type ScenarioResult } from '../support/scenario-engine'
import { SCENARIOS } from '../support/scenarios'
import { HEALTH_SCENARIOS, runHealthScenario } from '../support/health-scenarios'
import type { ShippedEngine, ShippedIncident, StoredState } from './runtime'

const expectedDir = fileURLToPath(new URL('../expected/', import.meta.url))

export interface ExpectedFixture {
    status: number
    outcome: string
    incident: { [field: string]: unknown } | null
}

export const FIXTURES: string[] = readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()

export function expectedFor(fixture: string): ExpectedFixture {
    return JSON.parse(readFileSync(expectedDir + fixture, 'utf8')) as ExpectedFixture
}

export interface FixtureResult {
    answer: { status: number; body: { [key: string]: unknown } }
    incidents: ShippedIncident[]
    violations: string[]
}

/** One fixture, alone, on a fresh instance with default properties. */
export function runFixture(engine: ShippedEngine, fixture: string): FixtureResult {
    engine.reset({})
    const answer = engine.deliver(fixtureBody(fixture))
    return { answer, incidents: engine.incidents(), violations: engine.violations() }
}

export function fixtureMismatches(fixture: string, result: FixtureResult): string[] {
    const e = expectedFor(fixture)
    const out: string[] = result.violations.map((v) => 'Glide fake violation: ' + v)
    const a = result.answer
    if (a.status !== e.status) out.push('status ' + a.status + ', expected ' + e.status + ' ' + JSON.stringify(a.body))
    if (a.body.outcome !== e.outcome) out.push('outcome ' + String(a.body.outcome) + ', expected ' + e.outcome)
    const wanted = e.incident === null ? 0 : 1
    if (result.incidents.length !== wanted) out.push(result.incidents.length + ' Incidents, expected ' + wanted)
    const inc = result.incidents[0] as unknown as { [field: string]: unknown } | undefined
    if (e.incident && inc) {
        for (const field of Object.keys(e.incident)) {
            if (!(field in inc)) out.push('the engine has no Incident field ' + field)
            else if (inc[field] !== e.incident[field]) out.push('Incident ' + field + ': ' + JSON.stringify(inc[field]) + ', expected ' + JSON.stringify(e.incident[field]))
        }
    }
    return out
}

/** What an item of the suite produced, or what it threw (a broken module, a failed require…). */
export type Outcome<T> = { ok: T; errors: string[]; notes: string[]; stored: StoredState } | { threw: string }

export interface SuiteResults {
    scenarios: { [name: string]: Outcome<ScenarioResult> }
    fixtures: { [fixture: string]: Outcome<FixtureResult> }
    /** GET /health after each health scenario (test/support/health-scenarios.ts). */
    health: { [name: string]: Outcome<{ status: number; body: { [key: string]: unknown } }> }
}

/** For an engine that replays a recorded run: where each item starts. */
export interface ItemAware {
    beginItem?(key: string): void
}

export function collectSuite(engine: ShippedEngine & ItemAware): SuiteResults {
    const results: SuiteResults = { scenarios: {}, fixtures: {}, health: {} }
    const attempt = <T>(key: string, run: () => T): Outcome<T> => {
        engine.beginItem?.(key)
        try {
            const ok = run()
            return { ok, errors: engine.errors(), notes: engine.notes(), stored: engine.snapshot() }
        } catch (e) {
            return { threw: String((e as Error)?.stack ?? e) }
        }
    }
    for (const s of SCENARIOS) results.scenarios[s.name] = attempt('scenario ' + s.name, () => runScenario(engine, s))
    for (const f of FIXTURES) results.fixtures[f] = attempt('fixture ' + f, () => runFixture(engine, f))
    for (const h of HEALTH_SCENARIOS) results.health[h.name] = attempt('health ' + h.name, () => runHealthScenario(engine, h))
    return results
}

/**
 * Everything wrong with one item, as lines for a failing assertion: what it threw, every
 * mismatch (with the error log lines behind it), every engine note (date-string parsing).
 */
export function problemsOf<T>(outcome: Outcome<T>, mismatches: (result: T) => string[]): string[] {
    if ('threw' in outcome) return ['threw: ' + outcome.threw]
    const m = mismatches(outcome.ok)
    // Error-level logs are expected in some branches; shown only to explain a mismatch.
    return [...m, ...(m.length > 0 ? outcome.errors.map((e) => 'error log: ' + e) : []), ...outcome.notes.map((n) => 'engine note: ' + n)]
}
