import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// What the health endpoint assumes of the platform and the offline Glide fake only models
// (docs/platform-assumptions.md). Server-side, in the ATF session: everything it writes is rolled
// back; its rows are keyed to this run (a run id, an hour of its own in 2001), so two runs at once
// do not see each other's rows.
export const healthPlatformAssumptions = Test(
    {
        $id: Now.ID['atf-health-platform-assumptions'],
        name: 'RHACS: platform behaviours the health page relies on',
        description:
            'A server-side Jasmine script in the app scope, no REST call: GlideAggregate with two conditions on received (>= the hour, < the next hour) and groupBy outcome counts the rows of that hour by outcome, the upper bound excluded (the per-hour and per-day buckets); a GlideAggregate on incident with addJoinQuery on the problems table (key STARTSWITH) counts the open Incidents a problem row names by priority, each Incident once however many rows name it (open Incidents by priority); gs.tableExists is true for the job-run table and false for a table that does not exist (the routing rules seam). Everything is written in the ATF session and rolled back. See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-health-platform-assumptions-script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var RUN = gs.generateGUID();
    describe('RHACS health platform assumptions', function () {
        it('counts a received range by outcome with GlideAggregate groupBy, the upper bound excluded (the hour buckets)', function () {
            // An hour of this run's own in 2001, where no real delivery is: 1 in 8,000 that two runs share it.
            var hour = new GlideDateTime('2001-01-01 00:00:00');
            hour.addSeconds(3600 * Math.floor(Math.random() * 8000));
            function at(seconds) {
                var t = new GlideDateTime(hour.getValue());
                t.addSeconds(seconds);
                return t.getValue();
            }
            function delivery(received, outcome) {
                var gr = new GlideRecord('x_rhacs_snow_delivery');
                gr.initialize();
                gr.setValue('received', received);
                gr.setValue('kind', 'alert');
                gr.setValue('outcome', outcome);
                gr.setValue('detail', 'ATF health ' + RUN);
                expect(gr.insert()).toBeTruthy();
            }
            delivery(at(-1), 'failed');
            delivery(at(0), 'created');
            delivery(at(1799), 'rejected');
            delivery(at(3599), 'created');
            delivery(at(3600), 'created');
            var ga = new GlideAggregate('x_rhacs_snow_delivery');
            ga.addQuery('received', '>=', at(0));
            ga.addQuery('received', '<', at(3600));
            ga.addAggregate('COUNT');
            ga.groupBy('outcome');
            ga.query();
            var counts = {};
            while (ga.next()) counts[String(ga.getValue('outcome'))] = Number(ga.getAggregate('COUNT'));
            expect(counts).toEqual({ created: 2, rejected: 1 });
        });

        it('counts open Incidents by priority with addJoinQuery on a GlideAggregate, each Incident once (open Incidents by priority)', function () {
            var prefix = 'rhacs-atf-health:' + RUN + ':';
            function incident(urgency, impact) {
                var inc = new GlideRecord('incident');
                inc.initialize();
                inc.setValue('short_description', 'RHACS ATF health ' + RUN);
                inc.setValue('urgency', String(urgency));
                inc.setValue('impact', String(impact));
                return String(inc.insert());
            }
            function problem(key, incidentId) {
                var p = new GlideRecord('x_rhacs_snow_problem');
                p.initialize();
                p.setValue('key', key);
                p.setValue('incident', incidentId);
                expect(p.insert()).toBeTruthy();
            }
            var high = incident(1, 2);
            var moderate = incident(2, 2);
            incident(1, 1);
            problem(prefix + 'a', high);
            problem(prefix + 'b', moderate);
            problem(prefix + 'c', moderate);
            var ga = new GlideAggregate('incident');
            ga.addJoinQuery('x_rhacs_snow_problem', 'sys_id', 'incident').addCondition('key', 'STARTSWITH', prefix);
            ga.addQuery('active', true);
            ga.addAggregate('COUNT');
            ga.groupBy('priority');
            ga.query();
            var counts = {};
            while (ga.next()) counts[String(ga.getValue('priority'))] = Number(ga.getAggregate('COUNT'));
            expect(counts).toEqual({ 2: 1, 3: 1 });
        });

        it('says whether a table exists with gs.tableExists (the routing rules seam)', function () {
            expect(gs.tableExists('x_rhacs_snow_job_run')).toBe(true);
            expect(gs.tableExists('x_rhacs_snow_no_such_table_' + RUN.slice(0, 6))).toBe(false);
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
