import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { adminRole } from '../roles/integration-role.now'

export const rhacsMenu = ApplicationMenu({
    $id: Now.ID['menu-rhacs-integration'],
    title: 'RHACS Integration',
    hint: 'Red Hat Advanced Cluster Security alerts turned into Incidents',
    description: 'Deliveries received from RHACS, the Incidents they created and the integration properties.',
    // Analysts (itil) work the Incidents and read the deliveries; properties stay with the app admin.
    roles: [adminRole, 'itil', 'admin'],
    active: true,
})

Record({
    $id: Now.ID['module-rhacs-health'],
    table: 'sys_app_module',
    data: {
        title: 'Integration health',
        application: rhacsMenu,
        link_type: 'DIRECT',
        query: 'x_rhacs_snow_health.do',
        hint: 'Is RHACS delivering? Deliveries per hour by outcome, refusals, open Incidents, storms, silence',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 50,
    },
})

Record({
    $id: Now.ID['module-rhacs-incidents'],
    table: 'sys_app_module',
    data: {
        title: 'Open RHACS Incidents',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'incident',
        filter: 'correlation_idSTARTSWITHrhacs-^active=true^stateNOT IN6,7,8^ORDERBYDESCsys_updated_on',
        view_name: 'x_rhacs_snow_triage',
        hint: 'Incidents created by the RHACS integration, in the RHACS triage view',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 100,
    },
})

Record({
    $id: Now.ID['module-rhacs-deliveries'],
    table: 'sys_app_module',
    data: {
        title: 'Deliveries',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'x_rhacs_snow_delivery',
        filter: 'ORDERBYDESCreceived',
        hint: 'Every POST RHACS made, with its outcome, the Incident it touched and the raw body',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 200,
    },
})

Record({
    $id: Now.ID['module-rhacs-rejected-deliveries'],
    table: 'sys_app_module',
    data: {
        title: 'Rejected or failed deliveries',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'x_rhacs_snow_delivery',
        filter: 'outcomeINrejected,failed^ORDERBYDESCreceived',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 300,
    },
})

Record({
    $id: Now.ID['module-rhacs-routing-rules'],
    table: 'sys_app_module',
    data: {
        title: 'Routing rules',
        application: rhacsMenu,
        link_type: 'LIST',
        name: 'x_rhacs_snow_routing_rule',
        filter: 'ORDERBYorder',
        hint: 'Which group, category and CI new RHACS Incidents get; the first matching active rule applies (lowest order first)',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 350,
    },
})

Record({
    $id: Now.ID['module-rhacs-cluster-cis'],
    table: 'sys_app_module',
    data: {
        title: 'Cluster CIs',
        application: rhacsMenu,
        link_type: 'LIST',
        name: 'x_rhacs_snow_cluster_ci',
        filter: 'ORDERBYcluster',
        hint: 'The configuration item of each RHACS cluster, for Incidents whose workload has no CI of its own',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 360,
    },
})

Record({
    $id: Now.ID['module-rhacs-alerts'],
    table: 'sys_app_module',
    data: {
        title: 'Alerts',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'x_rhacs_snow_alert',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'The RHACS alerts behind each Incident and the state RHACS Central last reported',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 370,
    },
})

Record({
    $id: Now.ID['module-rhacs-job-runs'],
    table: 'sys_app_module',
    data: {
        title: 'Job Runs',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'x_rhacs_snow_job_run',
        filter: 'ORDERBYDESCstarted',
        hint: 'Runs of the reconcile, quiet ageing and silence check jobs: what they did and what failed',
        roles: ['x_rhacs_snow.admin', 'itil', 'admin'],
        active: true,
        order: 380,
    },
})

Record({
    $id: Now.ID['module-rhacs-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: rhacsMenu,
        link_type: 'FILTER',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_rhacs_snow.^ORDERBYname',
        hint: 'Severity mapping, dedup, storm control, retention and logging settings',
        roles: ['x_rhacs_snow.admin', 'admin'],
        active: true,
        order: 400,
    },
})
