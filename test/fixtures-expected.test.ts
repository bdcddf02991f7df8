// One reviewed expected Incident per RHACS fixture (test/expected/<fixture>.json), each delivered
// alone to a fresh instance.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deliver, incidents, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

const expectedDir = new URL('./expected/', import.meta.url)
const fixtures = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => f.endsWith('.json'))

describe('every fixture gives its reviewed expected Incident', () => {
    it('has an expected Incident for every fixture', () => {
        expect(readdirSync(expectedDir).sort()).toEqual(fixtures.sort())
    })

    for (const fixture of fixtures) {
        it(fixture, () => {
            const expected = JSON.parse(readFileSync(new URL(fixture, expectedDir), 'utf8'))
            resetInstance()
            const answer = deliver(fixtureBody(fixture))
            expect(answer.status).toBe(expected.status)
            expect(answer.body.outcome).toBe(expected.outcome)
            const [incident] = incidents()
            const actual = Object.fromEntries(Object.keys(expected.incident).map((k) => [k, (incident as never)[k]]))
            expect(actual).toEqual(expected.incident)
        })
    }
})
