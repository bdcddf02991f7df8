import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

/** Held by the integration user that RHACS authenticates as; the only way into the endpoint. */
export const integrationRole = Role({
    name: 'x_rhacs_snow.integration',
    description: 'RHACS Generic Webhook integration user: may POST alerts to /api/x_rhacs_snow/rhacs/alert. Grant to the integration user only.',
})

/** ServiceNow admins who tune the app and read its deliveries. */
export const adminRole = Role({
    name: 'x_rhacs_snow.admin',
    description: 'Reads the RHACS deliveries table and manages the RHACS integration properties.',
})
