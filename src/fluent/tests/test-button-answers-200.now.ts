import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/** The RHACS notifier's Test button: 200 and an acknowledgement, never a security Incident. */
export const testButtonAnswers200 = Test(
    {
        $id: Now.ID['atf-test-button-answers-200'],
        name: 'RHACS Test button answers 200',
        description:
            'POSTs the body RHACS sends when an admin clicks Test on the Generic Webhook notifier ({"alert": {"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}), with one notifier extra field atf_run = <run id> (RHACS adds extra fields at the top level), to /api/x_rhacs_snow/rhacs/alert and asserts 200 (RHACS only accepts a 2xx) with result.acknowledged = true and the test correlation key rhacs-test:integration, so the test message is never mistaken for a policy violation. It then finds this run\'s delivery row (kind test, HTTP 200) by the run id in its raw body and deletes it; if this run created the instance\'s test Incident it deletes that too, otherwise the existing test Incident keeps the "received again" work note this run added (REST-step records are not rolled back by ATF).\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const run = atf.server.runServerSideScript({
            $id: Now.ID['atf-test-button-run'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Records the REST steps create run in the integration user's session, which ATF does not roll
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
    outputs.table = 'x_rhacs_snow_delivery';
    outputs.record_id = gs.generateGUID();
    stepResult.setOutputMessage('This run posts RHACS alert atf-' + outputs.record_id);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-test-button-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: `{"atf_run": "${run.record_id}", "alert": {"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}`,
        })

        atf.rest.assertStatusCode({
            $id: Now.ID['atf-test-button-status-200'],
            operation: 'equals',
            statusCode: 200,
        })

        atf.rest.assertResponseJSONPayloadIsValid({
            $id: Now.ID['atf-test-button-json-valid'],
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-test-button-acknowledged'],
            elementName: '/result/acknowledged',
            operation: 'equals',
            elementValue: 'true',
        })

        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-test-button-correlation-id'],
            elementName: '/result/correlation_id',
            operation: 'equals',
            elementValue: 'rhacs-test:integration',
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-test-button-delivery-recorded'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    describe('the Test button delivery of this run', function () {
        it('is recorded once as kind test, HTTP 200, and then removed with what it created', function () {
            var d = new GlideRecord('x_rhacs_snow_delivery');
            d.addQuery('kind', 'test');
            d.addQuery('raw_body', 'CONTAINS', '${run.record_id}');
            d.query();
            expect(d.getRowCount()).toBe(1);
            expect(d.next()).toBe(true);
            expect(String(d.getValue('http_status'))).toBe('200');
            expect(String(d.getValue('dedup_key'))).toBe('rhacs-test:integration');
            var incidentId = String(d.getValue('incident') || '');
            if (String(d.getValue('outcome')) === 'created' && incidentId !== '') {
                var problems = new GlideRecord('x_rhacs_snow_problem');
                problems.addQuery('incident', incidentId);
                problems.deleteMultiple();
                var inc = new GlideRecord('incident');
                if (inc.get(incidentId)) inc.deleteRecord();
            }
            d.deleteRecord();
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
