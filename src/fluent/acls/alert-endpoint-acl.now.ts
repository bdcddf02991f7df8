import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { integrationRole } from '../roles/integration-role.now'

/** The app's own REST_Endpoint ACL: only the integration role may call the alert resource. */
export const alertEndpointAcl = Acl({
    $id: Now.ID['acl-rest-alert-endpoint'],
    name: 'x_rhacs_snow.rhacs_alert',
    type: 'rest_endpoint',
    operation: 'execute',
    roles: [integrationRole],
    adminOverrides: false,
    description: 'Allows the RHACS integration role to POST alerts to /api/x_rhacs_snow/rhacs/alert.',
})
