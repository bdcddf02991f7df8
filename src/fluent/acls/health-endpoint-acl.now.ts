import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/integration-role.now'

/**
 * The health resource's own REST_Endpoint ACL: the app admin and analysts (itil) read the health
 * document (GET /api/x_rhacs_snow/rhacs/health); the integration user does not need it. Admins
 * pass too (admin overrides): the health page is where an admin looks first.
 */
export const healthEndpointAcl = Acl({
    $id: Now.ID['acl-rest-health-endpoint'],
    name: 'x_rhacs_snow.rhacs_health',
    type: 'rest_endpoint',
    operation: 'execute',
    roles: [adminRole, 'itil'],
    adminOverrides: true,
    description: 'Allows RHACS integration admins and analysts (itil) to GET /api/x_rhacs_snow/rhacs/health, the integration health document.',
})
