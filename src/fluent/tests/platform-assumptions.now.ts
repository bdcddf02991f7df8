import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// What the offline Glide fake assumes and only the instance can confirm: a refused unique-index
// insert returns no sys_id (the handler's concurrency guard), empty claims do not collide, a
// pre-chosen sys_id is kept, setValue('work_notes') writes a journal entry, and GlideAggregate
// COUNT with no field counts rows.
export default Test(
    {
        $id: Now.ID['atf-platform-assumptions'],
        name: 'RHACS: platform behaviours the handler relies on',
        description:
            'Runs as a server-side Jasmine script in the app scope, with no REST call and no credentials. It checks the GlideRecord behaviours the offline tests can only model: a second delivery row with the same creation claim is refused by the unique index (insert returns empty, nothing thrown); rows with an empty claim never collide; an Incident inserted with setNewGuidValue keeps that sys_id; setValue(work_notes) on update adds a journal entry; GlideAggregate COUNT without a field counts rows. A failure here means the app cannot rely on that behaviour on this instance: see docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-platform-assumptions-script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var DELIVERIES = 'x_rhacs_snow_delivery';
    var CLAIM = 'atf-claim|' + gs.generateGUID();

    function delivery(claim) {
        var gr = new GlideRecord(DELIVERIES);
        gr.initialize();
        gr.setValue('received', new GlideDateTime().getValue());
        gr.setValue('kind', 'test');
        gr.setValue('outcome', 'ignored');
        gr.setValue('detail', 'ATF platform assumptions');
        gr.setValue('claim', claim);
        return gr.insert();
    }

    describe('RHACS platform assumptions', function () {
        it('refuses a second row with the same claim without throwing', function () {
            var first = delivery(CLAIM);
            expect(first).toBeTruthy();
            var second = null;
            var threw = false;
            try {
                second = delivery(CLAIM);
            } catch (e) {
                threw = true;
            }
            expect(threw).toBe(false);
            expect(second ? String(second) : '').toBe('');
        });

        it('lets rows with an empty claim coexist', function () {
            expect(delivery('')).toBeTruthy();
            expect(delivery('')).toBeTruthy();
        });

        it('keeps a sys_id chosen before insert and journals work_notes set with setValue', function () {
            var id = gs.generateGUID();
            var inc = new GlideRecord('incident');
            inc.initialize();
            inc.setNewGuidValue(id);
            inc.setValue('short_description', 'RHACS ATF platform assumptions');
            inc.setValue('urgency', '3');
            inc.setValue('impact', '3');
            expect(String(inc.insert())).toBe(id);
            var again = new GlideRecord('incident');
            expect(again.get(id)).toBe(true);
            again.setValue('work_notes', 'RHACS ATF journal check');
            expect(again.update()).toBeTruthy();
            var journal = new GlideRecord('sys_journal_field');
            journal.addQuery('element_id', id);
            journal.addQuery('element', 'work_notes');
            journal.query();
            expect(journal.next()).toBe(true);
            expect(String(journal.getValue('value'))).toBe('RHACS ATF journal check');
        });

        it('counts rows with GlideAggregate COUNT and no field', function () {
            var ga = new GlideAggregate(DELIVERIES);
            ga.addQuery('claim', CLAIM);
            ga.addAggregate('COUNT');
            ga.query();
            expect(ga.next()).toBe(true);
            expect(String(ga.getAggregate('COUNT'))).toBe('1');
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
