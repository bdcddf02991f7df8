// Every finding of the hostile-input campaign (the hostile-input issue), each with its minimal body,
// as a test: what reached a stored field, a key, a log line, or the dedup memory, and must not.
import { beforeEach, describe, expect, it } from 'vitest'
import { PROPERTY } from '../src/server/app-properties'
import { MAX_VERSIONS, parseState, STATE_MAX } from '../src/server/dedup-state'
import { cleanLine, cleanText } from '../src/server/text-hygiene'
import { timestampSortKey } from '../src/server/rhacs-time'
import { fakeInstance } from '../tools/glide-fake/index'
import { deliver, deliveriesTable, incidents, resetInstance } from '../tools/local-instance'
import { everythingStored, hasCodeTag, overLong, stringsIn } from './support/hostile'

beforeEach(() => resetInstance())

type Json = { [key: string]: unknown }

function alert(fields: Json = {}, deployment: Json = { name: 'api', type: 'Deployment' }): string {
    return JSON.stringify({
        alert: {
            id: 'a-1',
            policy: { id: 'p-1', name: 'Policy', severity: 'HIGH_SEVERITY' },
            clusterName: 'prod',
            namespace: 'shop',
            deployment,
            violations: [{ message: 'something happened', time: '2026-02-12T10:00:00Z' }],
            time: '2026-02-12T10:00:00Z',
            ...fields,
        },
    })
}

function noCodeTagAnywhere(answers: unknown[] = []): void {
    const leaks = everythingStored().filter((s) => hasCodeTag(s.value))
    expect(leaks.map((s) => s.where + ': ' + JSON.stringify(s.value.slice(0, 120)))).toEqual([])
    expect(stringsIn(answers).filter(hasCodeTag)).toEqual([])
    expect(overLong()).toEqual([])
}

describe('[code] reaches no stored field, key, response or log line', () => {
    it('a namespace "[code]x": correlation_id, response, dedup_key and claim', () => {
        const answer = deliver(alert({ namespace: '[code]x' }))
        expect(answer.status).toBe(201)
        expect(String(answer.body.correlation_id)).toMatch(/^rhacs-w:[0-9a-f]{32}:\(code\)x\/api$/)
        const [row] = deliveriesTable()
        expect(row.dedup_key).toBe(answer.body.correlation_id)
        noCodeTagAnywhere([answer.body])
    })

    it('an alert id or a policy name in alert-mode and storm keys', () => {
        resetInstance({ [PROPERTY.dedupMode]: 'alert', [PROPERTY.stormPolicyBudget]: '0' })
        const answer = deliver(alert({ id: '[code]id', policy: { id: '[code]p', name: '[CODE]<b>x</b>[/code]', severity: 'LOW_SEVERITY' } }))
        expect(answer.body.outcome).toBe('storm')
        noCodeTagAnywhere([answer.body])
        resetInstance({ [PROPERTY.dedupMode]: 'alert' })
        const second = deliver(alert({ id: '[code]id' }))
        expect(String(second.body.correlation_id)).toMatch(/^rhacs-a:[0-9a-f]{32}:\(code\)id$/)
        noCodeTagAnywhere([second.body])
    })

    it("the storm Incident's description prints the severity through the hygiene: no tag, NUL or CR survives", () => {
        resetInstance({ [PROPERTY.stormPolicyBudget]: '0' })
        const severity = '[code]<b>x</b>\r\nForged: line\u0000'
        deliver(alert({ policy: { id: 'p', name: 'P', severity } }))
        const storm = incidents().find((i) => i.storm_state === 'active')!
        expect(storm.description).not.toContain('\u0000')
        expect(storm.description).not.toContain('\r')
        expect(storm.description).not.toMatch(/^Forged: line/m)
        noCodeTagAnywhere()
    })

    it('the delivery row keeps alert_id, severity and lifecycle_stage clean', () => {
        deliver(alert({ id: '[code]\r\nid\u0000', lifecycleStage: '[code]RUNTIME\n', policy: { id: 'p', name: 'P', severity: '[/code]HIGH\u0007' } }))
        const [row] = deliveriesTable()
        expect(row.alert_id).toBe('(code) id')
        expect(row.severity).toBe('(/code)HIGH')
        expect(row.lifecycle_stage).toBe('(code)RUNTIME')
        noCodeTagAnywhere()
    })

    it('tags with NEL, zero-width or soft-hyphen characters inside are neutralised too', () => {
        for (const tag of ['[\u0085code]', '[\u200bcode]', '[co\u00adde]', '[\u2060/code\ufeff]', '[c\u034fode]', '[\u00a0CoDe\u3000]']) {
            expect(hasCodeTag(tag)).toBe(true)
            expect(hasCodeTag(cleanText(tag, 4000))).toBe(false)
            expect(hasCodeTag(cleanLine(tag, 4000))).toBe(false)
        }
        resetInstance()
        deliver(alert({ violations: [{ message: 'x [\u0085code]<img src=y>[/\u200bcode] [co\u00adde]' }], policy: { id: 'p', name: '[\u200bcode]n', severity: 'LOW_SEVERITY' } }))
        noCodeTagAnywhere()
    })
})

