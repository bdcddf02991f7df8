import '@servicenow/sdk/global'
import { Form, Record } from '@servicenow/sdk/core'

/**
 * An "RHACS triage" view of incident: the who/where/what/when/how-bad an analyst needs in one
 * screen, the app's occurrence columns, and the RHACS deliveries related list. A view of its own,
 * so the instance's Default view and its related lists stay exactly as the customer has them.
 */
export const rhacsTriageView = Record({
    $id: Now.ID['view-rhacs-triage'],
    table: 'sys_ui_view',
    data: {
        name: 'x_rhacs_snow_triage',
        title: 'RHACS triage',
    },
})

Form({
    table: 'incident',
    view: rhacsTriageView,
    sections: [
        {
            caption: 'RHACS alert',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'short_description', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                        { field: 'assignment_group', type: 'table_field' },
                        { field: 'assigned_to', type: 'table_field' },
                        { field: 'correlation_id', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'urgency', type: 'table_field' },
                        { field: 'impact', type: 'table_field' },
                        { field: 'priority', type: 'table_field' },
                        { field: 'x_rhacs_snow_occurrences', type: 'table_field' },
                        { field: 'x_rhacs_snow_last_seen', type: 'table_field' },
                        { field: 'x_rhacs_snow_previous_incident', type: 'table_field' },
                        { field: 'x_rhacs_snow_storm_state', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'description', type: 'table_field' },
                        { field: 'work_notes', type: 'table_field' },
                        { type: 'formatter', formatterRef: 'Activities_Filtered' },
                    ],
                },
            ],
        },
    ],
})

const triageRelatedLists = Record({
    $id: Now.ID['related-list-incident-rhacs-triage'],
    table: 'sys_ui_related_list',
    data: {
        name: 'incident',
        view: rhacsTriageView,
    },
})

Record({
    $id: Now.ID['related-list-entry-incident-deliveries'],
    table: 'sys_ui_related_list_entry',
    data: {
        list_id: triageRelatedLists,
        position: 0,
        related_list: 'x_rhacs_snow_delivery.incident',
    },
})
