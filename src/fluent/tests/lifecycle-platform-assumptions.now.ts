import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// What the lifecycle flows (reconcile, resolve in RHACS, quiet ageing) assume of the platform and
// the offline fake only models (docs/platform-assumptions.md). Server-side, in the ATF session:
// everything it writes is rolled back; its rows are keyed to this run. It never calls Central:
// with the connection unset (x_rhacs_snow.central_url empty or no credential on the alias) it
// checks that the reconcile job does nothing at all; with a connection configured, that part is
// skipped (it would ask the real Central about the instance's open Incidents).
export const lifecyclePlatformAssumptions = Test(
    {
        $id: Now.ID['atf-lifecycle-platform-assumptions'],
        name: 'RHACS: platform behaviours the lifecycle relies on',
        description:
            'A server-side Jasmine script in the app scope, no REST call, no call to Central: the rhacs_central credential alias exists and StandardCredentialsProvider.getCredentialByAliasID answers for it without throwing; the resolution code the app sets by default is one of incident.close_code\'s choices; an app Incident can be resolved from a script with state 6, close code and notes (the module the jobs use) and stays active (Resolved is not Closed); an empty date matches no "<" condition; sys_id ">" with orderBy(sys_id) pages in order (the resume cursor); with no Central connection the reconcile job writes no run row and changes nothing. Everything is written in the ATF session and rolled back. See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-lifecycle-platform-assumptions-script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var RUN = gs.generateGUID();
    var MODULES = 'x_rhacs_snow/rhacs-snow/0.1.0/src/server/';
    function appIncident() {
        var inc = new GlideRecord('incident');
        inc.initialize();
        inc.setValue('short_description', 'RHACS ATF lifecycle ' + RUN);
        inc.setValue('correlation_display', 'RHACS');
        var id = String(inc.insert());
        var alert = new GlideRecord('x_rhacs_snow_alert');
        alert.initialize();
        alert.setValue('alert_id', RUN.slice(0, 8) + '-0000-4000-8000-' + RUN.slice(20, 32));
        alert.setValue('incident', id);
        alert.setValue('lifecycle_stage', 'RUNTIME');
        alert.setValue('rhacs_state', 'unknown');
        expect(alert.insert()).toBeTruthy();
        return id;
    }
    describe('RHACS lifecycle platform assumptions', function () {
        it('reads the rhacs_central credential alias by sys_id without throwing (the token stays unread here)', function () {
            var alias = new GlideRecord('sys_alias');
            expect(alias.get('625e593dfac44fd69ec1c5607ad36f29')).toBe(true);
            expect(String(alias.getValue('type'))).toBe('credential');
            var threw = false;
            try {
                new sn_cc.StandardCredentialsProvider().getCredentialByAliasID('625e593dfac44fd69ec1c5607ad36f29');
            } catch (e) {
                threw = true;
            }
            expect(threw).toBe(false);
        });

        it('has the default resolution code among incident.close_code choices', function () {
            var choice = new GlideRecord('sys_choice');
            choice.addQuery('name', 'incident');
            choice.addQuery('element', 'close_code');
            choice.addQuery('value', 'Solution provided');
            choice.addQuery('inactive', false);
            choice.setLimit(1);
            choice.query();
            expect(choice.hasNext()).toBe(true);
        });

        it('resolves an app Incident from the jobs\\' module: state 6 with the close code and notes kept', function () {
            var id = appIncident();
            var lifecycle = require(MODULES + 'glide-lifecycle.ts');
            var reconcile = require(MODULES + 'reconcile-job.ts');
            var props = require(MODULES + 'app-properties.ts');
            var config = props.readConfig(function (name) { return gs.getProperty(name, null); }).config;
            var ok = new lifecycle.GlideLifecycle().updateIncident(id, reconcile.resolutionFields(config.lifecycle, 'ATF ' + RUN, 'rhacs'));
            expect(ok).toBe(true);
            var inc = new GlideRecord('incident');
            inc.get(id);
            expect(String(inc.getValue('state'))).toBe('6');
            expect(String(inc.getValue('close_code'))).toBe(config.lifecycle.closeCode);
            expect(String(inc.getValue('close_notes'))).toBe(config.lifecycle.closeNotes);
            expect(String(inc.getValue('x_rhacs_snow_resolved_by'))).toBe('rhacs');
            // Resolved is not closed: the Incident stays active, so the app selects open Incidents by state.
            expect(String(inc.getValue('active'))).toBe('1');
        });

        it('matches no "<" condition with an empty date, and pages by sys_id ">" in sys_id order', function () {
            function run(started) {
                var gr = new GlideRecord('x_rhacs_snow_job_run');
                gr.initialize();
                gr.setValue('job', 'silence_check');
                gr.setValue('detail', 'ATF lifecycle ' + RUN);
                if (started) gr.setValue('started', started);
                return String(gr.insert());
            }
            var withDate = run('2001-01-01 00:00:00');
            run('');
            var ids = [run('2001-01-01 00:00:01'), run('2001-01-01 00:00:02'), withDate].sort();
            var gr = new GlideRecord('x_rhacs_snow_job_run');
            gr.addQuery('detail', 'ATF lifecycle ' + RUN);
            gr.addQuery('started', '<', '2001-01-01 00:00:01');
            gr.query();
            expect(gr.getRowCount()).toBe(1);
            var page = new GlideRecord('x_rhacs_snow_job_run');
            page.addQuery('detail', 'ATF lifecycle ' + RUN);
            page.addNotNullQuery('started');
            page.addQuery('sys_id', '>', ids[0]);
            page.orderBy('sys_id');
            page.query();
            var seen = [];
            while (page.next()) seen.push(String(page.getUniqueValue()));
            expect(seen).toEqual([ids[1], ids[2]]);
        });

        it('with no Central connection, the reconcile job writes no run row and changes nothing', function () {
            var client = require(MODULES + 'central-client.ts');
            if (client.centralConnection(String(gs.getProperty('x_rhacs_snow.central_url', '') || '')).transport !== null) {
                pending('A Central connection is configured on this instance: the job would call it.');
                return;
            }
            var id = appIncident();
            var runs = new GlideAggregate('x_rhacs_snow_job_run');
            runs.addQuery('job', 'reconcile');
            runs.addAggregate('COUNT');
            runs.query();
            var before = runs.next() ? Number(runs.getAggregate('COUNT')) : 0;
            require(MODULES + 'lifecycle-entries.ts').runReconcile();
            var after = new GlideAggregate('x_rhacs_snow_job_run');
            after.addQuery('job', 'reconcile');
            after.addAggregate('COUNT');
            after.query();
            expect(after.next() ? Number(after.getAggregate('COUNT')) : 0).toBe(before);
            var inc = new GlideRecord('incident');
            inc.get(id);
            expect(String(inc.getValue('state'))).toBe('1');
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
    },
)