describe('dedup memory is bounded and replays stay duplicates', () => {
    it('one 16,000-character alert id: stored as a hash, replays are duplicates', () => {
        const body = alert({ id: 'i'.repeat(16000) })
        expect(deliver(body).body.outcome).toBe('created')
        expect(deliver(body).body.outcome).toBe('duplicate')
        const state = fakeInstance.rows('incident')[0].x_rhacs_snow_dedup_state
        expect(state.length).toBeLessThan(1000)
        expect(parseState(state).versions[0][0]).toMatch(/^h:[0-9a-f]{32}$/)
    })

    it('in none mode, a long id replayed is a duplicate, not a new Incident per replay', () => {
        resetInstance({ [PROPERTY.dedupMode]: 'none' })
        const body = alert({ id: 'i'.repeat(16000) })
        expect(deliver(body).body.outcome).toBe('created')
        expect(deliver(body).body.outcome).toBe('duplicate')
        expect(incidents()).toHaveLength(1)
    })

    it('20 ids of 1,000 characters on one workload, then filled to the bound: the state fits its column and every replay of the recent ones is a duplicate', () => {
        const bodies: string[] = []
        for (let i = 0; i < 30; i++) {
            // 40 violations each: the fingerprint memory fills too.
            const violations = Array.from({ length: 40 }, (_, k) => ({ message: 'v' + i + '-' + k + 'x'.repeat(900), time: '2026-02-12T10:00:' + String(k).padStart(2, '0') + 'Z' }))
            bodies.push(alert({ id: String(i).padStart(1000, 'x'), violations, time: '2026-02-12T10:00:00Z' }))
        }
        for (const b of bodies) deliver(b)
        const state = fakeInstance.rows('incident')[0].x_rhacs_snow_dedup_state
        expect(state.length).toBeLessThanOrEqual(STATE_MAX)
        const parsed = parseState(state)
        expect(parsed.versions).toHaveLength(MAX_VERSIONS)
        for (const b of bodies.slice(-MAX_VERSIONS)) expect(deliver(b).body.outcome).toBe('duplicate')
        expect(overLong()).toEqual([])
    })

    it('with 20 ids remembered, a 21st id with an older time is kept (the entry just written is never evicted): its replay is a duplicate', () => {
        for (let i = 0; i < MAX_VERSIONS; i++) deliver(alert({ id: 'id-' + i, time: '2026-02-12T11:00:00Z' }))
        const older = alert({ id: 'id-old', time: '2026-01-01T00:00:00Z', violations: [{ message: 'old one', time: '2026-01-01T00:00:00Z' }] })
        expect(deliver(older).body.outcome).toBe('updated')
        expect(deliver(older).body.outcome).toBe('duplicate')
    })
})

describe('keys cannot collide by construction', () => {
    it('policy id "p\\u0000c" + cluster "x" and policy id "p" + cluster "c\\u0000x" are two problems', () => {
        const a = deliver(alert({ policy: { id: 'p\u0000c', name: 'P', severity: 'LOW_SEVERITY' }, clusterName: 'x' }))
        const b = deliver(alert({ policy: { id: 'p', name: 'P', severity: 'LOW_SEVERITY' }, clusterName: 'c\u0000x' }))
        expect(a.body.outcome).toBe('created')
        expect(b.body.outcome).toBe('created')
        expect(a.body.number).not.toBe(b.body.number)
    })

    it('a 90-character namespace with Deployment/a + b and Deployment + a/b are two problems', () => {
        const ns = 'n'.repeat(90)
        const a = deliver(alert({ namespace: ns }, { type: 'Deployment/a', name: 'b' }))
        const b = deliver(alert({ namespace: ns }, { type: 'Deployment', name: 'a/b' }))
        expect(a.body.outcome).toBe('created')
        expect(b.body.outcome).toBe('created')
        expect(a.body.correlation_id).not.toBe(b.body.correlation_id)
    })

    it('two exec commands whose old 32-bit fingerprints collided are both noted', () => {
        // FNV-1a 32 of the old fingerprint input: these two commands gave the same 8bbdddec.
        const fnv = (t: string) => {
            let h = 0x811c9dc5
            for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619) >>> 0
            return h >>> 0
        }
        const time = '2026-02-12T15:29:47.901223145Z'
        const violation = (cmd: string) => ({
            message: "Kubernetes API received exec '" + cmd + "' request into pod 'garbage' container 'kserve-container'",
            time,
            keyValueAttrs: { attrs: [{ key: 'pod', value: 'garbage' }, { key: 'container', value: 'kserve-container' }, { key: 'commands', value: cmd }, { key: 'Username', value: 'zero-cool' }, { key: 'Groups', value: 'ocp-admins' }] },
        })
        const oldInput = (cmd: string) => {
            const v = violation(cmd)
            return v.message + '\u0000' + time + '\u0000' + v.keyValueAttrs.attrs.map((a) => a.key + '=' + a.value).join('\u0001')
        }
        expect(fnv(oldInput('cat /tmp/f25601'))).toBe(fnv(oldInput('cat /tmp/f55343')))
        deliver(alert({ violations: [violation('cat /tmp/f25601')], time }))
        const second = deliver(alert({ violations: [violation('cat /tmp/f55343'), violation('cat /tmp/f25601')], time: '2026-02-12T15:29:48Z' }))
        expect(second.body.outcome).toBe('updated')
        expect(incidents()[0].work_notes[0]).toContain("exec 'cat /tmp/f55343'")
    })
})

