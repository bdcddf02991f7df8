import { beforeEach, describe, expect, it } from 'vitest'
import { DAY_MS, purgeOldDeliveries, retentionCutoff } from '../src/server/delivery-retention'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, resetInstance } from '../tools/local-instance'
import { fixtureBody } from './support/scenario-engine'

describe('deliveries retention job', () => {
    beforeEach(() => resetInstance({ 'x_rhacs_snow.deliveries.retention_days': '7' }))

    it('computes the cut-off in UTC GlideDateTime form', () => {
        expect(retentionCutoff(Date.UTC(2026, 1, 12, 15, 30, 0), 7)).toBe('2026-02-05 15:30:00')
    })

    it('removes rows older than the property says and keeps the rest', () => {
        deliver(fixtureBody('01-exec-into-pod.json'))
        fakeInstance.advance(3 * DAY_MS)
        deliver(fixtureBody('01b-exec-into-pod-update-same-id.json'))
        fakeInstance.advance(5 * DAY_MS)
        deliver('{"audit": {}}')
        expect(deliveriesTable()).toHaveLength(3)
        expect(purgeOldDeliveries()).toBe(1)
        expect(deliveriesTable().map((d) => d.outcome)).toEqual(['updated', 'ignored'])
        expect(fakeInstance.logs.some((l) => l.message.startsWith('RHACS deliveries retention: removed 1 rows and 0 attached bodies'))).toBe(true)
        // Incidents are never touched by retention.
        expect(fakeInstance.rows('incident')).toHaveLength(1)
    })

    it('deletes the attached whole bodies of the rows it removes', () => {
        deliver(fixtureBody('09-large-5000-violations.json'))
        fakeInstance.advance(8 * DAY_MS)
        deliver(fixtureBody('09-large-5000-violations.json'))
        expect(fakeInstance.rows('sys_attachment')).toHaveLength(2)
        expect(purgeOldDeliveries()).toBe(1)
        expect(fakeInstance.rows('sys_attachment')).toHaveLength(1)
        expect(fakeInstance.attachments).toHaveLength(1)
        expect(fakeInstance.attachments[0].sysId).toBe(deliveriesTable()[0].sys_id)
    })
})
