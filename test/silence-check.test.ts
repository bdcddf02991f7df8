// The silence alarm: one warning per silence, remembered in a job-run row; the event only when asked.
import { beforeEach, describe, expect, it } from 'vitest'
import { runSilenceCheck } from '../src/server/silence-check-job'
import { SILENCE_EVENT } from '../src/server/silence-check'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, health, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

const HOUR = 3600000
const EXEC = fixtureBody('01-exec-into-pod.json')
const warnings = () => fakeInstance.logs.filter((l) => l.level === 'warn').map((l) => l.message)
const runs = () => fakeInstance.rows('x_rhacs_snow_job_run')

beforeEach(() => resetInstance({ 'x_rhacs_snow.health.silence_hours': '4' }))

describe('the silence check', () => {
    it('says nothing before the first delivery, nor before the threshold', () => {
        expect(runSilenceCheck()).toBe(false)
        deliver(EXEC)
        fakeInstance.advance(4 * HOUR - 1000)
        expect(runSilenceCheck()).toBe(false)
        expect(warnings()).toEqual([])
        expect(runs()).toEqual([])
    })

    it('warns once per silence: the run row remembers it; a delivery ends it; the next silence warns again', () => {
        deliver(EXEC)
        fakeInstance.advance(4 * HOUR)
        expect(runSilenceCheck()).toBe(true)
        expect(warnings()).toEqual([
            'RHACS silence: no delivery received since 2026-02-12 15:30:00 UTC (4 hours; the threshold, x_rhacs_snow.health.silence_hours, is 4). Check the RHACS Generic Webhook notifier: its credentials, its endpoint, the policies it is attached to. See the RHACS integration health page.',
        ])
        expect(runs()).toHaveLength(1)
        expect(runs()[0]).toMatchObject({ job: 'silence_check', outcome: 'ok', cursor: '2026-02-12 15:30:00', started: '2026-02-12 19:30:00', errors: '0' })
        expect(runs()[0].detail).toBe(warnings()[0])
        for (let i = 0; i < 8; i++) {
            fakeInstance.advance(15 * 60000)
            expect(runSilenceCheck()).toBe(false)
        }
        expect(warnings()).toHaveLength(1)
        expect(health().body.silence).toEqual({ threshold_hours: 4, silent: true, since: '2026-02-12 15:30:00', warned_at: '2026-02-12 19:30:00' })
        deliver(EXEC)
        expect(runSilenceCheck()).toBe(false)
        fakeInstance.advance(5 * HOUR)
        expect(runSilenceCheck()).toBe(true)
        expect(warnings()).toHaveLength(2)
        expect(runs().map((r) => r.cursor)).toEqual(['2026-02-12 15:30:00', '2026-02-12 21:30:00'])
        // No event unless the admin asked for one.
        expect(fakeInstance.events).toEqual([])
    })

    it('queues x_rhacs_snow.health.silent on its run row when x_rhacs_snow.health.silence_event is on', () => {
        resetInstance({ 'x_rhacs_snow.health.silence_hours': '1', 'x_rhacs_snow.health.silence_event': 'true' })
        deliver(EXEC)
        fakeInstance.advance(HOUR)
        runSilenceCheck()
        runSilenceCheck()
        expect(fakeInstance.events).toEqual([{ name: SILENCE_EVENT, table: 'x_rhacs_snow_job_run', sysId: runs()[0].sys_id, parm1: '2026-02-12 15:30:00', parm2: '1' }])
        expect(SILENCE_EVENT).toBe('x_rhacs_snow.health.silent')
    })

    it('is off at 0', () => {
        resetInstance({ 'x_rhacs_snow.health.silence_hours': '0' })
        deliver(EXEC)
        fakeInstance.advance(1000 * HOUR)
        expect(runSilenceCheck()).toBe(false)
        expect(warnings()).toEqual([])
        expect(health().body.silence).toEqual({ threshold_hours: 0, silent: false, since: null, warned_at: null })
    })

    it('warns again next run when the run row could not be written, and says so', () => {
        deliver(EXEC)
        fakeInstance.advance(5 * HOUR)
        fakeInstance.refuseInserts.x_rhacs_snow_job_run = 1
        expect(runSilenceCheck()).toBe(true)
        expect(warnings()[1]).toBe('RHACS silence check: the run row could not be written; the next run warns again.')
        expect(runSilenceCheck()).toBe(true)
        expect(runSilenceCheck()).toBe(false)
    })
})