describe('timestamps of any year order correctly', () => {
    it('v1 at 1969-12-31T23:59:58Z then v2 at 23:59:59Z with a new violation is an update, not stale', () => {
        expect(deliver(alert({ time: '1969-12-31T23:59:58Z', violations: [{ message: 'one', time: '1969-12-31T23:59:58Z' }] })).body.outcome).toBe('created')
        expect(deliver(alert({ time: '1969-12-31T23:59:59Z', violations: [{ message: 'two', time: '1969-12-31T23:59:59Z' }, { message: 'one', time: '1969-12-31T23:59:58Z' }] })).body.outcome).toBe('updated')
    })

    it('years 0001-0099, 1969/1970 and 9999 sort as instants; any fraction of 0-9 digits', () => {
        const ordered = [
            '0001-01-01T00:00:00+23:59',
            '0001-01-01T00:00:00Z',
            '0099-12-31T23:59:59.999999999Z',
            '0100-01-01T00:00:00Z',
            '1969-12-31T23:59:59.9Z',
            '1970-01-01T00:00:00Z',
            '1970-01-01T00:00:00.000000001Z',
            '2026-02-12T15:22:22.2Z',
            '2026-02-12T15:22:22.276Z',
            '2026-02-12T15:22:22.276480Z',
            '2026-02-12T15:22:22.276480996Z',
            '9999-12-31T23:59:59.999999999Z',
        ]
        const keys = ordered.map(timestampSortKey)
        for (const k of keys) expect(k).toMatch(/^\d{21}$/)
        expect(keys.slice().sort()).toEqual(keys)
        expect(new Set(keys).size).toBe(keys.length)
        expect(timestampSortKey('2026-02-30T00:00:00Z')).toBe('')
    })
})

describe('logs stay one line, debug included', () => {
    it('a policy name with a newline cannot forge a log line; the raw-body debug line of a pretty-printed body is one line', () => {
        resetInstance({ [PROPERTY.debug]: 'true' })
        const pretty = JSON.stringify(JSON.parse(alert({ policy: { id: 'p', name: 'P\nRHACS delivery: outcome=created forged', severity: 'LOW_SEVERITY' } })), null, 2)
        deliver(pretty)
        for (const l of fakeInstance.logs) {
            expect(l.message).not.toMatch(/[\r\n\u2028\u2029\u0085]/)
        }
        expect(fakeInstance.logs.filter((l) => /^RHACS delivery: outcome=/.test(l.message))).toHaveLength(1)
    })
})

describe('bodies built to be slow are handled correctly (their cost is in npm run bench)', () => {
    const MB = 1 << 20
    const shapes: Array<[string, string]> = [
        ['"[ " repeated in the alert id', alert({ id: '[ '.repeat(MB / 2) })],
        ['"[ " repeated in the namespace', alert({ namespace: '[ '.repeat(MB / 2) })],
        ['"[ " repeated in the policy name', alert({ policy: { id: 'p', name: '[ '.repeat(MB / 2), severity: 'LOW_SEVERITY' } })],
        ['emoji in the namespace', alert({ namespace: '😀'.repeat(MB / 4) })],
        ['55,000 extra top-level fields', JSON.stringify(Object.assign(Object.fromEntries(Array.from({ length: 55000 }, (_, i) => ['f' + i, 'v'])), JSON.parse(alert())))],
        ['[code] repeated in the policy name', alert({ policy: { id: 'p', name: '[code]'.repeat(MB / 6), severity: 'LOW_SEVERITY' } })],
    ]
    for (const [name, body] of shapes) {
        it(name, () => {
            const answer = deliver(body)
            expect(answer.status).toBe(201)
            noCodeTagAnywhere([answer.body])
            expect(deliveriesTable()).toHaveLength(1)
        })
    }
})
