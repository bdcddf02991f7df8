import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/** The RHACS notifier's Test button: 200 and an acknowledgement, never a security Incident. */
export const testButtonAnswers200 = Test(
    {
        $id: Now.ID['atf-test-button-answers-200'],
        name: 'RHACS Test button answers 200',
        description:
            'POSTs the body RHACS sends when an admin clicks Test on the Generic Webhook notifier ({"alert": {"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}) to /api/x_rhacs_snow/rhacs/alert and asserts 200 (RHACS only accepts a 2xx) with result.acknowledged = true and the test correlation key rhacs-test:integration, so the test message is never mistaken for a policy violation. The setBody answer is wrapped by the platform as {"result": {...}}, hence the /result/ paths. The delivery is then found in x_rhacs_snow_delivery as kind test with the test key (its http_status, 200, is checked offline by the unit tests).\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-test-button-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: '{"alert": {"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}',
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

        atf.server.recordQuery({
            $id: Now.ID['atf-test-button-delivery-recorded'],
            table: 'x_rhacs_snow_delivery',
            fieldValues: 'kind=test^alert_id=testalert^dedup_key=rhacs-test:integration^EQ',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
    },
)
