// "Test this rule" on the routing rule form: which of the newest alert deliveries a rule would have
// matched, judged on the stored raw bodies with the handler's own matching. Pure (routing-rule-test.ts)
// and through the button's entry on the Glide fake (routing-rule-test-action.ts).
import { beforeEach, describe, expect, it } from 'vitest'
import { RULE_COLUMNS, type RoutingRuleRow } from '../src/server/routing-rules'
import { messageText, ruleTestLines, testRule, type StoredDelivery } from '../src/server/routing-rule-test'
import { onTestRoutingRule } from '../src/server/routing-rule-test-action'
import { fakeInstance, GlideRecord } from '../tools/glide-fake/index'
import { deliver, resetInstance } from '../tools/local-instance'
import { alert, EXEC, LOOKUP } from './support/routing'
import { ROUTING } from './support/scenarios'

function row(values: Partial<RoutingRuleRow>): RoutingRuleRow {
    const r = {} as { [column: string]: string }
    for (const c of RULE_COLUMNS) r[c] = ''
    return { ...(r as unknown as RoutingRuleRow), sys_id: 'e'.repeat(32), ...values }
}

const stored = (rawBody: string, extra: Partial<StoredDelivery> = {}): StoredDelivery => ({ received: '2026-02-12 15:00:00', alertId: '', rawBody, attached: false, routedBy: '', ...extra })

function insertRule(values: { [column: string]: string | number | boolean }): GlideRecord {
    const gr = new GlideRecord('x_rhacs_snow_routing_rule')
    gr.initialize()
    for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
    const id = gr.insert()
    expect(id).not.toBeNull()
    const current = new GlideRecord('x_rhacs_snow_routing_rule')
    expect(current.get(id!)).toBe(true)
    return current
}

beforeEach(() => {
    resetInstance({ [LOOKUP]: 'missing' })
    fakeInstance.seed('sys_user_group', ROUTING.groups)
})

describe('which deliveries a rule matches (pure)', () => {
    it('judges each stored alert body with the handler matching; attached (cut) and non-alert bodies are not judged', () => {
        const rule = row({ name: 'Payments', namespace: 'payments*', min_severity: 'HIGH_SEVERITY' })
        const result = testRule(rule, [
            stored(alert('a', { namespace: 'payments' }), { routedBy: 'property' }),
            stored(alert('b', { namespace: 'shop' })),
            stored(alert('c', { namespace: 'payments-eu' })),
            stored(alert('d', { namespace: 'payments' }).replace('"HIGH_SEVERITY"', '"LOW_SEVERITY"')),
            stored(alert('e', { namespace: 'payments' }), { attached: true }),
            stored(JSON.stringify({ alert: { id: 'testalert', policy: { name: 'Test' } } })),
            stored('{"alert": cut'),
        ])
        expect(result.invalid).toBe('')
        expect(result.checked).toBe(4)
        expect(result.unreadable).toBe(3)
        expect(result.matches.map((m) => [m.alertId, m.namespace, m.routedBy])).toEqual([
            ['alert-a', 'payments', 'property'],
            ['alert-c', 'payments-eu', ''],
        ])
    })

    it('an invalid rule matches nothing and says why', () => {
        const result = testRule(row({ name: 'Regex', namespace: 'a|b' }), [stored(alert('a', { namespace: 'a' }))])
        expect(result).toEqual({ invalid: 'namespace: the pattern "a|b" looks like a regular expression (use * and ? only)', checked: 0, unreadable: 0, matches: [] })
        expect(ruleTestLines('Regex', result, 1)).toEqual(['Routing rule &quot;Regex&quot; cannot be used, so it matches nothing: namespace: the pattern &quot;a|b&quot; looks like a regular expression (use * and ? only).'])
    })

    it('the lines: a count, at most 10 matches listed, payload text escaped for the form (it may render HTML)', () => {
        const deliveries = Array.from({ length: 12 }, (_, i) => stored(alert('x' + i, { namespace: 'team-<b>' + i + '</b>' }), { received: '2026-02-12 15:00:' + String(i).padStart(2, '0') }))
        const result = testRule(row({ name: 'Teams', namespace: 'team-*' }), deliveries)
        const lines = ruleTestLines('Teams', result, 12)
        expect(lines).toHaveLength(12)
        expect(lines[0]).toBe(
            'Routing rule &quot;Teams&quot; would match 12 of the 12 newest alert deliveries of the last 30 days. A rule with a lower order that matches first still wins. This test saves nothing.',
        )
        expect(lines[1]).toContain('namespace team-&lt;b&gt;0&lt;/b&gt;')
        expect(lines.join('\n')).not.toMatch(/<|>/)
        expect(lines[11]).toBe('… and 2 more.')
        expect(messageText('a\nb <i>"x"</i> & \'y\'')).toBe('a b &lt;i&gt;&quot;x&quot;&lt;/i&gt; &amp; &#39;y&#39;')
    })
})

