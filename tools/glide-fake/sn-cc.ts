// sn_cc.StandardCredentialsProvider on the fake instance: the credential behind a credential
// alias, by the alias's sys_id (docs/platform-assumptions.md, "Credentials"). An alias with no
// credential gives null (unverified: the platform-assumptions ATF test checks it).

import { fakeInstance } from './instance'

export class StandardCredential {
    constructor(private attributes: { [name: string]: string }) {}
    getAttribute(name: string): string | null {
        return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null
    }
}

export class StandardCredentialsProvider {
    getCredentialByAliasID(aliasSysId: string): StandardCredential | null {
        const c = fakeInstance.credentials[String(aliasSysId)]
        return c === undefined ? null : new StandardCredential(c)
    }
}
