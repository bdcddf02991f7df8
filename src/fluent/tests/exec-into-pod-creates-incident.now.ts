import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { EXEC_INTO_POD_BODY } from './exec-into-pod-fixture'

/**
 * First delivery of an RHACS alert: 201 and one new Incident with the mapped fields.
 * The Send REST Request step authenticates with a basic auth profile, never as the impersonated
 * or scheduling user; see docs/atf-tests.md.
 */
export const execIntoPodCreatesIncident = Test(
    {
        $id: Now.ID['atf-exec-into-pod-creates-incident'],
        name: 'RHACS alert: Exec into Pod creates an Incident',
        description:
            'POSTs the RHACS Generic Webhook body of test/fixtures/01-exec-into-pod.json (Kubernetes Actions: Exec into Pod, HIGH_SEVERITY) to /api/x_rhacs_snow/rhacs/alert and asserts 201 with result.outcome = created and a non-empty result.number (a Scripted REST response.setBody(obj) answer is wrapped by the platform as {"result": {...}}). It then finds the Incident by its RHACS correlation key (correlation_id starts with rhacs-w: and ends with gibson/gibson-deployment) and validates short_description, urgency 1, impact 2 and priority 2 (HIGH_SEVERITY mapping, default priority matrix).\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-exec-create-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: EXEC_INTO_POD_BODY,
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-exec-create-status-201'],
            operation: 'equals',
            statusCode: 201,
        })
        atf.rest.assertResponseJSONPayloadIsValid({
            $id: Now.ID['atf-exec-create-json-valid'],
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-outcome-created'],
            elementName: '/result/outcome',
            operation: 'equals',
            elementValue: 'created',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-number-present'],
            elementName: '/result/number',
            operation: 'exists',
            elementValue: '',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-correlation-id'],
            elementName: '/result/correlation_id',
            operation: 'contains',
            elementValue: 'rhacs-w:',
        })

        const incident = atf.server.recordQuery({
            $id: Now.ID['atf-exec-create-find-incident'],
            table: 'incident',
            fieldValues: 'correlation_idSTARTSWITHrhacs-w:^correlation_idENDSWITHgibson/gibson-deployment^correlation_display=RHACS^EQ',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-exec-create-validate-incident'],
            table: 'incident',
            recordId: incident.first_record,
            fieldValues:
                'short_description=ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)^urgency=1^impact=2^priority=2^state=1^EQ',
            assert: 'record_validated',
            enforceSecurity: false,
        })
    },
)
