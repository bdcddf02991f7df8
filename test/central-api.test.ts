// What the app asks Central and how it reads the answers (src/server/central-api.ts), and the
// Central double's query semantics (tools/central-double.ts), which must be as strict as the
// StackRox source says Central is, never kinder.
import { describe, expect, it } from 'vitest'
import { faultOf, isCentralAlertId, listAlertsRequest, readListAlerts, resolveAlertRequest } from '../src/server/central-api'
import { CentralDouble, DOUBLE_TOKEN } from '../tools/central-double'

const A = 'c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04'
const B = 'a3d9e6b1-4f2c-4d8a-9e5b-7c1f3a8d2e46'
const AUTH = { Authorization: 'Bearer ' + DOUBLE_TOKEN }

function get(double: CentralDouble, query: string) {
    const answer = double.handler({ method: 'GET', url: 'https://central.example.com/v1/alerts?' + query, headers: AUTH, body: '', timeoutMs: 10000 })
    return { status: answer.status, ids: answer.status === 200 ? (JSON.parse(answer.body).alerts as Array<{ id: string }>).map((a) => a.id) : [] }
}

const q = (text: string) => 'query=' + encodeURIComponent(text)

describe('central-api', () => {
    it('asks only UUIDs', () => {
        expect(isCentralAlertId(A)).toBe(true)
        expect(isCentralAlertId('testalert')).toBe(false)
        expect(isCentralAlertId(A + ' ')).toBe(false)
        expect(isCentralAlertId(A.replace(/-/g, ''))).toBe(false)
    })

    it('builds the ListAlerts request with every state and the batch size as the limit', () => {
        expect(listAlertsRequest([A, B])).toEqual({
            method: 'GET',
            path: '/v1/alerts',
            query: 'query=Alert%20ID%3A' + A + '%2C' + B + '%2BViolation%20State%3AACTIVE%2CATTEMPTED%2CRESOLVED&pagination.limit=2',
            body: '',
        })
        expect(resolveAlertRequest(A, false)).toEqual({ method: 'PATCH', path: '/v1/alerts/' + A + '/resolve', query: '', body: '{"addToBaseline":false}' })
    })

    it('reads an answer: asked ids only, case-insensitive, a missing state as ACTIVE', () => {
        const body = JSON.stringify({ alerts: [{ id: A.toUpperCase(), state: 'RESOLVED', lifecycleStage: 'RUNTIME', time: 't' }, { id: B }, { id: 'other', state: 'RESOLVED' }] })
        const read = readListAlerts({ status: 200, body, error: '' }, [A, B])
        expect(read).toEqual({ ok: true, found: { [A]: { state: 'RESOLVED', lifecycleStage: 'RUNTIME', time: 't' }, [B]: { state: 'ACTIVE', lifecycleStage: 'DEPLOY', time: '' } } })
    })

    it('turns every status into a fault with what to do, quoting Central\'s message, never a token', () => {
        const f = faultOf({ status: 403, body: '{"code":7,"message":"not authorized: \\"view\\" for \\"Alert\\""}', error: '' })
        expect(f).toEqual({ kind: 'forbidden', status: 403, message: 'HTTP 403 (not authorized: "view" for "Alert"): the API token\'s role lacks the permission: Alert read (reconcile) or Alert write (resolve)' })
        expect(faultOf({ status: 0, body: '', error: 'Connection refused' }).message).toMatch(/^no answer \(Connection refused\): check x_rhacs_snow.central_url/)
        expect(faultOf({ status: 429, body: 'slow down', error: '' }).kind).toBe('rate_limited')
        expect(faultOf({ status: 502, body: '', error: '' }).kind).toBe('server')
        expect(faultOf({ status: 400, body: '', error: '' }).kind).toBe('bad_request')
        expect(faultOf({ status: 200, body: '', error: '' }, 'malformed').kind).toBe('malformed')
    })
})

describe('the Central double answers as Central does', () => {
    const double = () =>
        new CentralDouble({
            alerts: [
                { id: A, state: 'RESOLVED', lifecycleStage: 'RUNTIME', time: '2026-02-12T10:00:00Z' },
                { id: B, state: 'ACTIVE', lifecycleStage: 'DEPLOY', time: '2026-02-12T11:00:00Z' },
            ],
            failure: null,
        })

    it('without Violation State, returns only ACTIVE and ATTEMPTED alerts', () => {
        expect(get(double(), q('Alert ID:' + A + ',' + B)).ids).toEqual([B])
        expect(get(double(), q('Alert ID:' + A + ',' + B + '+Violation State:ACTIVE,ATTEMPTED,RESOLVED')).ids).toEqual([B, A])
    })

    it('a state filter spelled in another case matches nothing (the default filter is ANDed in)', () => {
        expect(get(double(), q('Alert ID:' + A + '+violation state:RESOLVED')).ids).toEqual([])
    })

    it('reads a literal "+" as a space: an unencoded query loses its state filter', () => {
        expect(get(double(), 'query=Alert%20ID%3A' + A + '+Violation%20State%3ARESOLVED').status).toBe(500)
    })

    it('fails the whole call on a value that is not a UUID', () => {
        expect(get(double(), q('Alert ID:' + A + ',not-a-uuid+Violation State:RESOLVED')).status).toBe(500)
    })

    it('pages: no pagination 1000, an explicit limit honoured', () => {
        expect(get(double(), q('Violation State:ACTIVE,RESOLVED') + '&pagination.limit=1').ids).toEqual([B])
        expect(get(double(), q('Violation State:ACTIVE,RESOLVED') + '&pagination.limit=1&pagination.offset=1').ids).toEqual([A])
    })

    it('answers 401 without the token, 404 for an unknown id, and resolves only RUNTIME or ATTEMPTED alerts', () => {
        const d = double()
        expect(d.handler({ method: 'GET', url: 'https://central.example.com/v1/alerts', headers: {}, body: '', timeoutMs: 0 }).status).toBe(401)
        const patch = (id: string) => d.handler({ method: 'PATCH', url: 'https://central.example.com/v1/alerts/' + id + '/resolve', headers: AUTH, body: '{"addToBaseline":false}', timeoutMs: 0 })
        expect(patch('11111111-2222-4333-8444-555555555555').status).toBe(404)
        expect(patch(B)).toEqual({ status: 200, body: '{}' })
        expect(d.alert(B)!.state).toBe('ACTIVE')
        expect(d.calls.map((c) => c.status)).toEqual([401, 404, 200])
    })
})
