// The handler suite as data: every response branch and the dedup paths, with what each delivery
// must answer. Data only (no functions), so the same scenarios run against the TypeScript
// source, against the modules the build ships in dist/, and under Rhino.

export interface ScenarioDelivery {
    /** A file in test/fixtures, or… */
    fixture?: string
    /** …a literal body. */
    body?: string
    status: number
    outcome?: string
    error?: string
    /** The answer must name the same Incident as the delivery at this index. */
    sameIncidentAs?: number
    /** Fake clock moves forward this much before the delivery. */
    advanceMs?: number
    /** Before this delivery, the fake refuses this many inserts into these tables. */
    refuseInserts?: { [table: string]: number }
    /** Before this delivery, close (state 7) the Incident the delivery at this index named. */
    closeIncidentOf?: number
}

export interface ExpectedIncident {
    short_description?: string
    urgency?: number
    impact?: number
    priority?: number
    state?: number
    work_notes?: number
    previous_incident_of?: number
    description_includes?: string[]
    description_excludes?: string[]
    /** Routing fields as stored ('' = not written). */
    assignment_group?: string
    category?: string
    cmdb_ci?: string
}

export interface Scenario {
    name: string
    properties?: { [name: string]: string }
    /** Rows in the instance before the first delivery (routing rules, groups, CMDB classes). */
    seed?: { [table: string]: Array<{ [column: string]: string | number | boolean }> }
    deliveries: ScenarioDelivery[]
    /** Incidents in the instance at the end, in creation order. */
    incidents: ExpectedIncident[]
    /** Rows in the deliveries table at the end (defaults to one per delivery). */
    deliveryRows?: number
    /** A warning log line must contain this. */
    warningIncludes?: string
}

/** A small deploy-time alert of one policy on one deployment: each `name` is a new dedup key. */
function stormAlert(name: string): string {
    return JSON.stringify({
        alert: {
            id: 'storm-' + name,
            policy: { id: 'storm-policy', name: 'Latest tag', severity: 'MEDIUM_SEVERITY' },
            clusterName: 'prod',
            namespace: 'shop',
            deployment: { name: name, type: 'Deployment' },
            violations: [{ message: "Container 'app' has image with tag 'latest'" }],
            time: '2026-02-12T10:00:00Z',
        },
    })
}

/** A small runtime alert on one deployment, with the deployment's id, labels and annotations. */
function routedAlert(name: string, options: { namespace: string; cluster?: string; annotations?: { [k: string]: string }; policy?: string }): string {
    return JSON.stringify({
        alert: {
            id: 'routed-' + name,
            policy: { id: 'policy-' + (options.policy ?? 'shell'), name: options.policy ?? 'Shell spawned', severity: 'HIGH_SEVERITY', categories: ['Anomalous Activity'] },
            lifecycleStage: 'RUNTIME',
            clusterId: 'cluster-id-' + (options.cluster ?? 'prod-east'),
            clusterName: options.cluster ?? 'prod-east',
            namespace: options.namespace,
            deployment: { id: 'uid-' + name, name, type: 'Deployment', namespace: options.namespace, labels: { app: name }, annotations: options.annotations ?? {} },
            violations: [{ message: 'Shell spawned in ' + name, time: '2026-02-12T10:00:00Z' }],
            time: '2026-02-12T10:00:00Z',
        },
    })
}

/** Routing seed data: groups, and the workload CI of fixture 01 (its deployment id is the Kubernetes UID). */
export const ROUTING = {
    gibsonGroup: 'a0000000000000000000000000000001',
    paymentsGroup: 'a0000000000000000000000000000002',
    platformGroup: 'a0000000000000000000000000000003',
    gibsonCi: 'c0000000000000000000000000000001',
    groups: [
        { sys_id: 'a0000000000000000000000000000001', name: 'Gibson On-Call', active: true },
        { sys_id: 'a0000000000000000000000000000002', name: 'Payments On-Call', active: true },
        { sys_id: 'a0000000000000000000000000000003', name: 'Platform Team', active: true },
    ],
    workloadCis: [{ sys_id: 'c0000000000000000000000000000001', name: 'gibson-deployment', k8s_uid: 'b7e4c2a9-1d3f-4e5a-8b6c-9d0e1f2a3b4c', sys_class_name: 'cmdb_ci_kubernetes_deployment' }],
}

