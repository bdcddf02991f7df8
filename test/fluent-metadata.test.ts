// What `now-sdk build` writes into dist/app: the records an admin installs. npm test builds first.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULTS } from '../src/server/app-properties'

const updateDir = new URL('../dist/app/update/', import.meta.url)

function records(prefix: string): string[] {
    if (!existsSync(updateDir)) throw new Error('dist/app is missing: run `npm run build` (npm test does) before the tests')
    return readdirSync(updateDir)
        .filter((f) => f.startsWith(prefix))
        .map((f) => readFileSync(new URL(f, updateDir), 'utf8'))
}

function tag(xml: string, name: string): string {
    const m = new RegExp('<' + name + '(?: [^>]*)?>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</' + name + '>').exec(xml)
    return m ? m[1] : ''
}

describe('built app metadata', () => {
    it('POST /api/x_rhacs_snow/rhacs/alert requires authentication and the app ACL, consumes and produces JSON', () => {
        const [api] = records('sys_ws_definition_')
        expect(tag(api, 'service_id')).toBe('rhacs')
        const [op] = records('sys_ws_operation_')
        expect(tag(op, 'http_method')).toBe('POST')
        expect(tag(op, 'operation_uri')).toBe('/api/x_rhacs_snow/rhacs/alert')
        expect(tag(op, 'requires_authentication')).toBe('true')
        expect(tag(op, 'requires_acl_authorization')).toBe('true')
        expect(tag(op, 'consumes')).toBe('application/json')
        expect(tag(op, 'produces')).toBe('application/json')
        const [acl] = records('sys_security_acl_').filter((x) => x.includes('<type>REST_Endpoint</type>'))
        expect(tag(op, 'enforce_acl')).toBe(tag(acl, 'sys_id'))
        expect(tag(acl, 'operation')).toBe('execute')
        expect(tag(op, 'operation_script')).toContain("require('x_rhacs_snow/rhacs-snow/")
    })

    it('the ACL grants the app role x_rhacs_snow.integration', () => {
        const roles = records('sys_user_role_').map((r) => tag(r, 'name'))
        expect(roles.sort()).toEqual(['x_rhacs_snow.admin', 'x_rhacs_snow.integration'])
        const [aclRole] = records('sys_security_acl_role_')
        expect(aclRole).toContain('x_rhacs_snow.integration')
    })

    it('every property is shipped with the default the code falls back to', () => {
        const shipped = Object.fromEntries(records('sys_properties_').map((p) => [tag(p, 'name'), tag(p, 'value')]))
        expect(shipped).toEqual(DEFAULTS)
    })

    it('incident is reachable across scopes: read, create and write privileges', () => {
        const privileges = records('sys_scope_privilege_').map((p) => tag(p, 'operation') + ':' + tag(p, 'target_name')).sort()
        expect(privileges).toEqual(['create:incident', 'read:incident', 'write:incident'])
    })

    it('the deliveries table indexes claim as unique', () => {
        const dictionary = readFileSync(new URL('../dictionary/x_rhacs_snow_delivery.xml', updateDir), 'utf8')
        expect(dictionary).toMatch(/<index name="x_rhacs_snow_delivery_claim" unique="true">\s*<element name="claim"\/>/)
    })

    it('ships ATF tests whose REST body is exactly the exec-into-pod fixture', () => {
        const tests = records('sys_atf_test_')
        expect(tests.length).toBeGreaterThanOrEqual(4)
        const fixture = readFileSync(new URL('./fixtures/01-exec-into-pod.json', import.meta.url), 'utf8')
        const steps = records('sys_atf_step_')
        const bodies = steps.filter((s) => s.includes('/api/x_rhacs_snow/rhacs/alert') && s.includes('c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04'))
        expect(bodies.length).toBeGreaterThanOrEqual(3)
        const unescape = (x: string) => x.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
        for (const step of bodies) expect(unescape(step)).toContain(fixture)
    })

    it('the retention job runs daily and the storm sweep every 5 minutes, both from shipped modules', () => {
        const jobs = Object.fromEntries(records('sysauto_script_').map((j) => [tag(j, 'name'), j]))
        const retention = jobs['RHACS deliveries retention']
        expect(tag(retention, 'run_type')).toBe('daily')
        expect(tag(retention, 'script')).toContain('purgeOldDeliveries()')
        const sweep = jobs['RHACS storm sweep']
        expect(tag(sweep, 'run_type')).toBe('periodically')
        expect(tag(sweep, 'run_period')).toBe('1970-01-01 00:05:00')
        expect(tag(sweep, 'script')).toContain('runStormSweep()')
    })
})
