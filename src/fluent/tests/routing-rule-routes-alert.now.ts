import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * A routing rule for this run's namespace only routes the new Incident: its group and category,
 * and the delivery row names the rule (routed_by). Run-unique alert id, namespace and rule
 * (atf-<run id>); the last step deletes what the REST step created, and the rule (so the after
 * business rule takes it out of the routing snapshot; the snapshot must no longer name it).
 */
export const routingRuleRoutesAlert = Test(
    {
        $id: Now.ID['atf-routing-rule-routes'],
        name: 'RHACS routing: a rule routes a posted alert',
        description:
            'Inserts a routing rule (order -1000, namespace atf-<run id>, an existing active group, category atf-routing, overriding annotations), POSTs a small RHACS alert in namespace atf-<run id> to /api/x_rhacs_snow/rhacs/alert and asserts 201. A server-side Jasmine check then asserts that this run\'s one delivery row is created with routed_by = the rule\'s name, that its Incident has the rule\'s group and category, that the after business rule put the rule into the routing snapshot (x_rhacs_snow.routing.snapshot; pending when the instance\'s rules do not fit in it), that sys_properties.value holds at least 4000 characters, and that the first new Incident recorded whether the Kubernetes workload CMDB class exists (x_rhacs_snow.routing.workload_ci_lookup is available or missing). The last step deletes the delivery row, the problem row and the Incident (the REST step\'s records are not rolled back by ATF), and the rule, with deleteRecord so the after business rule takes it out of the snapshot; it fails if the snapshot still names it.\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const run = atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-rule-routes-run'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Records the REST step creates run in the integration user's session, which ATF does not roll
    // back: each run uses its own alert id (atf-<run id>) and deletes what it created at the end.
    // Runs that stopped before their last step left rows behind; those older than a day go here.
    var cutoff = new GlideDateTime();
    cutoff.addDaysUTC(-1);
    var old = new GlideRecord('x_rhacs_snow_delivery');
    old.addQuery('alert_id', 'STARTSWITH', 'atf-');
    old.addQuery('received', '<', cutoff.getValue());
    old.query();
    while (old.next()) {
        var incidentId = String(old.getValue('incident') || '');
        if (incidentId !== '') {
            var problems = new GlideRecord('x_rhacs_snow_problem');
            problems.addQuery('incident', incidentId);
            problems.deleteMultiple();
            var inc = new GlideRecord('incident');
            if (inc.get(incidentId)) inc.deleteRecord();
        }
        old.deleteRecord();
    }
    var runId = gs.generateGUID();
    // A rule for this run's namespace only (other deliveries never match it), assigning to an
    // existing active group. The last step deletes it (the after business rule then takes it out of
    // the routing snapshot); ATF's rollback would remove it too, but perhaps without business rules.
    var group = new GlideRecord('sys_user_group');
    group.addQuery('active', true);
    group.setLimit(1);
    group.query();
    if (!group.next()) {
        stepResult.setOutputMessage('The instance has no active group to route to.');
        return false;
    }
    var rule = new GlideRecord('x_rhacs_snow_routing_rule');
    rule.initialize();
    rule.setValue('name', 'ATF routing ' + runId);
    rule.setValue('order', -1000);
    rule.setValue('active', true);
    rule.setValue('namespace', 'atf-' + runId);
    rule.setValue('assignment_group', group.getUniqueValue());
    rule.setValue('override_annotation', true);
    rule.setValue('category', 'atf-routing');
    rule.setValue('create_incident', true);
    if (!rule.insert()) {
        stepResult.setOutputMessage('The routing rule could not be inserted.');
        return false;
    }
    stepResult.setOutputMessage('This run posts RHACS alert atf-' + runId + ' in namespace atf-' + runId + ', routed to group ' + group.getValue('name'));
    outputs.table = 'x_rhacs_snow_delivery';
    outputs.record_id = runId;
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-routing-rule-routes-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: `{"alert": {"id":"atf-${run.record_id}","policy":{"id":"rhacs-atf-routing-check","name":"RHACS ATF routing check","severity":"LOW_SEVERITY","categories":["ATF"]},"lifecycleStage":"RUNTIME","clusterName":"atf-cluster","namespace":"atf-${run.record_id}","deployment":{"id":"atf-${run.record_id}","name":"atf-${run.record_id}","type":"Deployment","namespace":"atf-${run.record_id}","clusterName":"atf-cluster"},"violations":[{"message":"ATF routing check","time":"2026-02-12T15:22:22Z"}],"time":"2026-02-12T15:22:22Z"}}`,
        })

        atf.rest.assertStatusCode({
            $id: Now.ID['atf-routing-rule-routes-status-201'],
            operation: 'equals',
            statusCode: 201,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-rule-routes-check'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var alertId = 'atf-${run.record_id}';
    describe('the rule this run inserted', function () {
        it('routed the new Incident: its group and category, and routed_by on the delivery row', function () {
            var rule = new GlideRecord('x_rhacs_snow_routing_rule');
            expect(rule.get('name', 'ATF routing ${run.record_id}')).toBe(true);
            var d = new GlideRecord('x_rhacs_snow_delivery');
            d.addQuery('alert_id', alertId);
            d.query();
            expect(d.getRowCount()).toBe(1);
            expect(d.next()).toBe(true);
            expect(String(d.getValue('outcome'))).toBe('created');
            expect(String(d.getValue('routed_by'))).toBe('ATF routing ${run.record_id}');
            var inc = new GlideRecord('incident');
            expect(inc.get(String(d.getValue('incident')))).toBe(true);
            expect(String(inc.getValue('assignment_group'))).toBe(String(rule.getValue('assignment_group')));
            expect(String(inc.getValue('category'))).toBe('atf-routing');
        });
        it('is in the routing snapshot the delivery read: the after business rule rebuilt it in the transaction of the insert', function () {
            var rule = new GlideRecord('x_rhacs_snow_routing_rule');
            expect(rule.get('name', 'ATF routing ${run.record_id}')).toBe(true);
            var snapshot = String(gs.getProperty('x_rhacs_snow.routing.snapshot', ''));
            if (snapshot === '') {
                pending('The routing snapshot is empty on this instance (its rules and cluster CIs do not fit in 4000 characters; the system log says so): the delivery read the tables.');
                return;
            }
            expect(snapshot.indexOf('{"v":1,')).toBe(0);
            expect(snapshot.indexOf(rule.getUniqueValue()) >= 0).toBe(true);
            expect(snapshot.indexOf('"atf-${run.record_id}"') >= 0).toBe(true);
        });
        it('sys_properties.value holds the 4000 characters the snapshot may use (as the Now SDK defines it)', function () {
            var column = new GlideRecord('sys_dictionary');
            column.addQuery('name', 'sys_properties');
            column.addQuery('element', 'value');
            column.query();
            expect(column.next()).toBe(true);
            expect(parseInt(String(column.getValue('max_length')), 10) >= 4000).toBe(true);
        });
        it('the first new Incident recorded whether the workload CMDB class exists (no check on later deliveries)', function () {
            var state = String(gs.getProperty('x_rhacs_snow.routing.workload_ci_lookup', ''));
            expect(state === 'available' || state === 'missing').toBe(true);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-rule-routes-cleanup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // What this run created through the REST step (not rolled back by ATF): its delivery rows, its
    // problem row and its Incident. Its rules are deleted here one by one rather than left to the
    // rollback, so the after business rule takes them out of the routing snapshot (a rollback need
    // not run business rules, and a stale rule would stay in it until the daily routing check).
    var alertId = 'atf-${run.record_id}';
    var rules = new GlideRecord('x_rhacs_snow_routing_rule');
    rules.addQuery('name', 'ATF routing ${run.record_id}');
    rules.query();
    while (rules.next()) rules.deleteRecord();
    var snapshot = String(gs.getProperty('x_rhacs_snow.routing.snapshot', ''));
    if (snapshot.indexOf('atf-${run.record_id}') >= 0) {
        stepResult.setOutputMessage('The routing snapshot still holds the rule of this run after it was deleted: the after business rule did not rebuild it.');
        return false;
    }
    var deliveries = new GlideRecord('x_rhacs_snow_delivery');
    deliveries.addQuery('alert_id', alertId);
    deliveries.query();
    var incidents = {};
    var removed = 0;
    while (deliveries.next()) {
        var incidentId = String(deliveries.getValue('incident') || '');
        if (incidentId !== '') incidents[incidentId] = true;
        deliveries.deleteRecord();
        removed++;
    }
    for (var id in incidents) {
        var problems = new GlideRecord('x_rhacs_snow_problem');
        problems.addQuery('incident', id);
        problems.deleteMultiple();
        var inc = new GlideRecord('incident');
        if (inc.get(id)) inc.deleteRecord();
    }
    stepResult.setOutputMessage('Removed ' + removed + ' delivery rows, the Incident and the rule of ' + alertId + '; the routing snapshot no longer names them');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
