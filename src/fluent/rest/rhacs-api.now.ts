import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { processAlert } from '../../server/alert-route'
import { processHealth } from '../../server/health-route'
import { alertEndpointAcl } from '../acls/alert-endpoint-acl.now'
import { healthEndpointAcl } from '../acls/health-endpoint-acl.now'

/**
 * POST https://<instance>/api/x_rhacs_snow/rhacs/alert — the RHACS Generic Webhook target.
 * GET https://<instance>/api/x_rhacs_snow/rhacs/health — the integration health document (the
 * health page reads it), with its own ACL: a route's ACLs replace the API's default ACLs.
 * A custom app's URL namespace is always its scope.
 */
export const rhacsApi = RestApi({
    $id: Now.ID['rest-api-rhacs'],
    name: 'RHACS',
    serviceId: 'rhacs',
    shortDescription: 'Receives Red Hat Advanced Cluster Security (RHACS) Generic Webhook alerts and turns them into Incidents.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [alertEndpointAcl],
    routes: [
        {
            $id: Now.ID['rest-route-rhacs-alert'],
            name: 'alert',
            method: 'POST',
            path: '/alert',
            script: processAlert,
            shortDescription: 'One RHACS Generic Webhook delivery: {"alert"}, {"audit"} or {"networkpolicy"}.',
            consumes: 'application/json',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [alertEndpointAcl],
            requestExample: '{"alert": {"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}',
        },
        {
            $id: Now.ID['rest-route-rhacs-health'],
            name: 'health',
            method: 'GET',
            path: '/health',
            script: processHealth,
            shortDescription: 'Integration health: deliveries per hour and day by outcome, refused and failed deliveries, open Incidents, storms, job runs, silence, configuration. Read-only.',
            produces: 'application/json',
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [healthEndpointAcl],
        },
    ],
})
