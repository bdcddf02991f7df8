// A stand-in for the instance, for the health page in a real browser (test/health-page.test.ts,
// tools/screenshot.ts): serves on 127.0.0.1 exactly what the build ships (the sys_ui_page's HTML
// from dist/app/update, the bundles from dist/static under /uxasset/externals/x_rhacs_snow/) and
// answers GET /api/x_rhacs_snow/rhacs/health with whatever the caller set: in the tests, the
// document the real route computed on the Glide fake. Like the instance, the endpoint refuses a
// request without the session's X-UserToken (401).

import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const PAGE_PATH = '/x_rhacs_snow_health.do'
export const HEALTH_PATH = '/api/x_rhacs_snow/rhacs/health'
/** What the Jelly expression for window.g_ck becomes here: the session token the endpoint wants back. */
export const SESSION_TOKEN = 'test-session-token-0123456789abcdef'

export interface HealthAnswer {
    status: number
    /** Serialised as JSON. A Scripted REST setBody(obj) answer is wrapped: pass {result: doc}. */
    body: unknown
}

export interface PageServer {
    url: string
    /** Every request the page made, as "METHOD path" (the query string dropped). */
    requests: string[]
    /** Requests for paths the instance stand-in does not know (each answered 404). */
    unexpected: string[]
    setAnswer(answer: HealthAnswer): void
    close(): Promise<void>
}

function cdata(xml: string, tag: string): string {
    const m = new RegExp('<' + tag + '><!\\[CDATA\\[([\\s\\S]*?)\\]\\]></' + tag + '>').exec(xml)
    if (m === null) throw new Error('no <' + tag + '> CDATA in the built UI page')
    return m[1]
}

/** The built UI page's HTML with the Jelly the instance would evaluate replaced by plain values. */
export function pageHtml(root: string = ROOT, endpoint: string = 'x_rhacs_snow_health.do'): string {
    const dir = join(root, 'dist/app/update')
    let files: string[]
    try {
        files = readdirSync(dir).filter((f) => f.startsWith('sys_ui_page_'))
    } catch (e) {
        throw new Error('dist/app/update is missing: run `npm run build` (npm test builds first)')
    }
    const xml = files.map((f) => readFileSync(join(dir, f), 'utf8')).find((x) => x.includes('<endpoint>' + endpoint + '</endpoint>'))
    if (xml === undefined) throw new Error('no sys_ui_page with endpoint ' + endpoint + ' in dist/app/update: run `npm run build`')
    return cdata(xml, 'html')
        .replace(/^\s*<!--[\s\S]*?-->\s*/, '<!DOCTYPE html>\n')
        .replace(/\$\[AMP\]/g, '&')
        .replace(/\$\[gs\.getSession\(\)\.getSessionToken\(\) \|\| gs\.getSessionToken\(\)\]/g, SESSION_TOKEN)
        .replace(/\$\[UxFrameworkScriptables\.getFlushTimestamp\(\)\]/g, '1')
        .replace(/\$\[[^\]]*\]/g, '')
        .replace(/<(g2?):[a-z_]+[^>]*><\/\1:[a-z_]+>/g, '')
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
    res.end(body)
}

export async function startHealthPageServer(root: string = ROOT): Promise<PageServer> {
    const html = pageHtml(root)
    const staticDir = join(root, 'dist/static')
    let answer: HealthAnswer = { status: 500, body: { error: { message: 'no answer set', detail: '' }, status: 'failure' } }
    const requests: string[] = []
    const unexpected: string[] = []
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
        const path = (req.url ?? '/').split('?')[0]
        requests.push(req.method + ' ' + path)
        if (path === PAGE_PATH) return send(res, 200, 'text/html; charset=utf-8', html)
        const asset = /^\/uxasset\/externals\/x_rhacs_snow\/([A-Za-z0-9._-]+\.jsdbx)$/.exec(path)
        if (asset !== null) {
            try {
                return send(res, 200, 'application/javascript; charset=utf-8', readFileSync(join(staticDir, asset[1])))
            } catch (e) {
                unexpected.push(req.method + ' ' + path)
                return send(res, 404, 'text/plain', 'not built: ' + asset[1])
            }
        }
        if (path === HEALTH_PATH) {
            if (req.method !== 'GET') return send(res, 405, 'application/json', JSON.stringify({ error: { message: 'Method not allowed', detail: '' }, status: 'failure' }))
            if (req.headers['x-usertoken'] !== SESSION_TOKEN) {
                return send(res, 401, 'application/json', JSON.stringify({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' }))
            }
            return send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.body))
        }
        // What the page's <sdk:now-ux-globals> loads from the instance: not the app's, stubbed.
        if (path === '/uxasset/externals/@devsnc/library-uxf/index.jsdbx') return send(res, 200, 'application/javascript', 'export {};\n')
        if (path.startsWith('/uxasset/set-cache-buster/')) return send(res, 200, 'application/javascript', '')
        if (path === '/$uxappimmutables.do') return send(res, 200, 'text/css', '')
        if (path === '/favicon.ico') {
            res.writeHead(204)
            return res.end()
        }
        unexpected.push(req.method + ' ' + path)
        return send(res, 404, 'text/plain', 'not found')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    return {
        url: 'http://127.0.0.1:' + port,
        requests,
        unexpected,
        setAnswer(a: HealthAnswer) {
            answer = a
        },
        close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
    }
}
