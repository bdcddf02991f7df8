import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * The health page on the instance, in the client test runner: an analyst (itil) sees its status
 * line (the UI page endpoint serves the SDK-built bundle, the page reads window.g_ck and its
 * X-UserToken call to /health passes the ACL); a user with neither x_rhacs_snow.admin nor itil
 * sees the message naming those roles. The users are created in the ATF session and rolled back.
 */
export const healthPageInBrowser = Test(
    {
        $id: Now.ID['atf-health-page-browser'],
        name: 'RHACS health page: analysts see the status line, others the missing role',
        description:
            'Creates an itil user and a user without roles. As the itil user, opens /x_rhacs_snow_health.do and asserts the status line appears ("Delivering", "Silent", "Refusing" or "No delivery") and that window.g_ck is a non-empty string (the session token the page sends as X-UserToken). As the user without roles, opens the page and asserts the 403 message naming x_rhacs_snow.admin or itil. Needs a Client Test Runner and the Custom UI (TestingLibrary) step of this release. See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const analyst = atf.server.createUser({
            $id: Now.ID['atf-health-page-analyst'],
            firstName: 'RHACS ATF',
            lastName: 'Health analyst',
            fieldValues: {},
            groups: [],
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const nobody = atf.server.createUser({
            $id: Now.ID['atf-health-page-nobody'],
            firstName: 'RHACS ATF',
            lastName: 'Health no role',
            fieldValues: {},
            groups: [],
            roles: [],
            impersonate: false,
        })
        atf.uiTestScript.runTest({
            $id: Now.ID['atf-health-page-analyst-sees-status'],
            script: `await sn_atf.impersonate('${analyst.user}')
await sn_atf.navigate('/x_rhacs_snow_health.do')
const status = await screen.findByTestId('status', { timeout: 30000 })
expect(status.textContent).toMatch(/^(Delivering|Silent|Refusing|No delivery)/)
const token = await sn_atf.evaluate(() => window.g_ck)
expect(typeof token === 'string' && token.length > 0).toBe(true)
`,
        })
        atf.uiTestScript.runTest({
            $id: Now.ID['atf-health-page-nobody-sees-403'],
            script: `await sn_atf.impersonate('${nobody.user}')
await sn_atf.navigate('/x_rhacs_snow_health.do')
const denied = await screen.findByTestId('forbidden', { timeout: 30000 })
expect(denied.textContent).toContain('x_rhacs_snow.admin or itil')
`,
        })
    },
)
