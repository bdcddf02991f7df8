import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/** A body that is not JSON is refused with 400 and recorded as a rejected delivery; no Incident. */
export const invalidJsonAnswers400 = Test(
    {
        $id: Now.ID['atf-invalid-json-answers-400'],
        name: 'RHACS alert: invalid JSON answers 400',
        description:
            'POSTs the truncated body {"alert":  (not JSON) to /api/x_rhacs_snow/rhacs/alert and asserts 400 with result.error = invalid_json. The handler answers with response.setStatus(400) + response.setBody({error, message}), not with sn_ws_err / response.setError, so the platform wraps it like any setBody answer as {"result": {"error": "invalid_json", "message": ...}}; the path asserted is therefore /result/error, and a payload-contains check on "error":"invalid_json" backs it up independently of the wrapper. Finally it checks that the delivery was recorded in x_rhacs_snow_delivery as kind invalid, outcome rejected, HTTP 400.\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-invalid-json-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: '{"alert": ',
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

        atf.server.recordQuery({
            $id: Now.ID['atf-invalid-json-delivery-rejected'],
            table: 'x_rhacs_snow_delivery',
            fieldValues: 'kind=invalid^outcome=rejected^http_status=400^EQ',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
    },
)