const EXEC = '01-exec-into-pod.json'
const EXEC_UPDATE = '01b-exec-into-pod-update-same-id.json'
const EXEC_TITLE = 'ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)'

export const SCENARIOS: Scenario[] = [
    {
        name: 'exec into pod creates one Incident with priority 2',
        deliveries: [{ fixture: EXEC, status: 201, outcome: 'created' }],
        incidents: [{ short_description: EXEC_TITLE, urgency: 1, impact: 2, priority: 2, state: 1, work_notes: 0 }],
    },
    {
        name: 'a re-sent runtime alert updates the Incident with one work note',
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated', sameIncidentAs: 0 },
        ],
        incidents: [{ short_description: EXEC_TITLE, priority: 2, work_notes: 1 }],
    },
    {
        name: 'an exact replay is a duplicate, an older version is stale',
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC, status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated', sameIncidentAs: 0 },
            { fixture: EXEC, status: 200, outcome: 'stale', sameIncidentAs: 0 },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
        ],
        incidents: [{ work_notes: 1 }],
    },
    {
        name: 'the Test button answers 200 and keeps one low-priority test Incident',
        deliveries: [
            { fixture: '00-test-button.json', status: 200, outcome: 'created' },
            { fixture: '00-test-button.json', status: 200, outcome: 'updated', sameIncidentAs: 0 },
        ],
        incidents: [{ short_description: 'RHACS integration test', urgency: 3, impact: 3, priority: 5, work_notes: 1 }],
    },
    {
        name: 'the Test button creates nothing when the test Incident is switched off',
        properties: { 'x_rhacs_snow.test_incident': 'false' },
        deliveries: [{ fixture: '00-test-button.json', status: 200, outcome: 'ignored' }],
        incidents: [],
    },
    {
        name: 'audit and networkpolicy messages are accepted and ignored',
        deliveries: [
            { body: '{"audit": {"time": "2026-02-12T15:00:00Z", "status": "REQUEST_SUCCEEDED", "method": "POST"}}', status: 202, outcome: 'ignored' },
            { body: '{"env": "prod", "networkpolicy": {"cluster": "local-cluster", "yaml": "kind: NetworkPolicy"}}', status: 202, outcome: 'ignored' },
        ],
        incidents: [],
    },
    {
        name: 'bad bodies get a precise 400 and are recorded as rejected',
        deliveries: [
            { body: '{"alert": ', status: 400, error: 'invalid_json' },
            { body: '', status: 400, error: 'empty_body' },
            { body: '[{"alert": {}}]', status: 400, error: 'not_an_object' },
            { body: '"alert"', status: 400, error: 'not_an_object' },
            { body: '{"hello": "world"}', status: 400, error: 'unknown_message' },
            { body: '{}', status: 400, error: 'unknown_message' },
            { body: '{"alert": "not an object"}', status: 400, error: 'invalid_alert' },
            { body: '{"alert": {}}', status: 400, error: 'invalid_alert' },
            { body: 'not json at all', status: 400, error: 'invalid_json' },
            // The instance's JSON parser recurses; its stack overflow could not be caught.
            { body: '{"alert": {"id": "deep", "policy": ' + '['.repeat(5000) + ']'.repeat(5000) + '}}', status: 400, error: 'too_deep' },
        ],
        incidents: [],
    },
    {
        name: 'payload names that are Object.prototype members are plain names',
        deliveries: [
            { body: '{"alert": {"id": "constructor", "policy": {"name": "toString"}, "resource": {"resourceType": "toString", "name": "hasOwnProperty"}, "violations": [{"message": "m", "keyValueAttrs": {"attrs": [{"key": "constructor", "value": "c"}, {"key": "Username", "value": "u"}]}}]}}', status: 201, outcome: 'created' },
            { body: '{"alert": {"id": "constructor", "policy": {"name": "toString"}, "resource": {"resourceType": "toString", "name": "hasOwnProperty"}, "violations": [{"message": "m", "keyValueAttrs": {"attrs": [{"key": "constructor", "value": "c"}, {"key": "Username", "value": "u"}]}}]}}', status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
        ],
        incidents: [{ work_notes: 0, description_includes: ['Resource: toString / hasOwnProperty', 'User: u'] }],
    },
    {
        name: 'a refused Incident insert answers 503 and leaves no Incident',
        deliveries: [
            { fixture: EXEC, status: 503, outcome: 'failed', refuseInserts: { incident: 1 } },
            { fixture: EXEC, status: 201, outcome: 'created' },
        ],
        incidents: [{ short_description: EXEC_TITLE }],
    },
    {
        name: 'a refused delivery-row insert answers 503 and creates nothing',
        deliveries: [
            { fixture: EXEC, status: 503, outcome: 'failed', refuseInserts: { x_rhacs_snow_delivery: 1 } },
            { fixture: EXEC, status: 201, outcome: 'created' },
        ],
        incidents: [{ short_description: EXEC_TITLE }],
        deliveryRows: 1,
    },
    {
        name: 'minimal alert: missing names fall back to the documented defaults',
        deliveries: [{ body: '{"alert": {"id": "a-1", "violations": [{"message": "something happened"}]}}', status: 201, outcome: 'created' }],
        incidents: [
            {
                short_description: 'ACS policy violation: unknown policy (UNKNOWN_SEVERITY)',
                urgency: 3,
                impact: 3,
                priority: 5,
                description_includes: ['Policy: unknown policy (UNKNOWN_SEVERITY)', 'Cluster: unknown cluster', 'Namespace: unknown', 'Violation:\nsomething happened'],
                description_excludes: ['Workload:', 'User:', 'Pod:'],
            },
        ],
    },
    {
        name: 'a closed Incident leads to a new one that references it',
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC_UPDATE, status: 201, outcome: 'created', closeIncidentOf: 0 },
        ],
        incidents: [{ state: 7 }, { previous_incident_of: 0, description_includes: ['Follows closed Incident: INC'] }],
    },
    {
        name: 'a replay of what a closed Incident already holds creates nothing',
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC, status: 200, outcome: 'duplicate', closeIncidentOf: 0, sameIncidentAs: 0 },
        ],
        incidents: [{ state: 7 }],
    },
    {
        name: 'reopen mode sets the closed Incident back to New',
        properties: { 'x_rhacs_snow.dedup.closed_action': 'reopen' },
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated', closeIncidentOf: 0, sameIncidentAs: 0 },
        ],
        incidents: [{ state: 1, work_notes: 1 }],
    },
    {
        name: 'none mode: one Incident per alert version; replays and older versions change nothing',
        properties: { 'x_rhacs_snow.dedup.mode': 'none' },
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC, status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
            { fixture: EXEC_UPDATE, status: 201, outcome: 'created' },
            { fixture: EXEC, status: 200, outcome: 'stale', sameIncidentAs: 2 },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'duplicate', sameIncidentAs: 2 },
        ],
        incidents: [
            { short_description: EXEC_TITLE, work_notes: 0 },
            { short_description: EXEC_TITLE, work_notes: 0, previous_incident_of: 0, description_excludes: ['Follows closed Incident'] },
        ],
    },
    {
        name: 'alert mode: another alert id on the same workload gets its own Incident',
        properties: { 'x_rhacs_snow.dedup.mode': 'alert' },
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: '02-port-forward.json', status: 201, outcome: 'created' },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated', sameIncidentAs: 0 },
        ],
        incidents: [{ work_notes: 1 }, { work_notes: 0 }],
    },
    {
        name: 'an invalid severity property falls back to the default with a warning',
        properties: { 'x_rhacs_snow.severity.high': 'urgent' },
        deliveries: [{ fixture: EXEC, status: 201, outcome: 'created' }],
        incidents: [{ urgency: 1, impact: 2, priority: 2 }],
        warningIncludes: 'x_rhacs_snow.severity.high',
    },
    {
        name: 'a severity property override changes urgency, impact and so priority',
        properties: { 'x_rhacs_snow.severity.high': '1/1' },
        deliveries: [{ fixture: EXEC, status: 201, outcome: 'created' }],
        incidents: [{ urgency: 1, impact: 1, priority: 1 }],
    },
    {
        name: 'storm control: budget-many Incidents, then one storm Incident with a note a minute, then recovery',
        properties: { 'x_rhacs_snow.storm.policy_budget': '2', 'x_rhacs_snow.storm.window_minutes': '10' },
        deliveries: [
            { body: stormAlert('a'), status: 201, outcome: 'created' },
            { body: stormAlert('b'), status: 201, outcome: 'created' },
            { body: stormAlert('c'), status: 201, outcome: 'storm' },
            { body: stormAlert('d'), status: 200, outcome: 'storm', sameIncidentAs: 2 },
            { body: stormAlert('a'), status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
            { body: stormAlert('e'), status: 200, outcome: 'storm', sameIncidentAs: 2, advanceMs: 60000 },
            { body: stormAlert('f'), status: 201, outcome: 'created', advanceMs: 11 * 60000 },
        ],
        incidents: [
            {},
            {},
            { short_description: 'RHACS alert storm: Latest tag (MEDIUM_SEVERITY)', urgency: 2, impact: 2, priority: 3, work_notes: 2 },
            { short_description: 'ACS policy violation: Latest tag (MEDIUM_SEVERITY)' },
        ],
    },
    {
        // Lone surrogates serialise differently in Rhino and V8 unless the app keeps them out of
        // what it stores; a long id and [code] in names go through the same boundary.
        name: 'hostile ids and names: lone surrogates, a 2,000-character id, [code] tags; replays stay duplicates',
        deliveries: [
            { body: JSON.stringify({ alert: { id: 'lone-\ud800-\udfff-x', policy: { id: 'p', name: '[code]P\ud83d', severity: 'HIGH_SEVERITY' }, namespace: 'n\udc00s', deployment: { name: 'd\ud800' }, violations: [{ message: '[\u200bcode]m\ud800', time: '2026-02-12T10:00:00Z' }] } }), status: 201, outcome: 'created' },
            { body: JSON.stringify({ alert: { id: 'lone-\ud800-\udfff-x', policy: { id: 'p', name: '[code]P\ud83d', severity: 'HIGH_SEVERITY' }, namespace: 'n\udc00s', deployment: { name: 'd\ud800' }, violations: [{ message: '[\u200bcode]m\ud800', time: '2026-02-12T10:00:00Z' }] } }), status: 200, outcome: 'duplicate', sameIncidentAs: 0 },
            { body: JSON.stringify({ alert: { id: 'i'.repeat(2000), policy: { id: 'p', name: 'P', severity: 'LOW_SEVERITY' }, namespace: 'n', deployment: { name: 'd' }, violations: [{ message: 'm', time: '2026-02-12T10:00:00Z' }] } }), status: 201, outcome: 'created' },
            { body: JSON.stringify({ alert: { id: 'i'.repeat(2000), policy: { id: 'p', name: 'P', severity: 'LOW_SEVERITY' }, namespace: 'n', deployment: { name: 'd' }, violations: [{ message: 'm', time: '2026-02-12T10:00:00Z' }] } }), status: 200, outcome: 'duplicate', sameIncidentAs: 2 },
        ],
        incidents: [{ short_description: 'ACS policy violation: (code)P\ufffd (HIGH_SEVERITY)', work_notes: 0 }, { work_notes: 0 }],
    },
    {
        name: 'every fixture is accepted with a 2xx',
        properties: { 'x_rhacs_snow.dedup.mode': 'alert' },
        deliveries: [
            { fixture: '00-test-button.json', status: 200, outcome: 'created' },
            { fixture: EXEC, status: 201, outcome: 'created' },
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated' },
            { fixture: '02-port-forward.json', status: 201, outcome: 'created' },
            { fixture: '03-deploy-latest-tag.json', status: 201, outcome: 'created' },
            { fixture: '04-runtime-process-netcat.json', status: 201, outcome: 'created' },
            { fixture: '05-cve-deploy-fixable-important.json', status: 201, outcome: 'created' },
            { fixture: '06-network-flow-baseline.json', status: 201, outcome: 'created' },
            { fixture: '09-large-5000-violations.json', status: 201, outcome: 'created' },
        ],
        incidents: [{}, {}, {}, {}, {}, {}, {}, {}],
    },
    {
        name: 'routing: a namespace rule sets group, category and the workload CI; the annotation names its own group; no rule leaves the property',
        properties: { 'x_rhacs_snow.assignment_group': ROUTING.platformGroup },
        seed: {
            sys_user_group: ROUTING.groups,
            x_rhacs_snow_routing_rule: [{ name: 'Gibson namespaces', order: 100, active: true, namespace: 'gibson*', assignment_group: ROUTING.gibsonGroup, category: 'Security' }],
            cmdb_ci_kubernetes_workload: ROUTING.workloadCis,
        },
        deliveries: [
            { fixture: EXEC, status: 201, outcome: 'created' },
            { body: routedAlert('pay-api', { namespace: 'payments', annotations: { 'servicenow/assignment-group': 'Payments On-Call' } }), status: 201, outcome: 'created' },
            { body: routedAlert('shop-web', { namespace: 'shop' }), status: 201, outcome: 'created' },
            // A repeat never re-routes (and costs no routing read).
            { fixture: EXEC_UPDATE, status: 200, outcome: 'updated', sameIncidentAs: 0 },
        ],
        incidents: [
            { assignment_group: ROUTING.gibsonGroup, category: 'Security', cmdb_ci: ROUTING.gibsonCi, work_notes: 1 },
            { assignment_group: ROUTING.paymentsGroup, category: '', cmdb_ci: '' },
            { assignment_group: ROUTING.platformGroup, category: '', cmdb_ci: '' },
        ],
    },
    {
        name: 'routing: a rule that creates no Incident records the delivery only (routed_out)',
        seed: { x_rhacs_snow_routing_rule: [{ name: 'Dev clusters: no Incident', order: 10, active: true, cluster: 'dev-*', create_incident: false }] },
        deliveries: [
            { body: routedAlert('tool', { namespace: 'tools', cluster: 'dev-east' }), status: 202, outcome: 'routed_out' },
            { body: routedAlert('tool', { namespace: 'tools', cluster: 'prod-east' }), status: 201, outcome: 'created' },
        ],
        incidents: [{ assignment_group: '', category: '' }],
    },
    {
        name: 'routing: an invalid rule is skipped with a warning and the next rule routes',
        seed: {
            x_rhacs_snow_routing_rule: [
                { name: 'Regex by mistake', order: 10, active: true, namespace: 'gibson.+', category: 'wrong' },
                { name: 'Gibson, any case', order: 20, active: true, namespace: 'GIBSON', category: 'Security' },
            ],
        },
        deliveries: [{ fixture: EXEC, status: 201, outcome: 'created' }],
        incidents: [{ category: 'Security' }],
        warningIncludes: 'Regex by mistake',
    },
    {
        name: "routing: a storm Incident routes by the policy's first rule; workload rules do not apply to it",
        properties: { 'x_rhacs_snow.storm.policy_budget': '1' },
        seed: {
            sys_user_group: ROUTING.groups,
            x_rhacs_snow_routing_rule: [
                { name: 'Shop namespace', order: 10, active: true, namespace: 'shop', assignment_group: ROUTING.gibsonGroup },
                { name: 'Latest tag policy', order: 100, active: true, policy: 'latest tag', assignment_group: ROUTING.paymentsGroup, category: 'Hygiene' },
            ],
        },
        deliveries: [
            { body: stormAlert('a'), status: 201, outcome: 'created' },
            { body: stormAlert('b'), status: 201, outcome: 'storm' },
        ],
        incidents: [
            { assignment_group: ROUTING.gibsonGroup, category: '' },
            { short_description: 'RHACS alert storm: Latest tag (MEDIUM_SEVERITY)', assignment_group: ROUTING.paymentsGroup, category: 'Hygiene' },
        ],
    },
]
