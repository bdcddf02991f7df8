// What `now-sdk build` writes into dist/app: the records an admin installs. npm test builds first.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULTS } from '../src/server/app-properties'
import { CENTRAL_ALIAS_SYS_ID } from '../src/server/central-client'
import { REOPENED_CONDITION, RESOLVE_IN_RHACS_CONDITION, ROUTING_SNAPSHOT_RULES } from '../tools/business-rules'
import { SILENCE_EVENT } from '../src/server/silence-check'

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

/** name|operation -> role names, from sys_security_acl + sys_security_acl_role. */
function aclRoles(): { [nameAndOperation: string]: string[] } {
    const byId: { [sysId: string]: string } = {}
    for (const acl of records('sys_security_acl_')) {
        if (!acl.includes('<record_update table="sys_security_acl">')) continue
        byId[tag(acl, 'sys_id')] = tag(acl, 'name') + '|' + tag(acl, 'operation')
    }
    const out: { [key: string]: string[] } = {}
    for (const id of Object.keys(byId)) out[byId[id]] = []
    for (const link of records('sys_security_acl_role_')) {
        const acl = tag(link, 'sys_security_acl')
        const role = /<sys_user_role name="([^"]+)"/.exec(link)?.[1] ?? '?'
        if (out[byId[acl]]) out[byId[acl]].push(role)
    }
    for (const k of Object.keys(out)) out[k].sort()
    return out
}

function dictionary(table: string): string {
    return readFileSync(new URL('../dictionary/' + table + '.xml', updateDir), 'utf8')
}

