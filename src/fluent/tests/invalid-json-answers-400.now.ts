import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/** A body that is not JSON is refused with 400 and recorded as a rejected delivery; no Incident. */
export const invalidJsonAnswers400 = Test(
    {
        $id: Now.ID['atf-invalid-json-answers-400'],
        name: 'RHACS alert: invalid JSON answers 400',
        description:
            'POSTs a truncated body ({"alert": {"id": "atf-<run id>"  and nothing after it: not JSON) to /api/x_rhacs_snow/rhacs/alert and asserts 400 with result.error = invalid_json. The handler answers with response.setStatus(400) + response.setBody({error, message}), which the platform wraps like any setBody answer as {"result": {"error": "invalid_json", "message": ...}}; a payload-contains check on "error":"invalid_json" backs the path up independently of the wrapper. It then finds the one delivery row whose raw body holds this run\'s id and asserts kind invalid, outcome rejected, HTTP 400, and deletes it (REST-step records are not rolled back by ATF).\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const run = atf.server.runServerSideScript({
            $id: Now.ID['atf-invalid-json-run'],
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
            $id: Now.ID['atf-invalid-json-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: `{"alert": {"id": "atf-${run.record_id}"`,
        })

        atf.rest.assertStatusCode({
            $id: Now.ID['atf-invalid-json-status-400'],
            operation: 'equals',
            statusCode: 400,
        })

        atf.rest.assertResponseJSONPayloadIsValid({
            $id: Now.ID['atf-invalid-json-json-valid'],
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-invalid-json-error-code'],
            elementName: '/result/error',
            operation: 'equals',
            elementValue: 'invalid_json',
        })

        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-invalid-json-message-present'],
            elementName: '/result/message',
            operation: 'exists',
            elementValue: '',
        })

        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-invalid-json-payload-contains'],
            operation: 'contains',
            responseBody: '"error":"invalid_json"',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-invalid-json-delivery-rejected'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    describe('the rejected delivery of this run', function () {
        it('is recorded once, as invalid / rejected / 400, and then removed', function () {
            var d = new GlideRecord('x_rhacs_snow_delivery');
            d.addQuery('kind', 'invalid');
            d.addQuery('raw_body', 'CONTAINS', 'atf-${run.record_id}');
            d.query();
            expect(d.getRowCount()).toBe(1);
            expect(d.next()).toBe(true);
            expect(String(d.getValue('outcome'))).toBe('rejected');
            expect(String(d.getValue('http_status'))).toBe('400');
            expect(String(d.getValue('incident') || '')).toBe('');
            d.deleteRecord();
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
