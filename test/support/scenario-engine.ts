// What a scenario needs from an engine: the TypeScript source under Node (source-engine.ts),
// the modules the build ships (dist), or those modules under Rhino. Scenario checks are shared.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ExpectedIncident, Scenario } from './scenarios'

export interface IncidentSnapshot {
    sys_id: string
    number: string
    short_description: string
    description: string
    urgency: number
    impact: number
    priority: number
    state: number
    correlation_id: string
    previous_incident: string
    work_notes: string[]
    /** Routing fields as stored (sys_ids; '' when not written). */
    assignment_group: string
    category: string
    cmdb_ci: string
}

/** Rows put in the instance before a scenario: routing rules, groups, CMDB classes (optional tables are installed). */
export type SeedRows = { [table: string]: Array<{ [column: string]: string | number | boolean }> }

export interface Engine {
    reset(properties: { [name: string]: string }): void
    seed(rows: SeedRows): void
    advance(ms: number): void
    refuseInserts(table: string, count: number): void
    closeIncident(sysId: string): void
    deliver(rawBody: string): { status: number; body: { [key: string]: unknown } }
    /** GET /health: the integration health document. */
    health(): { status: number; body: { [key: string]: unknown } }
    incidents(): IncidentSnapshot[]
    deliveryRowCount(): number
    warnings(): string[]
    /** What the Glide fake saw the app do that the platform would silently lose (taken, so cleared). */
    violations(): string[]
}

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url))

export function fixtureBody(name: string): string {
    return readFileSync(fixturesDir + name, 'utf8')
}

export interface ScenarioResult {
    answers: Array<{ status: number; body: { [key: string]: unknown } }>
    incidents: IncidentSnapshot[]
    deliveryRows: number
    warnings: string[]
    violations: string[]
}

export function runScenario(engine: Engine, scenario: Scenario): ScenarioResult {
    engine.reset(scenario.properties ?? {})
    if (scenario.seed !== undefined) engine.seed(scenario.seed)
    const answers: ScenarioResult['answers'] = []
    for (const d of scenario.deliveries) {
        if (d.advanceMs) engine.advance(d.advanceMs)
        for (const [table, n] of Object.entries(d.refuseInserts ?? {})) engine.refuseInserts(table, n)
        if (d.closeIncidentOf !== undefined) engine.closeIncident(String(answers[d.closeIncidentOf].body.sys_id))
        const body = d.fixture !== undefined ? fixtureBody(d.fixture) : (d.body ?? '')
        answers.push(engine.deliver(body))
    }
    return { answers, incidents: engine.incidents(), deliveryRows: engine.deliveryRowCount(), warnings: engine.warnings(), violations: engine.violations() }
}

/** Every mismatch between a scenario's expectations and a result, as readable lines. */
export function scenarioMismatches(scenario: Scenario, result: ScenarioResult): string[] {
    const out: string[] = result.violations.map((v) => 'Glide fake violation: ' + v)
    scenario.deliveries.forEach((d, i) => {
        const a = result.answers[i]
        const where = 'delivery ' + i + ' (' + (d.fixture ?? JSON.stringify((d.body ?? '').slice(0, 30))) + ')'
        if (a.status !== d.status) out.push(where + ': status ' + a.status + ', expected ' + d.status + ' ' + JSON.stringify(a.body))
        if (d.outcome !== undefined && a.body.outcome !== d.outcome) out.push(where + ': outcome ' + String(a.body.outcome) + ', expected ' + d.outcome)
        if (d.error !== undefined && a.body.error !== d.error) out.push(where + ': error ' + String(a.body.error) + ', expected ' + d.error)
        if (a.status === 400 && typeof a.body.message !== 'string') out.push(where + ': a 400 must say what was wrong')
        if (d.sameIncidentAs !== undefined && a.body.number !== result.answers[d.sameIncidentAs].body.number) {
            out.push(where + ': names ' + String(a.body.number) + ', expected the Incident of delivery ' + d.sameIncidentAs)
        }
    })
    if (result.incidents.length !== scenario.incidents.length) {
        out.push('incidents: ' + result.incidents.length + ', expected ' + scenario.incidents.length)
    }
    scenario.incidents.forEach((e: ExpectedIncident, i) => {
        const inc = result.incidents[i]
        if (!inc) return
        const check = (field: string, actual: unknown, expected: unknown) => {
            if (expected !== undefined && actual !== expected) out.push('incident ' + i + ' ' + field + ': ' + JSON.stringify(actual) + ', expected ' + JSON.stringify(expected))
        }
        check('short_description', inc.short_description, e.short_description)
        check('urgency', inc.urgency, e.urgency)
        check('impact', inc.impact, e.impact)
        check('priority', inc.priority, e.priority)
        check('state', inc.state, e.state)
        check('work notes', inc.work_notes.length, e.work_notes)
        check('assignment_group', inc.assignment_group, e.assignment_group)
        check('category', inc.category, e.category)
        check('cmdb_ci', inc.cmdb_ci, e.cmdb_ci)
        if (e.previous_incident_of !== undefined) check('previous_incident', inc.previous_incident, result.answers[e.previous_incident_of].body.number)
        for (const s of e.description_includes ?? []) if (!inc.description.includes(s)) out.push('incident ' + i + ' description lacks ' + JSON.stringify(s))
        for (const s of e.description_excludes ?? []) if (inc.description.includes(s)) out.push('incident ' + i + ' description has ' + JSON.stringify(s))
    })
    const rows = scenario.deliveryRows ?? scenario.deliveries.length
    if (result.deliveryRows !== rows) out.push('delivery rows: ' + result.deliveryRows + ', expected ' + rows)
    if (scenario.warningIncludes !== undefined && !result.warnings.some((w) => w.includes(scenario.warningIncludes!))) {
        out.push('no warning mentions ' + scenario.warningIncludes)
    }
    return out
}
