import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * First delivery of an RHACS alert: 201 and one new Incident with the mapped fields. The body is
 * test/fixtures/01-exec-into-pod.json with a run-unique alert id and deployment name (atf-<run id>),
 * so two runs never share a dedup key; test/fluent-metadata.test.ts checks it stays the fixture.
 * What the REST step creates is not rolled back by ATF: the last step deletes it.
 */
export const execIntoPodCreatesIncident = Test(
    {
        $id: Now.ID['atf-exec-into-pod-creates-incident'],
        name: 'RHACS alert: Exec into Pod creates an Incident',
        description:
            'POSTs the RHACS Generic Webhook body of test/fixtures/01-exec-into-pod.json (Kubernetes Actions: Exec into Pod, HIGH_SEVERITY), with this run\'s own alert id and deployment name atf-<run id>, to /api/x_rhacs_snow/rhacs/alert and asserts 201 with result.outcome = created (a Scripted REST response.setBody(obj) answer is wrapped by the platform as {"result": {...}}). It then finds the one delivery row of this run\'s alert id, takes its Incident, asserts the response named that Incident (result.sys_id), and validates short_description, urgency 1, impact 2, priority 2 (HIGH_SEVERITY mapping, default priority matrix) and state New. The last step deletes the delivery row, the problem row and the Incident: records created through a REST step run in the integration user\'s session and are not rolled back by ATF.\r\n\r\n***IMPORTANT***\r\nSelect a basic auth profile on the Send REST Request - Inbound step before running: its user must hold x_rhacs_snow.integration (the endpoint ACL has no admin override, so an admin alone gets 403). See docs/atf-tests.md.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const run = atf.server.runServerSideScript({
            $id: Now.ID['atf-exec-create-run'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // Records the REST steps create run in the integration user's session, which ATF does not roll
    // back: each run uses its own alert id (atf-<run id>) and deletes what it created at the end.
    // Runs that stopped before their last step left rows behind; those older than a day go here.
    var cutoff = new GlideDateTime();
    cutoff.addDaysUTC(-1);
    var old = new GlideRecord('x_rhacs_snow_delivery');
    old.addQuery('alert_id', 'STARTSWITH', 'atf-');
    old.addQuery('received', '<', cutoff.getValue());
    old.query();
    while (old.next()) {
        var incidentId = String(old.getValue('incident') || '');
        if (incidentId !== '') {
            var problems = new GlideRecord('x_rhacs_snow_problem');
            problems.addQuery('incident', incidentId);
            problems.deleteMultiple();
            var inc = new GlideRecord('incident');
            if (inc.get(incidentId)) inc.deleteRecord();
        }
        old.deleteRecord();
    }
    outputs.table = 'x_rhacs_snow_delivery';
    outputs.record_id = gs.generateGUID();
    stepResult.setOutputMessage('This run posts RHACS alert atf-' + outputs.record_id);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf-exec-create-send'],
            method: 'post',
            path: '/api/x_rhacs_snow/rhacs/alert',
            auth: 'basic',
            basicAuthentication: '',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            queryParameters: {},
            body: `{"alert": {"id":"atf-${run.record_id}","policy":{"id":"8ab0f199-4904-4808-9461-3501da1d1b77","name":"Kubernetes Actions: Exec into Pod","description":"Alerts when Kubernetes API receives request to execute command in container","rationale":"'pods/exec' is non-standard approach for interacting with containers.","remediation":"Restrict RBAC access to the 'pods/exec' resource.","categories":["Kubernetes Events"],"lifecycleStages":["RUNTIME"],"eventSource":"DEPLOYMENT_EVENT","exclusions":[{"name":"Don't alert on deployment thanos-querier in namespace openshift-monitoring","deployment":{"name":"thanos-querier","scope":{"namespace":"openshift-monitoring"}}},{"name":"Don't alert on deployment prometheus-k8s in namespace openshift-monitoring","deployment":{"name":"prometheus-k8s","scope":{"namespace":"openshift-monitoring"}}},{"name":"Don't alert on deployment ovnkube-node in namespace openshift-ovn-kubernetes","deployment":{"name":"ovnkube-node","scope":{"namespace":"openshift-ovn-kubernetes"}}},{"name":"Don't alert on deployment etcd-ci-ln-*-master-\\\\d+ in namespace openshift-etcd","deployment":{"name":"etcd-ci-ln-.*-master-\\\\d+","scope":{"namespace":"openshift-etcd"}}}],"severity":"HIGH_SEVERITY","notifiers":["f3a1c9d2-7b4e-4e0a-9c6d-2b8e5f1a7c3d"],"lastUpdated":"2026-01-20T09:14:03.512345678Z","SORTName":"Kubernetes Actions: Exec into Pod","SORTLifecycleStage":"RUNTIME","policyVersion":"1.1","policySections":[{"policyGroups":[{"fieldName":"Kubernetes Resource","values":[{"value":"PODS_EXEC"}]}]}],"mitreAttackVectors":[{"tactic":"TA0002","techniques":["T1609"]},{"tactic":"TA0002","techniques":["T1059.004"]}],"criteriaLocked":true,"mitreVectorsLocked":true,"isDefault":true},"lifecycleStage":"RUNTIME","clusterId":"8e5b7c4a-2f0d-4b6e-9a1c-3d5e7f9a1b2c","clusterName":"local-cluster","namespace":"gibson","namespaceId":"5c2d8e1f-4a3b-4c6d-8e9f-0a1b2c3d4e5f","deployment":{"id":"b7e4c2a9-1d3f-4e5a-8b6c-9d0e1f2a3b4c","name":"atf-${run.record_id}","type":"Deployment","namespace":"gibson","namespaceId":"5c2d8e1f-4a3b-4c6d-8e9f-0a1b2c3d4e5f","labels":{"app":"gibson","component":"predictor"},"clusterId":"8e5b7c4a-2f0d-4b6e-9a1c-3d5e7f9a1b2c","clusterName":"local-cluster","containers":[{"image":{"id":"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","name":{"registry":"quay.io","remote":"gibson/kserve-model-server","tag":"1.4.2","fullName":"quay.io/gibson/kserve-model-server:1.4.2"}},"name":"kserve-container"}],"annotations":{"deployment.kubernetes.io/revision":"3"}},"violations":[{"message":"Kubernetes API received exec '/bin/bash' request into pod 'garbage' container 'kserve-container'","keyValueAttrs":{"attrs":[{"key":"pod","value":"garbage"},{"key":"container","value":"kserve-container"},{"key":"commands","value":"/bin/bash"},{"key":"Username","value":"zero-cool"},{"key":"Groups","value":"ocp-admins, system:authenticated:oauth, system:authenticated"}]},"type":"K8S_EVENT","time":"2026-02-12T15:22:22.276480996Z"}],"time":"2026-02-12T15:22:22.278134221Z","firstOccurred":"2026-02-12T15:22:22.278134221Z","entityType":"DEPLOYMENT"}}`,
        })

        atf.rest.assertStatusCode({
            $id: Now.ID['atf-exec-create-status-201'],
            operation: 'equals',
            statusCode: 201,
        })

        atf.rest.assertResponseJSONPayloadIsValid({
            $id: Now.ID['atf-exec-create-json-valid'],
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-outcome-created'],
            elementName: '/result/outcome',
            operation: 'equals',
            elementValue: 'created',
        })

        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-correlation-id'],
            elementName: '/result/correlation_id',
            operation: 'contains',
            elementValue: `atf-${run.record_id}`,
        })

        const found = atf.server.runServerSideScript({
            $id: Now.ID['atf-exec-create-find-incident'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var alertId = 'atf-${run.record_id}';
    describe('the Incident this run created', function () {
        it('is named by the one delivery row of this run', function () {
            var d = new GlideRecord('x_rhacs_snow_delivery');
            d.addQuery('alert_id', alertId);
            d.query();
            expect(d.getRowCount()).toBe(1);
            expect(d.next()).toBe(true);
            expect(String(d.getValue('outcome'))).toBe('created');
            expect(String(d.getValue('http_status'))).toBe('201');
            var inc = new GlideRecord('incident');
            expect(inc.get(String(d.getValue('incident')))).toBe(true);
            expect(String(inc.getValue('correlation_id')).indexOf(alertId) > 0).toBe(true);
            outputs.table = 'incident';
            outputs.record_id = inc.getUniqueValue();
            stepResult.setOutputMessage('This run created ' + inc.getValue('number'));
        });
    });
})(outputs, steps, params, stepResult, assertEqual);
jasmine.getEnv().execute();
`,
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf-exec-create-response-names-incident'],
            elementName: '/result/sys_id',
            operation: 'equals',
            elementValue: `${found.record_id}`,
        })

        atf.server.recordValidation({
            $id: Now.ID['atf-exec-create-validate-incident'],
            table: 'incident',
            recordId: found.record_id,
            fieldValues:
                'short_description=ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)^urgency=1^impact=2^priority=2^state=1^EQ',
            assert: 'record_validated',
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf-exec-create-cleanup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    // What this run created through the REST step (not rolled back by ATF): its deliveries, its
    // problem row and its Incident.
    var alertId = 'atf-${run.record_id}';
    var deliveries = new GlideRecord('x_rhacs_snow_delivery');
    deliveries.addQuery('alert_id', alertId);
    deliveries.query();
    var incidents = {};
    var removed = 0;
    while (deliveries.next()) {
        var incidentId = String(deliveries.getValue('incident') || '');
        if (incidentId !== '') incidents[incidentId] = true;
        deliveries.deleteRecord();
        removed++;
    }
    for (var id in incidents) {
        var problems = new GlideRecord('x_rhacs_snow_problem');
        problems.addQuery('incident', id);
        problems.deleteMultiple();
        var inc = new GlideRecord('incident');
        if (inc.get(id)) inc.deleteRecord();
    }
    stepResult.setOutputMessage('Removed ' + removed + ' delivery rows and the Incident of ' + alertId);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
