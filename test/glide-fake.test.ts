// The fake keeps the platform semantics the app relies on, and is strict where the platform is;
// if it drifted or forgave, every other suite would prove less than it claims. Each rule's source
// is in docs/platform-assumptions.md.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeInstance, GlideAggregate, GlideDateTime, GlideRecord, gs, outOfBoxPriority } from '../tools/glide-fake/index'

beforeEach(() => fakeInstance.reset())

function delivery(values: { [column: string]: string }): string {
    return fakeInstance.insert('x_rhacs_snow_delivery', values, [])!
}

describe('Glide fake', () => {
    it('stores values as strings and returns a 32-hex sys_id and an INC number on insert', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setValue('urgency', 1)
        gr.setValue('impact', 2)
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

    it('keeps a sys_id set before insert and refuses a duplicate on a unique index, logging the error as the platform does', () => {
        const a = new GlideRecord('x_rhacs_snow_delivery')
        a.initialize()
        a.setNewGuidValue('0123456789abcdef0123456789abcdef')
        a.setValue('claim', 'k|first')
        expect(a.insert()).toBe('0123456789abcdef0123456789abcdef')
        const b = new GlideRecord('x_rhacs_snow_delivery')
        b.initialize()
        b.setValue('claim', 'k|first')
        expect(b.insert()).toBeNull()
        expect(fakeInstance.logs.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
            'Unique Key violation detected by database ((x_rhacs_snow_delivery: claim) duplicate entry)',
        ])
        // Empty values are NULLs to the index: they never collide.
        for (let i = 0; i < 2; i++) {
            const c = new GlideRecord('x_rhacs_snow_delivery')
            c.initialize()
            c.setValue('claim', '')
            expect(c.insert()).not.toBeNull()
        }
    })

    it('honours query conditions, order and limit', () => {
        for (const [outcome, status] of [['created', '201'], ['updated', '200'], ['created', '400']]) delivery({ outcome, http_status: status })
        const gr = new GlideRecord('x_rhacs_snow_delivery')
        gr.addQuery('outcome', 'IN', 'created,storm')
        gr.addQuery('http_status', '>=', '201')
        gr.orderByDesc('http_status')
        gr.setLimit(1)
        gr.query()
        expect(gr.next()).toBe(true)
        expect(gr.getValue('http_status')).toBe('400')
        expect(gr.next()).toBe(false)
        expect(() => new GlideRecord('x_rhacs_snow_delivery').addQuery('outcome', 'LIKE', 'x')).toThrow(/unsupported query operator/)
    })

    it('sorts a string column as strings (21-digit versions included) and an integer column as numbers', () => {
        for (const v of ['9', '10', '000000000000001000000', '000000000000000999999']) delivery({ alert_version: v, http_status: v.length > 3 ? '7' : v })
        const versions = new GlideRecord('x_rhacs_snow_delivery')
        versions.orderBy('alert_version')
        versions.query()
        const seen: string[] = []
        while (versions.next()) seen.push(versions.getValue('alert_version')!)
        expect(seen).toEqual(['000000000000000999999', '000000000000001000000', '10', '9'])
        const statuses = new GlideRecord('x_rhacs_snow_delivery')
        statuses.addQuery('http_status', '>', '8')
        statuses.orderBy('http_status')
        statuses.query()
        const ints: string[] = []
        while (statuses.next()) ints.push(statuses.getValue('http_status')!)
        expect(ints).toEqual(['9', '10'])
    })

    it('drops a condition on a column the table does not have, so every row matches, and records the violation', () => {
        delivery({ outcome: 'created' })
        delivery({ outcome: 'updated' })
        const gr = new GlideRecord('x_rhacs_snow_delivery')
        gr.addQuery('no_such_column', 'x')
        gr.query()
        expect(gr.getRowCount()).toBe(2)
        expect(fakeInstance.takeViolations()).toEqual(['x_rhacs_snow_delivery.no_such_column does not exist: the condition is dropped and every row matches'])
    })

    it('cuts a value longer than its column and records the violation; loses a write to an unknown column', () => {
        const id = fakeInstance.insert('incident', { short_description: 'x'.repeat(200), no_such_column: 'v' }, [])!
        expect(fakeInstance.row('incident', id)!.short_description).toHaveLength(160)
        expect(fakeInstance.row('incident', id)!.no_such_column).toBeUndefined()
        expect(fakeInstance.takeViolations()).toEqual([
            'incident.short_description holds 160 characters: a value of 200 is cut',
            'incident.no_such_column does not exist: the write of "v" is lost',
        ])
    })

    it('returns null from getValue for an empty field and a missing column, and booleans as 1/0', () => {
        const id = delivery({ raw_body_attached: 'true', detail: '' })
        const gr = new GlideRecord('x_rhacs_snow_delivery')
        expect(gr.get(id)).toBe(true)
        expect(gr.getValue('detail')).toBeNull()
        expect(gr.getValue('raw_body_attached')).toBe('1')
        expect(gr.getValue('no_such_column')).toBeNull()
        expect(fakeInstance.takeViolations()).toEqual(['x_rhacs_snow_delivery.no_such_column does not exist: getValue returns null'])
    })

    it('writes work_notes by assignment as a journal: appended, read back empty; setValue on it is lost', () => {
        const id = fakeInstance.insert('incident', {}, [])!
        const gr = new GlideRecord('incident')
        gr.get(id)
        ;(gr as unknown as { work_notes: string }).work_notes = 'first'
        gr.update()
        ;(gr as unknown as { work_notes: string }).work_notes = 'second'
        gr.update()
        expect(fakeInstance.workNotes(id)).toEqual(['first', 'second'])
        expect(gr.getValue('work_notes')).toBeNull()
        gr.setValue('work_notes', 'lost')
        gr.update()
        expect(fakeInstance.workNotes(id)).toEqual(['first', 'second'])
        expect(fakeInstance.takeViolations()).toEqual(['incident.work_notes is a journal field: setValue is not supported for it (assign gr.work_notes instead); the entry is lost'])
    })

    it('joins: incident rows whose sys_id a problem row names, in one recorded query', () => {
        const a = fakeInstance.insert('incident', {}, [])!
        fakeInstance.insert('incident', {}, [])
        fakeInstance.insert('x_rhacs_snow_problem', { key: 'k1', incident: a }, [])
        const gr = new GlideRecord('incident')
        gr.addJoinQuery('x_rhacs_snow_problem', 'sys_id', 'incident').addCondition('key', 'IN', 'k1,k2')
        gr.query()
        expect(gr.getRowCount()).toBe(1)
        expect(gr.next() && gr.getUniqueValue()).toBe(a)
        expect(fakeInstance.operations.at(-1)).toEqual({ op: 'query', table: 'incident', fields: ['sys_id'], join: { table: 'x_rhacs_snow_problem', fields: ['key'], on: 'incident' } })
    })

    it('an empty value is NULL to the database: no ordering comparison matches it', () => {
        const a = delivery({ outcome: 'created' })
        const b = delivery({ outcome: 'created', storm_batch: '2026-01-01 00:00:00' })
        const gr = new GlideRecord('x_rhacs_snow_delivery')
        gr.addQuery('storm_batch', '<', '2027-01-01 00:00:00')
        gr.query()
        expect(gr.getRowCount()).toBe(1)
        expect(gr.next() && gr.getUniqueValue()).toBe(b)
        expect(a).not.toBe(b)
    })

    it('updateMultiple and deleteMultiple write every selected row in one operation, whatever setLimit says', () => {
        for (let i = 0; i < 3; i++) delivery({ outcome: 'created' })
        const up = new GlideRecord('x_rhacs_snow_delivery')
        up.addQuery('outcome', 'created')
        up.setLimit(1)
        up.setValue('detail', 'd')
        up.updateMultiple()
        expect(fakeInstance.rows('x_rhacs_snow_delivery').map((r) => r.detail)).toEqual(['d', 'd', 'd'])
        const del = new GlideRecord('x_rhacs_snow_delivery')
        del.addQuery('outcome', 'created')
        del.setLimit(1)
        del.deleteMultiple()
        expect(fakeInstance.rows('x_rhacs_snow_delivery')).toEqual([])
        expect(fakeInstance.operations.slice(-2).map((o) => o.op + ':' + (o.fields ?? []).join(','))).toEqual(['update:outcome', 'delete:outcome'])
    })

    it('counts with GlideAggregate, grouped', () => {
        for (const outcome of ['created', 'created', 'storm']) delivery({ outcome })
        const ga = new GlideAggregate('x_rhacs_snow_delivery')
        ga.addAggregate('COUNT')
        ga.groupBy('outcome')
        ga.query()
        const counts: { [outcome: string]: string } = {}
        while (ga.next()) counts[ga.getValue('outcome')!] = ga.getAggregate('COUNT')
        expect(counts).toEqual({ created: '2', storm: '1' })
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

    it('ORs alternatives added to a condition with addOrCondition, ANDed with the other conditions', () => {
        fakeInstance.seed('x_rhacs_snow_cluster_ci', [
            { cluster: 'a', cmdb_ci: 'c0000000000000000000000000000001', active: true },
            { cluster: 'b', cmdb_ci: 'c0000000000000000000000000000002', active: false },
            { cluster: 'c', cmdb_ci: 'c0000000000000000000000000000003', active: true },
            { cluster: 'd', cmdb_ci: 'c0000000000000000000000000000004', active: true },
        ])
        const gr = new GlideRecord('x_rhacs_snow_cluster_ci')
        gr.addQuery('cluster', 'a').addOrCondition('cluster', 'b').addOrCondition('cluster', 'IN', 'c,x')
        gr.addQuery('active', true)
        gr.query()
        const found: string[] = []
        while (gr.next()) found.push(gr.getValue('cluster')!)
        expect(found).toEqual(['a', 'c'])
        // One query, shaped by its first condition field (what an index serves).
        expect(fakeInstance.operations.map((o) => o.op + ':' + (o.fields ?? []).join(','))).toEqual(['query:cluster,active'])
    })

    it('has optional platform tables only once installed: before, they do not exist (gs.tableExists false, a query is a violation)', () => {
        expect(gs.tableExists('cmdb_ci_kubernetes_workload')).toBe(false)
        const gr = new GlideRecord('cmdb_ci_kubernetes_workload')
        gr.addQuery('k8s_uid', 'x')
        gr.query()
        expect(gr.next()).toBe(false)
        expect(fakeInstance.takeViolations().join('\n')).toContain('table cmdb_ci_kubernetes_workload does not exist')
        fakeInstance.install('cmdb_ci_kubernetes_workload')
        expect(gs.tableExists('cmdb_ci_kubernetes_workload')).toBe(true)
        expect(new GlideRecord('cmdb_ci_kubernetes_workload').isValidField('k8s_uid')).toBe(true)
        expect(new GlideRecord('cmdb_ci_kubernetes_workload').isValidField('uid')).toBe(false)
        // Metadata checks are counted as such, not as queries.
        expect(fakeInstance.operations.filter((o) => o.op === 'meta').map((o) => o.table)).toEqual([
            'cmdb_ci_kubernetes_workload',
            'cmdb_ci_kubernetes_workload',
            'cmdb_ci_kubernetes_workload',
            'cmdb_ci_kubernetes_workload',
        ])
        expect(() => fakeInstance.install('cmdb_ci_linux_server')).toThrow('not a table the fake can install')
    })

    it('seeds rows as the database keeps them (booleans 1/0), without counting operations; refuses unknown columns, over-long values and bad sys_ids', () => {
        const [id] = fakeInstance.seed('cmdb_ci_kubernetes_workload', [{ sys_id: 'c0000000000000000000000000000001', name: 'w', k8s_uid: 'u', install_status: 1 }])
        expect(id).toBe('c0000000000000000000000000000001')
        fakeInstance.seed('x_rhacs_snow_routing_rule', [{ name: 'r', active: true, create_incident: false }])
        expect(fakeInstance.rows('x_rhacs_snow_routing_rule')[0]).toMatchObject({ name: 'r', active: '1', create_incident: '0' })
        expect(fakeInstance.operations).toEqual([])
        expect(() => fakeInstance.seed('sys_user_group', [{ name: 'g', colour: 'red' }])).toThrow('sys_user_group has no column colour')
        expect(() => fakeInstance.seed('x_rhacs_snow_routing_rule', [{ name: 'n'.repeat(101) }])).toThrow('holds 100 characters')
        expect(() => fakeInstance.seed('sys_user_group', [{ sys_id: 'G1', name: 'g' }])).toThrow('32 lower-case hex')
        expect(() => fakeInstance.seed('sys_user_group', [{ sys_id: 'c0000000000000000000000000000009', name: 'g' }, { sys_id: 'c0000000000000000000000000000009', name: 'h' }])).toThrow('could not seed')
    })

    it('writes a property with gs.setProperty, counted as a sys_properties update', () => {
        gs.setProperty('x_rhacs_snow.routing.workload_ci_lookup', 'missing', '')
        expect(gs.getProperty('x_rhacs_snow.routing.workload_ci_lookup', null)).toBe('missing')
        expect(fakeInstance.operations).toEqual([{ op: 'update', table: 'sys_properties' }])
    })
})

