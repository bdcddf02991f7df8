import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { processAlert } from '../../server/alert-route'
import { alertEndpointAcl } from '../acls/alert-endpoint-acl.now'

/**
 * POST https://<instance>/api/x_rhacs_snow/rhacs/alert — the RHACS Generic Webhook target.
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
    ],
})
