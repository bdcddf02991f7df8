import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// What the offline Glide fake assumes and only the instance can confirm (docs/platform-assumptions.md,
// the "ATF" column). Server-side, in the ATF session: everything it writes is rolled back.
// failOnServerError is off because the first check provokes a unique-key violation on purpose,
// which the platform logs as an error.
export default Test(
    {
        $id: Now.ID['atf-platform-assumptions'],
        name: 'RHACS: platform behaviours the handler relies on',
        description:
            'Runs as a server-side Jasmine script in the app scope, with no REST call and no credentials; what it writes is rolled back by ATF. It checks the GlideRecord behaviours the offline tests can only model: a second delivery row with the same creation claim, and a second problem row with the same key, are refused by their unique indexes (insert returns empty, nothing thrown; the platform logs the violation as an error, so this test runs with Fail on server error off); rows with an empty claim never collide; an Incident inserted with setNewGuidValue keeps that sys_id; assigning work_notes adds a journal entry; getValue returns null for an empty field and "1"/"0" for a boolean; GlideAggregate COUNT without a field counts rows; addJoinQuery finds an Incident through the problems table key and only that one; a string column sorts as strings; GlideDigest computes SHA-256 over UTF-8 (the keys and fingerprints rely on it); JSON.parse survives 100 levels of nesting (the app refuses more than 64 before parsing). A failure means the app cannot rely on that behaviour on this instance: see docs/atf-tests.md.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-platform-assumptions-script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var DELIVERIES = 'x_rhacs_snow_delivery';
    var PROBLEMS = 'x_rhacs_snow_problem';
    var RUN = gs.generateGUID();
    var CLAIM = 'atf-claim|' + RUN;

    function delivery(fields) {
        var gr = new GlideRecord(DELIVERIES);
        gr.initialize();
        gr.setValue('received', new GlideDateTime().getValue());
        gr.setValue('kind', 'test');
        gr.setValue('outcome', 'ignored');
        gr.setValue('detail', 'ATF platform assumptions');
        for (var name in fields) gr.setValue(name, fields[name]);
        return gr.insert();
    }

    function incident(id) {
        var inc = new GlideRecord('incident');
        inc.initialize();
        if (id) inc.setNewGuidValue(id);
        inc.setValue('short_description', 'RHACS ATF platform assumptions');
        inc.setValue('urgency', '3');
        inc.setValue('impact', '3');
        return String(inc.insert());
    }

    describe('RHACS platform assumptions', function () {
        it('refuses a second row with the same claim without throwing', function () {
            expect(delivery({ claim: CLAIM })).toBeTruthy();
            var second = null;
            var threw = false;
            try {
                second = delivery({ claim: CLAIM });
            } catch (e) {
                threw = true;
            }
            expect(threw).toBe(false);
            expect(second ? String(second) : '').toBe('');
        });

        it('lets rows with an empty claim coexist', function () {
            expect(delivery({ claim: '' })).toBeTruthy();
            expect(delivery({ claim: '' })).toBeTruthy();
        });

        it('refuses a second problem row for one key', function () {
            var first = new GlideRecord(PROBLEMS);
            first.initialize();
            first.setValue('key', 'atf-key:' + RUN);
            expect(first.insert()).toBeTruthy();
            var second = new GlideRecord(PROBLEMS);
            second.initialize();
            second.setValue('key', 'atf-key:' + RUN);
            var id = second.insert();
            expect(id ? String(id) : '').toBe('');
        });

        it('keeps a sys_id chosen before insert and journals work_notes assigned on update', function () {
            var id = gs.generateGUID();
            expect(incident(id)).toBe(id);
            var again = new GlideRecord('incident');
            expect(again.get(id)).toBe(true);
            again.work_notes = 'RHACS ATF journal check';
            expect(again.update()).toBeTruthy();
            var journal = new GlideRecord('sys_journal_field');
            journal.addQuery('element_id', id);
            journal.addQuery('element', 'work_notes');
            journal.query();
            expect(journal.next()).toBe(true);
            expect(String(journal.getValue('value'))).toBe('RHACS ATF journal check');
        });

        it('returns null for an empty field and 1/0 for a boolean from getValue', function () {
            var id = delivery({ raw_body_attached: 'true' });
            var gr = new GlideRecord(DELIVERIES);
            expect(gr.get(id)).toBe(true);
            expect(gr.getValue('storm_batch')).toBe(null);
            expect(String(gr.getValue('raw_body_attached'))).toBe('1');
        });

        it('counts rows with GlideAggregate COUNT and no field', function () {
            var ga = new GlideAggregate(DELIVERIES);
            ga.addQuery('claim', CLAIM);
            ga.addAggregate('COUNT');
            ga.query();
            expect(ga.next()).toBe(true);
            expect(String(ga.getAggregate('COUNT'))).toBe('1');
        });

        it('finds an Incident through the problems table key with addJoinQuery, and only that one', function () {
            var wanted = incident('');
            incident('');
            var p = new GlideRecord(PROBLEMS);
            p.initialize();
            p.setValue('key', 'atf-join:' + RUN);
            p.setValue('incident', wanted);
            expect(p.insert()).toBeTruthy();
            var gr = new GlideRecord('incident');
            gr.addJoinQuery(PROBLEMS, 'sys_id', 'incident').addCondition('key', 'IN', 'atf-join:' + RUN + ',atf-none:' + RUN);
            gr.query();
            var found = [];
            while (gr.next()) found.push(gr.getUniqueValue());
            expect(found).toEqual([wanted]);
        });

        it('computes SHA-256 over UTF-8 with GlideDigest (keys and fingerprints rely on it)', function () {
            var digest = new GlideDigest();
            expect(String(digest.getSHA256Hex('abc')).toLowerCase()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
            expect(String(digest.getSHA256Hex('\u00e9')).toLowerCase()).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
        });

        it('parses JSON nested 100 levels deep (the app refuses bodies nested over 64 before parsing)', function () {
            var deep = '';
            for (var i = 0; i < 100; i++) deep += '[';
            for (var j = 0; j < 100; j++) deep += ']';
            var parsed = JSON.parse(deep);
            expect(Array.isArray(parsed)).toBe(true);
        });

        it('sorts a string column as strings', function () {
            delivery({ alert_version: '9', claim: 'atf-sort-a|' + RUN });
            delivery({ alert_version: '10', claim: 'atf-sort-b|' + RUN });
            var gr = new GlideRecord(DELIVERIES);
            gr.addQuery('claim', 'IN', 'atf-sort-a|' + RUN + ',atf-sort-b|' + RUN);
            gr.orderBy('alert_version');
            gr.query();
            var order = [];
            while (gr.next()) order.push(String(gr.getValue('alert_version')));
            expect(order).toEqual(['10', '9']);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
