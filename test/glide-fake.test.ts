// The fake keeps the platform semantics the app relies on; if it drifted, every other suite would
// prove less than it claims.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeInstance, GlideAggregate, GlideDateTime, GlideRecord, gs, outOfBoxPriority } from '../tools/glide-fake/index'

beforeEach(() => fakeInstance.reset())

describe('Glide fake', () => {
    it('stores values as strings and returns a 32-hex sys_id and an INC number on insert', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setValue('urgency', 1)
        gr.setValue('impact', 2)
        gr.setValue('active', true)
        const id = gr.insert()
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        const [row] = fakeInstance.rows('incident')
        expect(row.urgency).toBe('1')
        expect(row.number).toMatch(/^INC\d{7}$/)
        expect(row.priority).toBe('2')
        expect(gr.getValue('number')).toBe(row.number)
    })

    it('derives priority with the out-of-box matrix', () => {
        const expected = [[1, 2, 3], [2, 3, 4], [3, 4, 5]]
        for (let u = 1; u <= 3; u++) for (let i = 1; i <= 3; i++) expect(outOfBoxPriority(u, i)).toBe(expected[u - 1][i - 1])
    })

    it('keeps a sys_id set before insert and refuses a duplicate on a unique index', () => {
        const a = new GlideRecord('x_rhacs_snow_delivery')
        a.initialize()
        a.setNewGuidValue('0123456789abcdef0123456789abcdef')
        a.setValue('claim', 'k|first')
        expect(a.insert()).toBe('0123456789abcdef0123456789abcdef')
        const b = new GlideRecord('x_rhacs_snow_delivery')
        b.initialize()
        b.setValue('claim', 'k|first')
        expect(b.insert()).toBeNull()
        const c = new GlideRecord('x_rhacs_snow_delivery')
        c.initialize()
        c.setValue('claim', '')
        expect(c.insert()).not.toBeNull()
    })

    it('honours query conditions, order and limit', () => {
        for (const [key, n] of [['a', '3'], ['b', '1'], ['a', '2']]) fakeInstance.insert('t', { key, n }, [])
        const gr = new GlideRecord('t')
        gr.addQuery('key', 'IN', 'a,c')
        gr.addQuery('n', '>=', '2')
        gr.orderByDesc('n')
        gr.setLimit(1)
        gr.query()
        expect(gr.next()).toBe(true)
        expect(gr.getValue('n')).toBe('3')
        expect(gr.next()).toBe(false)
        expect(() => new GlideRecord('t').addQuery('key', 'LIKE', 'x')).toThrow(/unsupported query operator/)
    })

    it('keeps work_notes as a journal: appended, read back empty', () => {
        const id = fakeInstance.insert('incident', {}, [])!
        const gr = new GlideRecord('incident')
        gr.get(id)
        gr.setValue('work_notes', 'first')
        gr.update()
        gr.setValue('work_notes', 'second')
        gr.update()
        expect(fakeInstance.workNotes(id)).toEqual(['first', 'second'])
        expect(gr.getValue('work_notes')).toBeNull()
    })

    it('counts with GlideAggregate, grouped', () => {
        for (const p of ['x', 'x', 'y']) fakeInstance.insert('t', { p }, [])
        const ga = new GlideAggregate('t')
        ga.addAggregate('COUNT')
        ga.groupBy('p')
        ga.query()
        const counts: { [p: string]: string } = {}
        while (ga.next()) counts[ga.getValue('p')!] = ga.getAggregate('COUNT')
        expect(counts).toEqual({ x: '2', y: '1' })
    })

    it('follows a controllable clock and reads properties', () => {
        fakeInstance.clockMs = Date.UTC(2026, 0, 2, 3, 4, 5)
        expect(new GlideDateTime().getValue()).toBe('2026-01-02 03:04:05')
        fakeInstance.advance(60000)
        expect(new GlideDateTime().getValue()).toBe('2026-01-02 03:05:05')
        fakeInstance.properties['p'] = 'v'
        expect(gs.getProperty('p', 'd')).toBe('v')
        expect(gs.getProperty('missing', 'd')).toBe('d')
    })
})
