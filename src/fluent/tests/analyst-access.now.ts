import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * The ACLs the app declares (src/fluent/acls/app-table-acls.now.ts), checked as an analyst: an
 * itil user reads deliveries and problems but not the raw body, and changes none of them.
 * Everything is created in the ATF session and rolled back.
 */
export const analystAccess = Test(
    {
        $id: Now.ID['atf-analyst-access'],
        name: 'RHACS: analysts (itil) read deliveries but not raw bodies',
        description:
            'Creates a user with only the itil role (role sys_id 282bf1fac6112285017366cb5f867469, the platform\'s itil) and impersonates it, then runs a server-side Jasmine script: a delivery row and a problem row inserted with GlideRecord (ACLs do not govern it) are readable through GlideRecordSecure (row and fields), the raw_body field is not readable, and neither table is writable or deletable for the analyst. This proves the app\'s declared ACLs and that their role references resolve to the instance\'s itil role. Everything is created in the ATF session and rolled back.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf-analyst-access-user'],
            firstName: 'RHACS ATF',
            lastName: 'Analyst',
            fieldValues: {},
            groups: [],
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-analyst-access-script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    describe('an itil analyst', function () {
        var d = new GlideRecord('x_rhacs_snow_delivery');
        d.initialize();
        d.setValue('received', new GlideDateTime().getValue());
        d.setValue('kind', 'test');
        d.setValue('outcome', 'ignored');
        d.setValue('raw_body', '{"alert": {"id": "atf"}}');
        var deliveryId = String(d.insert());
        var p = new GlideRecord('x_rhacs_snow_problem');
        p.initialize();
        p.setValue('key', 'atf-analyst:' + gs.generateGUID());
        var problemId = String(p.insert());

        it('reads a delivery row and its fields, but not the raw body', function () {
            var gr = new GlideRecordSecure('x_rhacs_snow_delivery');
            expect(gr.get(deliveryId)).toBe(true);
            expect(gr.canRead()).toBe(true);
            expect(gr.outcome.canRead()).toBe(true);
            expect(gr.raw_body.canRead()).toBe(false);
            expect(gr.canWrite()).toBe(false);
            expect(gr.canDelete()).toBe(false);
        });

        it('reads problems but cannot change them', function () {
            var gr = new GlideRecordSecure('x_rhacs_snow_problem');
            expect(gr.get(problemId)).toBe(true);
            expect(gr.canRead()).toBe(true);
            expect(gr.canWrite()).toBe(false);
            expect(gr.canCreate()).toBe(false);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
