// The page's pure half (src/client/health-view.ts): what an answer means, the chart's geometry.
import { describe, expect, it } from 'vitest'
import { chartLayout, formatAge, incidentListLink, interpret, niceCeiling, outcomesPresent } from '../src/client/health-view'

describe('the health page, without a browser', () => {
    it('reads the document from the {"result": …} wrapper; 403 and 401 are their own states', () => {
        const doc = { by_hour: [] }
        expect(interpret(200, { result: doc })).toEqual({ kind: 'ok', doc })
        expect(interpret(403, { error: { message: 'User Not Authorized', detail: 'Failed API level ACL Validation' }, status: 'failure' })).toEqual({
            kind: 'forbidden',
            message: 'User Not Authorized: Failed API level ACL Validation',
        })
        expect(interpret(403, null)).toEqual({ kind: 'forbidden', message: '' })
        expect(interpret(401, null)).toEqual({ kind: 'unauthenticated' })
        expect(interpret(500, { error: { message: 'boom' } })).toEqual({ kind: 'error', message: 'HTTP 500: boom' })
        // A hibernating developer instance answers 200 with an HTML page: not a document.
        expect(interpret(200, null)).toEqual({ kind: 'error', message: 'the answer is not a health document' })
    })

    it('stacks each hour bottom-up in outcome order, scaled to a round maximum', () => {
        const layout = chartLayout([
            { hour: '2026-02-12 14:00:00', counts: {}, total: 0 },
            { hour: '2026-02-12 15:00:00', counts: { storm: 4, created: 3 }, total: 7 },
        ])
        expect(layout.max).toBe(10)
        const [empty, full] = layout.bars
        expect(empty.segments).toEqual([])
        expect(full.label).toBe('15:00')
        expect(full.segments.map((s) => [s.outcome, s.count])).toEqual([['created', 3], ['storm', 4]])
        const [created, storm] = full.segments
        expect(created.y + created.height).toBeCloseTo(layout.plot.bottom)
        expect(storm.y + storm.height).toBeCloseTo(created.y)
        expect(storm.height / created.height).toBeCloseTo(4 / 3)
        expect(layout.ticks.map((t) => t.value)).toEqual([0, 5, 10])
    })

    it('rounds, ages and links', () => {
        expect([0, 1, 3, 7, 11, 49, 120].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 200])
        expect([30, 60, 300, 7200, 30 * 3600, 3 * 86400].map(formatAge)).toEqual(['less than a minute', '1 minute', '5 minutes', '2 hours', '30 hours', '3 days'])
        expect(outcomesPresent([{ counts: { failed: 1, zzz: 1 }, total: 2 }, { counts: { created: 1 }, total: 1 }])).toEqual(['created', 'failed', 'zzz'])
        expect(decodeURIComponent(incidentListLink('1'))).toBe('incident_list.do?sysparm_query=correlation_idSTARTSWITHrhacs-^active=true^priority=1^ORDERBYDESCsys_updated_on')
    })
})
