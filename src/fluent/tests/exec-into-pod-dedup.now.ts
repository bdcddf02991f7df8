import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { EXEC_INTO_POD_BODY } from './exec-into-pod-fixture'

/** The same alert delivered twice: the second is a duplicate and no second Incident appears. */
export const execIntoPodDedup = Test(
    {
        $id: Now.ID['atf-exec-into-pod-dedup'],
        name: 'RHACS alert: the same alert twice makes one Incident',
        description:
            'POSTs the body of test/fixtures/01-exec-into-pod.json twice to /api/x_rhacs_snow/rhacs/alert (as RHACS does when it retries a delivery). The first answer must be 201 with result.outcome = created; the second must be 200 with result.outcome = duplicate (an exact replay: same alert id, same version, no new violations). The responses are wrapped by the platform as {"result": {...}}. A server-side Jasmine check with GlideAggregate then asserts that exactly one Incident carries the Exec into Pod correlation key (correlation_id starts with rhacs-w: and ends with gibson/gibson-deployment) and that it still counts one occurrence, and the second delivery is found in x_rhacs_snow_delivery as outcome duplicate, HTTP 200.\r\n\r\n***IMPORTANT***\r\nSelect the same basic auth profile on both Send REST Request - Inbound steps before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-dedup-first-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: EXEC_INTO_POD_BODY,
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-dedup-first-status-201'],
            operation: 'equals',
            statusCode: 201,
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-dedup-first-outcome-created'],
            elementName: '/result/outcome',
            operation: 'equals',
            elementValue: 'created',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-dedup-second-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: EXEC_INTO_POD_BODY,
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-dedup-second-status-200'],
            operation: 'equals',
            statusCode: 200,
        })
        atf.rest.assertResponseJSONPayloadIsValid({
            $id: Now.ID['atf-dedup-second-json-valid'],
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-dedup-second-outcome-duplicate'],
            elementName: '/result/outcome',
            operation: 'equals',
            elementValue: 'duplicate',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-dedup-second-number-present'],
            elementName: '/result/number',
            operation: 'exists',
            elementValue: '',
        })

        atf.server.runServerSideScript({
            $id: Now.ID['atf-dedup-one-incident'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var KEY_QUERY = 'correlation_idSTARTSWITHrhacs-w:^correlation_idENDSWITHgibson/gibson-deployment';

    describe('RHACS dedup of a re-sent Exec into Pod alert', function () {
        it('keeps exactly one Incident for the correlation key', function () {
            var agg = new GlideAggregate('incident');
            agg.addEncodedQuery(KEY_QUERY);
            agg.addAggregate('COUNT');
            agg.query();
            var count = agg.next() ? parseInt(agg.getAggregate('COUNT'), 10) : 0;
            expect(count).toBe(1);
        });

        it('does not count the duplicate as a new occurrence', function () {
            var inc = new GlideRecord('incident');
            inc.addEncodedQuery(KEY_QUERY);
            inc.query();
            expect(inc.next()).toBe(true);
            expect(String(inc.getValue('x_rhacs_snow_occurrences'))).toBe('1');
            stepResult.setOutputMessage('One Incident for the key: ' + inc.getValue('number') + ' (' + inc.getValue('correlation_id') + ')');
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })

        atf.server.recordQuery({
            $id: Now.ID['atf-dedup-delivery-duplicate'],
            table: 'x_rhacs_snow_delivery',
            fieldValues: 'kind=alert^outcome=duplicate^http_status=200^dedup_keySTARTSWITHrhacs-w:^EQ',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
    },
)
