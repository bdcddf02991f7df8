// Routing through the real route and handler on the strict Glide fake: where new Incidents go,
// invalid rules, hostile text, routed-out alerts, and what a repeat does (nothing). Configuration
// items and cost: routing-cmdb.test.ts.
import { beforeEach, describe, expect, it } from 'vitest'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, incidents, resetInstance } from '../tools/local-instance'
import { alert, ANNOTATION, EXEC, EXEC_UPDATE, opsOf, rules, warnings, withWorkloadClass } from './support/routing'
import { ROUTING } from './support/scenarios'

beforeEach(() => {
    resetInstance()
    fakeInstance.seed('sys_user_group', ROUTING.groups)
})

describe('where a new Incident goes', () => {
    it('the first matching rule: its group, category and the workload CI; the delivery row and the answer say what routed it', () => {
        withWorkloadClass()
        rules({ name: 'Dev', cluster: 'dev-*', assignment_group: ROUTING.paymentsGroup }, { name: 'Gibson', namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup, category: 'Security', subcategory: 'Runtime' })
        const a = deliver(EXEC)
        expect(a.status).toBe(201)
        expect(incidents()[0]).toMatchObject({ assignment_group: ROUTING.gibsonGroup, category: 'Security', subcategory: 'Runtime', cmdb_ci: ROUTING.gibsonCi })
        expect(deliveriesTable()[0]).toMatchObject({ outcome: 'created', routed_by: 'Gibson' })
        expect(warnings()).toEqual([])
    })

    it("a rule's urgency and impact override the severity mapping, and priority follows", () => {
        rules({ name: 'Quiet', namespace: 'gibson', urgency: '3', impact: '3' })
        deliver(EXEC)
        expect(incidents()[0]).toMatchObject({ urgency: 3, impact: 3, priority: 5 })
    })

    it("no rule matches: the properties' group and caller; routed_by property", () => {
        resetInstance({ 'x_rhacs_snow.assignment_group': ROUTING.platformGroup, 'x_rhacs_snow.caller': 'b0000000000000000000000000000001' })
        rules({ name: 'Dev', cluster: 'dev-*', assignment_group: ROUTING.paymentsGroup })
        deliver(EXEC)
        expect(incidents()[0]).toMatchObject({ assignment_group: ROUTING.platformGroup, caller_id: 'b0000000000000000000000000000001', category: '' })
        expect(deliveriesTable()[0].routed_by).toBe('property')
    })

    it("the deployment's annotation names its group (by name or sys_id), which wins over the rule's group unless the rule overrides annotations", () => {
        rules(
            { name: 'Locked', namespace: 'locked', assignment_group: ROUTING.platformGroup, override_annotation: true },
            { name: 'Prod', cluster: 'prod-*', assignment_group: ROUTING.gibsonGroup, category: 'Security' },
        )
        deliver(alert('a', { annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        deliver(alert('b', { annotations: { [ANNOTATION]: ROUTING.paymentsGroup } }))
        deliver(alert('c', { namespace: 'locked', annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        const [a, b, c] = incidents()
        expect(a).toMatchObject({ assignment_group: ROUTING.paymentsGroup, category: 'Security' })
        expect(b).toMatchObject({ assignment_group: ROUTING.paymentsGroup })
        expect(c).toMatchObject({ assignment_group: ROUTING.platformGroup })
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['annotation + Prod', 'annotation + Prod', 'Locked'])
    })

    it('an annotation naming no active group (inactive, unknown or ambiguous) leaves the group to the rules, with one warning each', () => {
        fakeInstance.seed('sys_user_group', [
            { sys_id: 'a0000000000000000000000000000009', name: 'Former Team', active: false },
            { sys_id: 'a000000000000000000000000000000a', name: 'Twins', active: true },
            { sys_id: 'a000000000000000000000000000000b', name: 'Twins', active: true },
        ])
        rules({ name: 'Prod', cluster: 'prod-*', assignment_group: ROUTING.gibsonGroup })
        for (const [name, value] of [['x', 'Former Team'], ['y', 'Nobody'], ['z', 'Twins']]) deliver(alert(name, { annotations: { [ANNOTATION]: value } }))
        expect(incidents().map((i) => i.assignment_group)).toEqual([ROUTING.gibsonGroup, ROUTING.gibsonGroup, ROUTING.gibsonGroup])
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['Prod', 'Prod', 'Prod'])
        const w = warnings()
        expect(w).toHaveLength(3)
        expect(w[0]).toBe('RHACS routing: the annotation servicenow/assignment-group="Former Team" names no active group; the rules or the property decide the group.')
        expect(w[2]).toContain('"Twins" names more than one active group')
    })

    it('the annotation key is a property: another key is read, an empty one turns annotations off', () => {
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': 'example.com/owner' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        deliver(alert('a', { annotations: { 'example.com/owner': 'Gibson On-Call', [ANNOTATION]: 'Payments On-Call' } }))
        expect(incidents()[0].assignment_group).toBe(ROUTING.gibsonGroup)
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': '' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        const { routing } = opsOf(alert('b', { annotations: { [ANNOTATION]: 'Payments On-Call' } }))
        expect(incidents()[0].assignment_group).toBe('')
        expect(routing.some((o) => o.endsWith(':sys_user_group'))).toBe(false)
    })

    it('an invalid annotation key property falls back to the default, with a warning naming it', () => {
        resetInstance({ 'x_rhacs_snow.routing.annotation_key': 'not a key' })
        fakeInstance.seed('sys_user_group', ROUTING.groups)
        deliver(alert('a', { annotations: { [ANNOTATION]: 'Gibson On-Call' } }))
        expect(incidents()[0].assignment_group).toBe(ROUTING.gibsonGroup)
        expect(warnings()[0]).toContain('x_rhacs_snow.routing.annotation_key has the invalid value "not a key"')
    })
})

describe('invalid rules', () => {
    it('are skipped with one warning line per delivery naming each, never failing it; the next matching rule routes', () => {
        rules(
            { name: 'Regex', namespace: 'gibson.+', category: 'wrong' },
            { name: 'Unknown group', namespace: 'gibson', assignment_group: 'Gibson On-Call' },
            { name: 'Gibson', namespace: 'gibson', category: 'Security' },
        )
        const a = deliver(EXEC)
        expect(a.status).toBe(201)
        expect(incidents()[0]).toMatchObject({ category: 'Security', assignment_group: '' })
        expect(deliveriesTable()[0].routed_by).toBe('Gibson')
        expect(warnings()).toEqual([
            'RHACS routing: skipped 2 invalid rules: "Regex": namespace: the pattern "gibson.+" looks like a regular expression (use * and ? only); "Unknown group": its group "Gibson On-Call" is not a record of the instance (unknown group). Fix them under RHACS Integration > Routing rules.',
        ])
    })

    it('only active rules are read: an inactive rule neither routes nor warns', () => {
        rules({ name: 'Off', active: false, namespace: 'gibson+', category: 'off' })
        deliver(EXEC)
        expect(incidents()[0].category).toBe('')
        expect(warnings()).toEqual([])
    })
})

describe('hostile text in rules and annotations', () => {
    it('a rule name with [code] and line breaks, a 1 MB annotation: every stored string, answer and log line stays clean', () => {
        rules({ name: 'Evil [code]<b>x</b>[/code]\nline', namespace: 'gibson', category: 'Sec\u0000urity' })
        rules({ name: 'Dev [code]', cluster: 'dev-*', create_incident: false, order: 1 })
        const big = 'G'.repeat(1000000)
        const created = deliver(alert('a', { namespace: 'gibson', annotations: { [ANNOTATION]: '[code]x[/code]\n' + big } }))
        expect(created.status).toBe(201)
        const routedOut = deliver(alert('b', { cluster: 'dev-1' }))
        expect(routedOut.body.routed_by).toBe('Dev (code)')
        const rows = deliveriesTable()
        expect(rows[0].routed_by).toBe('Evil (code)<b>x</b>(/code) line')
        expect(rows[1].detail).toBe('Routing rule "Dev (code)": no Incident is created for this alert.')
        // The record boundary: a single-line field holds no control character.
        expect(incidents()[0].category).toBe('Sec urity')
        // The annotation was too long to name a group: not looked up, nothing logged about it.
        expect(warnings()).toEqual([])
        for (const l of fakeInstance.logs) expect(l.message).not.toMatch(/\n|\[code\]/i)
    })
})

describe('a rule that creates no Incident', () => {
    it('records the delivery as routed_out (202, the rule named), creates no Incident or problem row, and does not count towards a storm', () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1' })
        rules({ name: 'Dev: record only', cluster: 'dev-*', create_incident: false })
        const out = opsOf(alert('a', { cluster: 'dev-1' }))
        expect(out.answer).toEqual({ status: 202, body: { sys_id: '', number: '', outcome: 'routed_out', correlation_id: expect.stringMatching(/^rhacs-w:/), routed_by: 'Dev: record only' } })
        // No CI or group lookup for an alert that gets no Incident.
        expect(out.routing).toEqual(['query:x_rhacs_snow_routing_rule'])
        expect(deliver(alert('a', { cluster: 'dev-1' })).body.outcome).toBe('routed_out')
        expect(deliver(alert('b', { cluster: 'dev-1' })).body.outcome).toBe('routed_out')
        expect(incidents()).toHaveLength(0)
        expect(fakeInstance.rows('x_rhacs_snow_problem')).toHaveLength(0)
        expect(deliveriesTable().map((d) => [d.outcome, d.http_status, d.routed_by])).toEqual([
            ['routed_out', 202, 'Dev: record only'],
            ['routed_out', 202, 'Dev: record only'],
            ['routed_out', 202, 'Dev: record only'],
        ])
        // The storm budget (1) counts created Incidents only: the next production alert still gets its own.
        expect(deliver(alert('c')).body.outcome).toBe('created')
    })

    it("a policy rule that creates no Incident keeps a storm Incident from opening", () => {
        resetInstance({ 'x_rhacs_snow.storm.policy_budget': '1' })
        rules({ name: 'Prod shop', namespace: 'shop' }, { name: 'Exec policy: no storm Incident', policy: 'Kubernetes Actions: Exec into Pod', create_incident: false })
        expect(deliver(alert('a', { namespace: 'shop' })).body.outcome).toBe('created')
        const b = deliver(alert('b', { namespace: 'shop' }))
        expect(b).toMatchObject({ status: 202, body: { outcome: 'routed_out', routed_by: 'Exec policy: no storm Incident' } })
        expect(incidents()).toHaveLength(1)
    })
})

describe('repeats never re-route', () => {
    it('an update after the rules changed keeps the Incident where it is, and reads no routing table', () => {
        rules({ name: 'Gibson', namespace: 'gibson', assignment_group: ROUTING.gibsonGroup })
        deliver(EXEC)
        // An analyst reassigns; the admin points the rule elsewhere.
        const row = fakeInstance.rows('incident')[0]
        row.assignment_group = ROUTING.platformGroup
        fakeInstance.rows('x_rhacs_snow_routing_rule')[0].assignment_group = ROUTING.paymentsGroup
        const repeat = opsOf(EXEC_UPDATE)
        expect(repeat.answer.body.outcome).toBe('updated')
        expect(repeat.routing).toEqual([])
        expect(incidents()[0].assignment_group).toBe(ROUTING.platformGroup)
        expect(opsOf(EXEC_UPDATE).routing).toEqual([]) // a replay: none either
        expect(deliveriesTable().map((d) => d.routed_by)).toEqual(['Gibson', '', ''])
    })
})