describe('built app metadata', () => {
    it('POST /api/x_rhacs_snow/rhacs/alert requires authentication and the app ACL, consumes and produces JSON', () => {
        const [api] = records('sys_ws_definition_')
        expect(tag(api, 'service_id')).toBe('rhacs')
        const [op] = records('sys_ws_operation_').filter((x) => tag(x, 'operation_uri') === '/api/x_rhacs_snow/rhacs/alert')
        expect(tag(op, 'http_method')).toBe('POST')
        expect(tag(op, 'requires_authentication')).toBe('true')
        expect(tag(op, 'requires_acl_authorization')).toBe('true')
        expect(tag(op, 'consumes')).toBe('application/json')
        expect(tag(op, 'produces')).toBe('application/json')
        const [acl] = records('sys_security_acl_').filter((x) => x.includes('<type>REST_Endpoint</type>') && tag(x, 'name') === 'x_rhacs_snow.rhacs_alert')
        expect(tag(op, 'enforce_acl')).toBe(tag(acl, 'sys_id'))
        expect(tag(acl, 'operation')).toBe('execute')
        expect(tag(op, 'operation_script')).toContain("require('x_rhacs_snow/rhacs-snow/")
    })

    it('GET /api/x_rhacs_snow/rhacs/health has its own ACL: the app admin and analysts (itil), admins too', () => {
        const [op] = records('sys_ws_operation_').filter((x) => tag(x, 'operation_uri') === '/api/x_rhacs_snow/rhacs/health')
        expect(tag(op, 'http_method')).toBe('GET')
        expect(tag(op, 'requires_authentication')).toBe('true')
        expect(tag(op, 'requires_acl_authorization')).toBe('true')
        expect(tag(op, 'requires_snc_internal_role')).toBe('false')
        expect(tag(op, 'produces')).toBe('application/json')
        expect(tag(op, 'operation_script')).toContain("require('x_rhacs_snow/rhacs-snow/0.1.0/src/server/health-route.ts')")
        const [acl] = records('sys_security_acl_').filter((x) => x.includes('<type>REST_Endpoint</type>') && tag(x, 'name') === 'x_rhacs_snow.rhacs_health')
        // The route's own ACL, not the API's default (the alert ACL, which only the integration role passes).
        expect(tag(op, 'enforce_acl')).toBe(tag(acl, 'sys_id'))
        expect(tag(acl, 'operation')).toBe('execute')
        expect(tag(acl, 'admin_overrides')).toBe('true')
        expect(aclRoles()['x_rhacs_snow.rhacs_health|execute']).toEqual(['itil', 'x_rhacs_snow.admin'])
    })

    it('the health page: a UI page at x_rhacs_snow_health.do loading the SDK-built bundle, under the app menu for admins and analysts', () => {
        const pages = records('sys_ui_page_')
        expect(pages).toHaveLength(1)
        const [page] = pages
        expect(tag(page, 'endpoint')).toBe('x_rhacs_snow_health.do')
        expect(tag(page, 'direct')).toBe('true')
        const html = tag(page, 'html')
        expect(html).toContain('<script src="/uxasset/externals/x_rhacs_snow/main.jsdbx?uxpcb=')
        expect(html).toContain('window.g_ck = "$[gs.getSession().getSessionToken()')
        expect(html).toContain('<div id="root"></div>')
        const assets = records('sys_ux_lib_asset_').map((a) => tag(a, 'name')).sort()
        expect(assets.filter((n) => !n.endsWith('.js.map'))).toEqual(['x_rhacs_snow/main', expect.stringMatching(/^x_rhacs_snow\/vendor-react-dom--[0-9a-f]{8}$/)])
        const [module] = records('sys_app_module_').filter((m) => tag(m, 'title') === 'Integration health')
        expect(tag(module, 'link_type')).toBe('DIRECT')
        expect(tag(module, 'query')).toBe('x_rhacs_snow_health.do')
        expect(tag(module, 'roles').split(',').sort()).toEqual(['admin', 'itil', 'x_rhacs_snow.admin'])
    })

    it('the silence check runs every 15 minutes from its shipped module; its event is registered on the job-run table', () => {
        const jobs = Object.fromEntries(records('sysauto_script_').map((j) => [tag(j, 'name'), j]))
        const check = jobs['RHACS silence check']
        expect(tag(check, 'run_type')).toBe('periodically')
        expect(tag(check, 'run_period')).toBe('1970-01-01 00:15:00')
        expect(tag(check, 'run_start')).toBe('2026-01-01 00:07:00')
        expect(tag(check, 'script')).toContain('runSilenceCheck()')
        const [event] = records('sysevent_register_')
        expect(tag(event, 'event_name')).toBe(SILENCE_EVENT)
        expect(tag(event, 'suffix')).toBe('health.silent')
        expect(tag(event, 'table')).toBe('x_rhacs_snow_job_run')
        expect(SILENCE_EVENT.length).toBeLessThanOrEqual(40)
    })

    it('the endpoint ACL grants only the integration role', () => {
        const roles = records('sys_user_role_').map((r) => tag(r, 'name'))
        expect(roles.sort()).toEqual(['x_rhacs_snow.admin', 'x_rhacs_snow.integration'])
        expect(aclRoles()['x_rhacs_snow.rhacs_alert|execute']).toEqual(['x_rhacs_snow.integration'])
    })

    it('the app declares the ACLs of its tables: analysts (itil) read, the raw body and every change stay with the app admin', () => {
        const acls = aclRoles()
        for (const table of ['x_rhacs_snow_delivery', 'x_rhacs_snow_problem', 'x_rhacs_snow_alert', 'x_rhacs_snow_job_run', 'x_rhacs_snow_routing_rule', 'x_rhacs_snow_cluster_ci']) {
            expect(acls[table + '|read']).toEqual(['itil', 'x_rhacs_snow.admin'])
            expect(acls[table + '.*|read']).toEqual(['itil', 'x_rhacs_snow.admin'])
            for (const op of ['create', 'write', 'delete']) expect(acls[table + '|' + op]).toEqual(['x_rhacs_snow.admin'])
            // No generated access controls: what is declared above is all there is.
            expect(dictionary(table)).not.toMatch(/create_access_controls="true"/)
        }
        expect(acls['x_rhacs_snow_delivery.raw_body|read']).toEqual(['x_rhacs_snow.admin'])
    })

    it('analysts see the menu, the Open RHACS Incidents and deliveries modules; properties stay with the app admin', () => {
        const [menu] = records('sys_app_application_')
        expect(tag(menu, 'roles').split(',').sort()).toEqual(['admin', 'itil', 'x_rhacs_snow.admin'])
        const modules = Object.fromEntries(records('sys_app_module_').map((m) => [tag(m, 'title'), tag(m, 'roles').split(',').sort()]))
        expect(modules['Open RHACS Incidents']).toContain('itil')
        expect(modules['Deliveries']).toContain('itil')
        expect(modules['Properties']).toEqual(['admin', 'x_rhacs_snow.admin'])
        // Analysts read the routing tables (why did an Incident go there?); the ACLs keep changes with the app admin.
        expect(modules['Routing rules']).toEqual(['admin', 'itil', 'x_rhacs_snow.admin'])
        expect(modules['Cluster CIs']).toEqual(['admin', 'itil', 'x_rhacs_snow.admin'])
    })

    it('choice lists are version 3 records every supported release reads (legacyChoices)', () => {
        const all = readdirSync(new URL('../author_elective_update/', updateDir)).map((f) => readFileSync(new URL('../author_elective_update/' + f, updateDir), 'utf8'))
        const choices = all.filter((x) => x.includes('sys_choice'))
        expect(choices.length).toBeGreaterThan(0)
        for (const c of choices) {
            expect(c).not.toContain('sys_choice_v2')
            expect(c).toMatch(/<sys_choice_set action="INSERT_OR_UPDATE" field="[a-z_]+" table="[a-z_]+" version="3">/)
        }
    })

    it('the columns that change on every repeat are kept out of the audit history (no_audit)', () => {
        const churn = ['x_rhacs_snow_dedup_state', 'x_rhacs_snow_occurrences', 'x_rhacs_snow_last_seen', 'x_rhacs_snow_storm_noted_at']
        for (const column of churn) {
            const xml = readFileSync(new URL('sys_dictionary_incident_' + column + '.xml', updateDir), 'utf8')
            expect(tag(xml, 'attributes')).toContain('no_audit=true')
        }
    })

    it('every property is readable by the integration role (the handler reads them in its session) and writable by the app admin only', () => {
        const props = records('sys_properties_')
        expect(props.length).toBeGreaterThan(0)
        // The one property the handler writes itself (the first new Incident records whether the
        // workload CMDB class exists, incident-routing.ts) is writable by the integration role too.
        const written = ['x_rhacs_snow.routing.workload_ci_lookup']
        for (const p of props) {
            expect(tag(p, 'read_roles').split(',').sort(), tag(p, 'name')).toEqual(['x_rhacs_snow.admin', 'x_rhacs_snow.integration'])
            const write = written.includes(tag(p, 'name')) ? 'x_rhacs_snow.admin,x_rhacs_snow.integration' : 'x_rhacs_snow.admin'
            expect(tag(p, 'write_roles').split(',').sort().join(','), tag(p, 'name')).toBe(write)
        }
    })

    it('every property is shipped with the default the code falls back to', () => {
        const shipped = Object.fromEntries(records('sys_properties_').map((p) => [tag(p, 'name'), tag(p, 'value')]))
        expect(shipped).toEqual(DEFAULTS)
    })

    it('incident is reachable across scopes (read, create, write; delete for the ATF clean-up); routing reads groups and workload CIs', () => {
        const privileges = records('sys_scope_privilege_').map((p) => tag(p, 'operation') + ':' + tag(p, 'target_name')).sort()
        expect(privileges).toEqual(['create:incident', 'delete:incident', 'read:cmdb_ci_kubernetes_workload', 'read:incident', 'read:sys_user_group', 'write:incident'])
    })

    it('routing tables reference only tables every instance has, and the rules are read by (active, order)', () => {
        const rules = dictionary('x_rhacs_snow_routing_rule')
        const references = [...rules.matchAll(/<element name="([a-z_]+)" type="reference"[^>]* reference="([a-z_]+)"/g)].map((m) => m[1] + '->' + m[2]).sort()
        expect(references).toEqual(['assignment_group->sys_user_group', 'business_service->cmdb_ci_service', 'caller->sys_user', 'cmdb_ci->cmdb_ci'])
        expect(rules).toMatch(/<index name="x_rhacs_snow_routing_rule_order" unique="false">\s*<element name="active"\/>\s*<element name="order"\/>/)
        // The form offers active groups only.
        expect(rules).toMatch(/name="assignment_group"[^>]* use_reference_qualifier="advanced" reference_qual="active=true"/)
        const map = dictionary('x_rhacs_snow_cluster_ci')
        expect([...map.matchAll(/<element name="([a-z_]+)" type="reference"[^>]* reference="([a-z_]+)"/g)].map((m) => m[1] + '->' + m[2])).toEqual(['cmdb_ci->cmdb_ci'])
        // A delivery a rule keeps from creating an Incident has its own outcome, and every new Incident's row says what routed it.
        const deliveries = readdirSync(new URL('../author_elective_update/', updateDir)).map((f) => readFileSync(new URL('../author_elective_update/' + f, updateDir), 'utf8')).join('\n')
        expect(deliveries).toMatch(/routed_out/)
        expect(dictionary('x_rhacs_snow_delivery')).toMatch(/<element name="routed_by" type="string"[^>]* max_length="255"/)
    })

    it('the deliveries table indexes claim as unique, and the claim column says so too', () => {
        const xml = dictionary('x_rhacs_snow_delivery')
        expect(xml).toMatch(/<index name="x_rhacs_snow_delivery_claim" unique="true">\s*<element name="claim"\/>/)
        expect(xml).toMatch(/<element name="claim" type="string"[^>]* unique="true"/)
    })

    it('the problems table has one row per key: a unique index on key', () => {
        const xml = dictionary('x_rhacs_snow_problem')
        expect(xml).toMatch(/<index name="x_rhacs_snow_problem_key" unique="true">\s*<element name="key"\/>/)
        expect(xml).toMatch(/<index name="x_rhacs_snow_problem_storm" unique="false">\s*<element name="storm_state"\/>/)
    })

    it('ships ATF tests that post the exec-into-pod fixture with a run-unique alert id and deployment, and clean up', () => {
        const tests = records('sys_atf_test_')
        expect(tests.length).toBeGreaterThanOrEqual(5)
        const fixture = readFileSync(new URL('./fixtures/01-exec-into-pod.json', import.meta.url), 'utf8')
        const unescape = (x: string) => x.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
        const steps = records('sys_atf_step_').map((s) => [...s.matchAll(/<value>([^<]*)<\/value>/g)].map((m) => unescape(m[1])))
        const values = steps.flat()
        // One body per REST step (the step's variables hold it more than once).
        const bodies = steps.map((vs) => vs.find((v) => v.includes('"name":"Kubernetes Actions: Exec into Pod"'))).filter((b) => b !== undefined)
        expect(bodies.length).toBe(3)
        for (const body of bodies) {
            const run = /"id":"atf-(\{\{step\['[0-9a-f]{32}'\]\.record_id\}\})"/.exec(body)
            expect(run, 'the alert id is atf-<run id>').not.toBeNull()
            // Put the fixture's own id and deployment name back: the rest is the fixture, byte for byte.
            const restored = body
                .replace('"id":"atf-' + run![1] + '"', '"id":"c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04"')
                .replace('"name":"atf-' + run![1] + '"', '"name":"gibson-deployment"')
            expect(restored).toBe(fixture)
        }
        // Every test that posts deletes what its REST steps created (ATF does not roll those back).
        const posting = tests.filter((t) => /alert|routing/.test(tag(t, 'name')) || /Test button/.test(tag(t, 'name')))
        expect(posting.length).toBe(6)
        const scripts = values.filter((v) => v.includes('deleteRecord()'))
        expect(scripts.length).toBeGreaterThanOrEqual(6)
        // Nothing asserts on "any row": every delivery check is keyed to this run's id.
        expect(values.filter((v) => /^kind=|dedup_keySTARTSWITH|correlation_idSTARTSWITH/.test(v))).toEqual([])
    })

    it('ships the health ATF tests: a read-only GET for an admin, the platform behaviours the page relies on, the page in the client test runner', () => {
        const names = records('sys_atf_test_').map((t) => tag(t, 'name'))
        expect(names).toEqual(
            expect.arrayContaining([
                'RHACS health: GET /health answers 200 JSON for an admin',
                'RHACS: platform behaviours the health page relies on',
                'RHACS health page: analysts see the status line, others the missing role',
            ]),
        )
        const values = records('sys_atf_step_').flatMap((s) => [...s.matchAll(/<value>([^<]*)<\/value>/g)].map((m) => m[1]))
        expect(values).toContain('/api/x_rhacs_snow/rhacs/health')
        expect(new Set(values.filter((v) => v.includes("sn_atf.navigate('/x_rhacs_snow_health.do')"))).size).toBe(2)
        expect(values.some((v) => v.includes('&quot;errors&quot;:[]') || v.includes('"errors":[]'))).toBe(true)
    })

    it('only the server-side platform test runs with failOnServerError off (it provokes a unique-key error on purpose)', () => {
        const byName = Object.fromEntries(records('sys_atf_test_').map((t) => [tag(t, 'name'), tag(t, 'fail_on_server_error')]))
        expect(byName['RHACS: platform behaviours the handler relies on']).toBe('false')
        for (const [name, value] of Object.entries(byName)) if (name !== 'RHACS: platform behaviours the handler relies on') expect(value, name).toBe('true')
    })

    it('the routing ATF tests confine their rules to their own run (namespace atf-<run id>) and assert on their own rows', () => {
        const tests = Object.fromEntries(records('sys_atf_test_').map((t) => [tag(t, 'name'), tag(t, 'sys_id')]))
        expect(Object.keys(tests)).toEqual(expect.arrayContaining(['RHACS routing: a rule routes a posted alert', 'RHACS routing: an invalid rule is skipped']))
        const unescape = (x: string) => x.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
        // One value per step (a step's variables hold it more than once).
        const steps = records('sys_atf_step_').map((s) => [...s.matchAll(/<value>([^<]*)<\/value>/g)].map((m) => unescape(m[1])))
        const ruleScripts = steps.map((vs) => vs.find((v) => v.includes("new GlideRecord('x_rhacs_snow_routing_rule')") && v.includes('insert()'))).filter((v) => v !== undefined)
        expect(ruleScripts.length).toBe(2)
        for (const script of ruleScripts) expect(script).toMatch(/'atf-' \+ runId/)
        const bodies = steps.map((vs) => vs.find((v) => v.includes('"name":"RHACS ATF routing check"'))).filter((v) => v !== undefined)
        expect(bodies.length).toBe(2)
        for (const body of bodies) expect(body).toMatch(/"namespace":"atf-\{\{step\['[0-9a-f]{32}'\]\.record_id\}\}"/)
    })

    it('the retention job runs daily and the storm sweep every 5 minutes, both from shipped modules', () => {
        const jobs = Object.fromEntries(records('sysauto_script_').map((j) => [tag(j, 'name'), j]))
        const retention = jobs['RHACS deliveries retention']
        expect(tag(retention, 'run_type')).toBe('daily')
        // A fixed start, not the build time: two builds give the same record.
        expect(tag(retention, 'run_start')).toBe('2026-01-01 03:17:00')
        expect(tag(retention, 'script')).toContain('purgeOldDeliveries()')
        const sweep = jobs['RHACS storm sweep']
        expect(tag(sweep, 'run_type')).toBe('periodically')
        expect(tag(sweep, 'run_period')).toBe('1970-01-01 00:05:00')
        expect(tag(sweep, 'run_start')).toBe('2026-01-01 00:00:00')
        expect(tag(sweep, 'script')).toContain('runStormSweep()')
        const check = jobs['RHACS routing check']
        expect(tag(check, 'run_type')).toBe('daily')
        expect(tag(check, 'run_start')).toBe('2026-01-01 03:47:00')
        expect(tag(check, 'script')).toContain('runRoutingCheck()')
    })

    it('the routing snapshot: after rules on the rules and cluster CI tables, as the fake runs them, and its private property written by the admin only', () => {
        const rules = records('sys_script_').filter((r) => tag(r, 'script').includes('onRoutingTableChanged'))
        const built = rules.map((r) => ({
            table: tag(r, 'collection'),
            actions: (['insert', 'update', 'delete'] as const).filter((a) => tag(r, 'action_' + a) === 'true'),
        }))
        expect(built).toEqual(expect.arrayContaining(ROUTING_SNAPSHOT_RULES))
        expect(built).toHaveLength(ROUTING_SNAPSHOT_RULES.length)
        const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
        for (const r of rules) {
            expect(tag(r, 'when')).toBe('after')
            expect(tag(r, 'active')).toBe('true')
            expect(tag(r, 'filter_condition')).toBe('')
            expect(tag(r, 'condition')).toBe('')
            expect(tag(r, 'script')).toContain("require('x_rhacs_snow/rhacs-snow/" + version + "/src/server/routing-check-job.ts')")
            expect(tag(r, 'script')).toContain('onRoutingTableChanged(current, previous)')
        }
        const snapshot = records('sys_properties_').find((p) => tag(p, 'name') === 'x_rhacs_snow.routing.snapshot')
        expect(snapshot).toBeDefined()
        expect(tag(snapshot!, 'is_private')).toBe('true')
        expect(tag(snapshot!, 'ignore_cache')).toBe('true')
        expect(tag(snapshot!, 'write_roles')).toBe('x_rhacs_snow.admin')
    })

    it('"Test this rule": a server-side form button on routing rules for the app admin, staying on the form, requiring the shipped module by its versioned path', () => {
        const actions = records('sys_ui_action_').filter((a) => !a.includes('<sys_ui_action_role'))
        const action = actions.find((a) => tag(a, 'name') === 'Test this rule')
        expect(action).toBeDefined()
        expect(tag(action!, 'table')).toBe('x_rhacs_snow_routing_rule')
        expect([tag(action!, 'form_button'), tag(action!, 'show_update'), tag(action!, 'show_insert'), tag(action!, 'client'), tag(action!, 'active')]).toEqual(['true', 'true', 'false', '', 'true'])
        const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
        expect(tag(action!, 'script')).toBe(
            "const { onTestRoutingRule } = require('x_rhacs_snow/rhacs-snow/" + version + "/src/server/routing-rule-test-action.ts');\nonTestRoutingRule(current);\naction.setRedirectURL(current);",
        )
        const roles = records('sys_ui_action_role_').filter((r) => r.includes(tag(action!, 'sys_id')))
        expect(roles).toHaveLength(1)
        expect(roles[0]).toContain('x_rhacs_snow.admin')
    })

    it('the lifecycle: the credential alias the code reads by sys_id, the jobs, the two incident rules, and the ATF script\'s module paths', () => {
        const alias = records('sys_alias_')
        expect(alias.map((a) => tag(a, 'sys_id'))).toEqual([CENTRAL_ALIAS_SYS_ID])
        expect(tag(alias[0], 'type')).toBe('credential')
        expect(tag(alias[0], 'name')).toBe('rhacs_central')
        const rules = Object.fromEntries(records('sys_script_').map((r) => [tag(r, 'name'), r]))
        expect(tag(rules['RHACS resolve alerts in Central'], 'when')).toBe('async_always')
        expect(tag(rules['RHACS resolve alerts in Central'], 'filter_condition')).toBe(RESOLVE_IN_RHACS_CONDITION)
        expect(tag(rules['RHACS reopened: clear resolved by'], 'when')).toBe('before')
        expect(tag(rules['RHACS reopened: clear resolved by'], 'filter_condition')).toBe(REOPENED_CONDITION)
        const jobs = records('sysauto_script_').map((j) => tag(j, 'name'))
        expect(jobs).toEqual(expect.arrayContaining(['RHACS reconcile with Central', 'RHACS quiet ageing']))
        // The ATF script requires the app's modules by their shipped path, which carries the version.
        const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
        const atf = readFileSync(new URL('../src/fluent/tests/lifecycle-platform-assumptions.now.ts', import.meta.url), 'utf8')
        expect(atf).toContain("'x_rhacs_snow/rhacs-snow/" + version + "/src/server/'")
    })
})
