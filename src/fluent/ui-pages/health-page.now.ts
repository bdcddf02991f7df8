import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import healthPage from '../../client/index.html'

/**
 * The integration health page (React, built by the SDK from src/client): https://<instance>/x_rhacs_snow_health.do.
 * It reads GET /api/x_rhacs_snow/rhacs/health, whose ACL decides who sees figures; the page itself
 * has no role (anyone logged in can open it and gets a 403 message naming the roles).
 */
export const healthUiPage = UiPage({
    $id: Now.ID['ui-page-health'],
    endpoint: 'x_rhacs_snow_health.do',
    description: 'RHACS integration health: is RHACS delivering, and what became of the deliveries.',
    category: 'general',
    html: healthPage,
    direct: true,
})
