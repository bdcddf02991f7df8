import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * An invalid routing rule (a regular expression where a glob belongs) is skipped, never fails the
 * delivery: the next matching rule routes the new Incident. Run-unique alert id, namespace and
 * rules (atf-<run id>); the last step deletes what the REST step created and the rules (so the
 * after business rule takes them out of the routing snapshot).
 */
export const routingInvalidRuleSkipped = Test(
    {
        $id: Now.ID['atf-routing-invalid-rule'],
        name: 'RHACS routing: an invalid rule is skipped',
        description:
            'Inserts two routing rules for namespace atf-<run id>: an invalid one first (order -1001, namespace pattern atf-<run id>|(x), a regular expression where a glob belongs) and a valid one after it (order -1000, category atf-valid). POSTs a small RHACS alert in that namespace and asserts 201; a server-side Jasmine check asserts the delivery row is created with routed_by = the valid rule\'s name and the Incident\'s category is atf-valid (the handler logs one warning naming the skipped rule). The last step deletes the delivery row, the problem row and the Incident, and the two rules with deleteRecord so the after business rule takes them out of the routing snapshot (x_rhacs_snow.routing.snapshot); it fails if the snapshot still names them.\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const run = atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-invalid-rule-run'],
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
    // Two rules for this run's namespace only: the first (lower order) is invalid, a regular
    // expression where a glob belongs, and must be skipped; the second routes. The last step deletes
    // both, so the after business rule takes them out of the routing snapshot.
    var rules = [
        { name: 'ATF invalid ' + runId, order: -1001, namespace: 'atf-' + runId + '|(x)', category: 'atf-invalid' },
        { name: 'ATF valid ' + runId, order: -1000, namespace: 'atf-' + runId, category: 'atf-valid' },
    ];
    for (var i = 0; i < rules.length; i++) {
        var rule = new GlideRecord('x_rhacs_snow_routing_rule');
        rule.initialize();
        rule.setValue('name', rules[i].name);
        rule.setValue('order', rules[i].order);
        rule.setValue('active', true);
        rule.setValue('namespace', rules[i].namespace);
        rule.setValue('category', rules[i].category);
        rule.setValue('create_incident', true);
        if (!rule.insert()) {
            stepResult.setOutputMessage('Routing rule ' + rules[i].name + ' could not be inserted.');
            return false;
        }
    }
    stepResult.setOutputMessage('This run posts RHACS alert atf-' + runId + ' in namespace atf-' + runId);
    outputs.table = 'x_rhacs_snow_delivery';
    outputs.record_id = runId;
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-routing-invalid-rule-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: `{"alert": {"id":"atf-${run.record_id}","policy":{"id":"rhacs-atf-routing-check","name":"RHACS ATF routing check","severity":"LOW_SEVERITY","categories":["ATF"]},"lifecycleStage":"RUNTIME","clusterName":"atf-cluster","namespace":"atf-${run.record_id}","deployment":{"id":"atf-${run.record_id}","name":"atf-${run.record_id}","type":"Deployment","namespace":"atf-${run.record_id}","clusterName":"atf-cluster"},"violations":[{"message":"ATF routing check","time":"2026-02-12T15:22:22Z"}],"time":"2026-02-12T15:22:22Z"}}`,
        })

        atf.rest.assertStatusCode({
            $id: Now.ID['atf-routing-invalid-rule-status-201'],
            operation: 'equals',
            statusCode: 201,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-invalid-rule-check'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var alertId = 'atf-${run.record_id}';
    describe('an invalid rule before a valid one', function () {
        it('is skipped: the valid rule routes the new Incident, and the delivery succeeds', function () {
            var d = new GlideRecord('x_rhacs_snow_delivery');
            d.addQuery('alert_id', alertId);
            d.query();
            expect(d.getRowCount()).toBe(1);
            expect(d.next()).toBe(true);
            expect(String(d.getValue('outcome'))).toBe('created');
            expect(String(d.getValue('routed_by'))).toBe('ATF valid ${run.record_id}');
            var inc = new GlideRecord('incident');
            expect(inc.get(String(d.getValue('incident')))).toBe(true);
            expect(String(inc.getValue('category'))).toBe('atf-valid');
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-routing-invalid-rule-cleanup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // What this run created through the REST step (not rolled back by ATF): its delivery rows, its
    // problem row and its Incident. Its rules are deleted here one by one rather than left to the
    // rollback, so the after business rule takes them out of the routing snapshot (a rollback need
    // not run business rules, and a stale rule would stay in it until the daily routing check).
    var alertId = 'atf-${run.record_id}';
    var names = ['ATF invalid ${run.record_id}', 'ATF valid ${run.record_id}'];
    for (var n = 0; n < names.length; n++) {
        var rules = new GlideRecord('x_rhacs_snow_routing_rule');
        rules.addQuery('name', names[n]);
        rules.query();
        while (rules.next()) rules.deleteRecord();
    }
    var snapshot = String(gs.getProperty('x_rhacs_snow.routing.snapshot', ''));
    if (snapshot.indexOf('atf-${run.record_id}') >= 0) {
        stepResult.setOutputMessage('The routing snapshot still holds the rules of this run after they were deleted: the after business rule did not rebuild it.');
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
    stepResult.setOutputMessage('Removed ' + removed + ' delivery rows, the Incident and the rules of ' + alertId + '; the routing snapshot no longer names them');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
