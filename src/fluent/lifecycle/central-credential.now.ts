import '@servicenow/sdk/global'
import { Alias } from '@servicenow/sdk/core'

/**
 * The RHACS API token, as a credential alias: the admin creates an API Key credential (its
 * `api_key` holds the token) and links it to this alias. The code reads it through
 * sn_cc.StandardCredentialsProvider by this record's sys_id (src/server/central-client.ts, pinned
 * by test/fluent-metadata.test.ts); the Central URL is x_rhacs_snow.central_url. No token in a
 * property, a log or a note. Without a credential, everything that talks to Central is off.
 */
export const centralCredential = Alias({
    $id: Now.ID['alias-rhacs-central-token'],
    name: 'rhacs_central',
    type: 'credential',
    description: 'RHACS Central API token (API Key credential; the token goes in its API key field). Used by the reconcile job and resolve-in-RHACS. See docs/incident-lifecycle.md.',
})