describe('the button on the fake instance', () => {
    it('matches exactly the deliveries the handler routed by that rule when it was the only one', () => {
        insertRule({ name: 'Teams', order: 10, active: true, namespace: 'team-a*, gibson', min_severity: 'HIGH_SEVERITY' })
        const bodies = [EXEC, alert('a1', { namespace: 'team-a1' }), alert('b1', { namespace: 'team-b1' }), alert('a2', { namespace: 'team-a2' }).replace('"HIGH_SEVERITY"', '"LOW_SEVERITY"'), alert('a3', { namespace: 'team-a3' })]
        for (const b of bodies) expect(deliver(b).status).toBe(201)
        const routedByRule = fakeInstance.rows('x_rhacs_snow_delivery').filter((d) => d.routed_by === 'Teams').map((d) => d.alert_id)
        expect(routedByRule).toHaveLength(3)
        // The same rule, deactivated so it routes nothing more, tested from its form.
        const current = insertRule({ name: 'Teams (copy)', order: 20, active: false, namespace: 'team-a*, gibson', min_severity: 'HIGH_SEVERITY' })
        const before = fakeInstance.operations.length
        onTestRoutingRule(current)
        // One query of the deliveries, nothing written.
        expect(fakeInstance.operations.slice(before).map((o) => o.op + ':' + o.table + ':' + (o.fields ?? []).join(','))).toEqual(['query:x_rhacs_snow_delivery:received,kind'])
        const lines = fakeInstance.messages.map((m) => m.message)
        expect(fakeInstance.messages.every((m) => m.level === 'info')).toBe(true)
        expect(lines[0]).toMatch(/^Routing rule &quot;Teams \(copy\)&quot; would match 3 of the 5 newest alert deliveries of the last 30 days\./)
        expect(lines.slice(1).map((l) => /alert ([^,]+),/.exec(l)?.[1]).sort()).toEqual(routedByRule.sort())
        expect(lines.slice(1).every((l) => l.endsWith('; routed by Teams'))).toBe(true)
    })

    it('reads the newest 50 alert deliveries of the last 30 days only', () => {
        deliver(alert('old', { namespace: 'team-old' }))
        fakeInstance.advance(31 * 86400000)
        for (let i = 0; i < 52; i++) {
            fakeInstance.advance(1000)
            deliver(alert('n' + i, { namespace: 'team-' + i }))
        }
        deliver('not json')
        onTestRoutingRule(insertRule({ name: 'All teams', order: 10, active: false, namespace: 'team-*' }))
        const lines = fakeInstance.messages.map((m) => m.message)
        expect(lines[0]).toMatch(/would match 50 of the 50 newest alert deliveries/)
        expect(lines.join('\n')).not.toContain('alert-old')
        // Newest first: n51 down to n42 listed, then the count of the rest.
        expect(lines[1]).toContain('alert alert-n51,')
        expect(lines[10]).toContain('alert alert-n42,')
        expect(lines[11]).toBe('… and 40 more.')
    })

    it('no deliveries yet: says so', () => {
        onTestRoutingRule(insertRule({ name: 'Any', order: 10, active: true }))
        expect(fakeInstance.messages.map((m) => m.message)).toEqual([
            'Routing rule &quot;Any&quot; would match 0 of the 0 newest alert deliveries of the last 30 days; there are none. A rule with a lower order that matches first still wins. This test saves nothing.',
        ])
    })
})
