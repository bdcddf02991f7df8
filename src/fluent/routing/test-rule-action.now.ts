import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { adminRole } from '../roles/integration-role.now'

/**
 * "Test this rule" on the routing rule form: which of the newest alert deliveries (at most 50, of
 * the last 30 days) the rule would have matched, judged on their stored bodies with the handler's
 * own matching (src/server/routing-rule-test.ts). Server side, saves nothing, for the app admin.
 * A script string rather than the module function, so that it can stay on the form
 * (action.setRedirectURL): the module path carries the package version
 * (test/fluent-metadata.test.ts checks it against package.json).
 */
export const testRoutingRuleAction = UiAction({
    $id: Now.ID['ui-action-test-routing-rule'],
    table: 'x_rhacs_snow_routing_rule',
    name: 'Test this rule',
    actionName: 'x_rhacs_snow_test_routing_rule',
    active: true,
    form: { showButton: true, showLink: false, showContextMenu: false, style: 'unstyled' },
    showInsert: false,
    showUpdate: true,
    hint: 'Shows which of the newest alert deliveries (at most 50, last 30 days) this rule would match. Saves nothing.',
    roles: [adminRole],
    order: 100,
    script: `const { onTestRoutingRule } = require('x_rhacs_snow/rhacs-snow/0.1.0/src/server/routing-rule-test-action.ts');
onTestRoutingRule(current);
action.setRedirectURL(current);`,
})
