// The health endpoint's suite as data: deliveries over a fake clock, then GET /health. The same
// scenarios run on the TypeScript source, on the modules the build ships (Node) and under Rhino,
// and the documents must be equal. Data only (no functions), like scenarios.ts.

import { fixtureBody, type Engine } from './scenario-engine'

export interface HealthStep {
    fixture?: string
    body?: string
    /** Fake clock moves forward this much before the step. */
    advanceMs?: number
    /** Before this delivery, the fake refuses this many inserts into these tables (a failed delivery). */
    refuseInserts?: { [table: string]: number }
}

export interface HealthScenario {
    name: string
    properties?: { [name: string]: string }
    steps: HealthStep[]
}

const HOUR = 3600000

/** A deploy-time alert of one policy on deployment `name`: each name is a new dedup key. */
export function policyAlert(name: string, policy: string = 'Latest tag'): string {
    return JSON.stringify({
        alert: {
            id: 'health-' + name,
            policy: { id: 'policy-' + policy, name: policy, severity: 'MEDIUM_SEVERITY' },
            clusterName: 'prod',
            namespace: 'shop',
            deployment: { name, type: 'Deployment' },
            violations: [{ message: "Container 'app' has image with tag 'latest'" }],
            time: '2026-02-12T10:00:00Z',
        },
    })
}

export const HEALTH_SCENARIOS: HealthScenario[] = [
    { name: 'an empty instance', steps: [] },
    {
        name: 'a storm, a refusal and a failure, spread over three hours',
        properties: { 'x_rhacs_snow.storm.policy_budget': '3' },
        steps: [
            { fixture: '00-test-button.json' },
            { advanceMs: HOUR, fixture: '01-exec-into-pod.json' },
            { body: '{"alert": ' },
            ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => ({ advanceMs: 60000, body: policyAlert(n) })),
            { advanceMs: HOUR, fixture: '02-port-forward.json', refuseInserts: { incident: 1 } },
            { fixture: '01b-exec-into-pod-update-same-id.json' },
        ],
    },
    {
        name: 'silent past the threshold',
        properties: { 'x_rhacs_snow.health.silence_hours': '2' },
        steps: [{ fixture: '01-exec-into-pod.json' }, { advanceMs: 3 * HOUR, body: '' }],
    },
]

/** Runs one scenario and answers GET /health. A step with an empty body only moves the clock. */
export function runHealthScenario(engine: Engine, scenario: HealthScenario): { status: number; body: { [key: string]: unknown } } {
    engine.reset(scenario.properties ?? {})
    for (const step of scenario.steps) {
        if (step.advanceMs) engine.advance(step.advanceMs)
        for (const [table, n] of Object.entries(step.refuseInserts ?? {})) engine.refuseInserts(table, n)
        const body = step.fixture !== undefined ? fixtureBody(step.fixture) : (step.body ?? '')
        if (body !== '') engine.deliver(body)
    }
    return engine.health()
}
