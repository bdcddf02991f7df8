// sn_ws.RESTMessageV2 on the fake instance, the recordless form the app uses: setHttpMethod and
// setEndpoint are required (docs/platform-assumptions.md, "Outbound REST"); execute() sends to
// fakeInstance.outbound (a test double of the remote). A remote that gives no answer makes
// execute() throw, as the platform documents for a timed-out connection. Strict where the
// platform would be: no endpoint or method → throws; a timeout longer than the platform's
// outbound limit is a violation; an Authorization header with a log level other than 'basic' is a
// violation (elevated outbound logging records request headers).

import { fakeInstance } from './instance'

/** 30 s: the platform caps outbound waits there (glide.http.outbound.max_timeout, documented for
 * executeAsync); the fake holds execute() to it too, which is stricter than the platform. */
export const MAX_HTTP_TIMEOUT_MS = 30000

export class RESTResponseV2 {
    constructor(
        private status: number,
        private body: string,
        private error: string,
    ) {}
    getStatusCode(): number {
        return this.status
    }
    getBody(): string {
        return this.body
    }
    haveError(): boolean {
        return this.error !== '' || this.status >= 400
    }
    getErrorMessage(): string {
        return this.error
    }
    getErrorCode(): number {
        return this.error !== '' ? 1 : 0
    }
}

export class RESTMessageV2 {
    private method = ''
    private endpoint = ''
    private headers: { [name: string]: string } = {}
    private body = ''
    private timeoutMs = 0
    private logLevel = ''

    constructor(name?: unknown, fn?: unknown) {
        if (name !== undefined || fn !== undefined) throw new Error('glide-fake: only the recordless RESTMessageV2() is modelled')
    }
    setHttpMethod(method: string): void {
        this.method = String(method).toUpperCase()
    }
    setEndpoint(url: string): void {
        this.endpoint = String(url)
    }
    setRequestHeader(name: string, value: string): void {
        this.headers[String(name)] = String(value)
    }
    setRequestBody(body: string): void {
        this.body = String(body)
    }
    setHttpTimeout(ms: number): void {
        if (ms > MAX_HTTP_TIMEOUT_MS) fakeInstance.violate('RESTMessageV2 timeout ' + ms + ' ms is over the platform outbound limit of ' + MAX_HTTP_TIMEOUT_MS + ' ms')
        this.timeoutMs = ms
    }
    setLogLevel(level: string): void {
        this.logLevel = String(level)
    }
    execute(): RESTResponseV2 {
        if (this.method === '' || this.endpoint === '') throw new Error('RESTMessageV2: setHttpMethod and setEndpoint are required with the no-argument constructor')
        if (this.headers['Authorization'] !== undefined && this.logLevel !== 'basic') {
            fakeInstance.violate('an outbound request carries an Authorization header with log level "' + (this.logLevel || 'default') + '": set basic so the token is never logged')
        }
        if (!/^https?:\/\/[^\s]+$/.test(this.endpoint)) throw new Error('RESTMessageV2: invalid endpoint ' + this.endpoint)
        const handler = fakeInstance.outbound
        if (handler === null) throw new Error('java.net.UnknownHostException: ' + this.endpoint.replace(/^https?:\/\/([^/]+).*$/, '$1'))
        // Throws through, as execute() does when the connection fails or times out.
        const answer = handler({ method: this.method, url: this.endpoint, headers: { ...this.headers }, body: this.body, timeoutMs: this.timeoutMs })
        return new RESTResponseV2(answer.status, answer.body, '')
    }
}
