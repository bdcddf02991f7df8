import { describe, expect, it } from 'vitest'
import { runScenario, scenarioMismatches } from './support/scenario-engine'
import { SCENARIOS } from './support/scenarios'
import { sourceEngine } from './support/source-engine'

describe('handler scenarios (TypeScript source)', () => {
    for (const scenario of SCENARIOS) {
        it(scenario.name, () => {
            expect(scenarioMismatches(scenario, runScenario(sourceEngine, scenario))).toEqual([])
        })
    }
})
