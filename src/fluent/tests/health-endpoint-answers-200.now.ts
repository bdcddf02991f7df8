import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * GET /api/x_rhacs_snow/rhacs/health as an admin of the app: 200, JSON, the document's parts, and
 * no part failed on this instance (the document lists failed parts in "errors": for example an
 * aggregate over a join the instance does not support). Read-only: nothing to clean up, safe to
 * run twice and at the same time as anything else.
 */
export const healthEndpointAnswers200 = Test(
    {
        $id: Now.ID['atf-health-endpoint-200'],
        name: 'RHACS health: GET /health answers 200 JSON for an admin',
        description:
            'GETs /api/x_rhacs_snow/rhacs/health and asserts 200, a valid JSON body, the parts of the health document under /result (status level, the 24 hours, the 7 days, silence, configuration with central_configured) and "errors":[] (every part, including the open-Incident count through a GlideAggregate join, was computed on this instance). The request writes nothing.\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.admin (or itil; a platform admin also passes, the ACL x_rhacs_snow.rhacs_health lets admins through). The integration user\'s profile gets 403: the health endpoint is not for it. See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-health-endpoint-200-send'],
            method: 'get',
            path: '/api/x_rhacs_snow/rhacs/health',
            auth: 'basic',
            basicAuthentication: '',
            headers: { Accept: 'application/json' },
            queryParameters: {},
            body: '',
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf-health-endpoint-200-status'], operation: 'equals', statusCode: 200 })
        atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf-health-endpoint-200-json'] })
        atf.rest.assertJsonResponsePayloadElement({ $id: Now.ID['atf-health-endpoint-200-level'], elementName: '/result/status/level', operation: 'exists', elementValue: '' })
        atf.rest.assertJsonResponsePayloadElement({ $id: Now.ID['atf-health-endpoint-200-hours'], elementName: '/result/by_hour/23/hour', operation: 'exists', elementValue: '' })
        atf.rest.assertJsonResponsePayloadElement({ $id: Now.ID['atf-health-endpoint-200-days'], elementName: '/result/by_day/6/day', operation: 'exists', elementValue: '' })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-health-endpoint-200-silence'],
            elementName: '/result/silence/threshold_hours',
            operation: 'exists',
            elementValue: '',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-health-endpoint-200-config'],
            elementName: '/result/config/central_configured',
            operation: 'exists',
            elementValue: '',
        })
        atf.rest.assertResponsePayload({ $id: Now.ID['atf-health-endpoint-200-no-errors'], operation: 'contains', responseBody: '"errors":[]' })
        atf.rest.assertResponseHeader({ $id: Now.ID['atf-health-endpoint-200-no-store'], headerName: 'Cache-Control', operation: 'contains', headerValue: 'no-store' })
    },
)
