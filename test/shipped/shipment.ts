// What `now-sdk build` ships: the sys_module records (module code + the path the instance knows it
// by) and the scripts that require them (the REST operation script), read from dist/app/update.
// Plus the packaging checks: every src/server file shipped, nothing from elsewhere, every import
// resolvable on the instance.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { resolveSpecifier } from './runtime'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ShippedModule {
    /** The update-set file, e.g. sys_module_bda1….xml */
    file: string
    /** The module path on the instance, e.g. x_rhacs_snow/rhacs-snow/0.1.0/src/server/alert-facts.ts */
    path: string
    /** The module code exactly as installed. */
    content: string
}

export interface ShippedScript {
    file: string
    /** e.g. "sys_ws_operation alert" */
    name: string
    script: string
}

export interface Shipment {
    dir: string
    /** The path prefix of this app's modules: <scope>/<package name>/<version>/ */
    prefix: string
    modules: ShippedModule[]
    /** The REST operation script: the entry point the instance runs for POST /alert. */
    entry: ShippedScript
    /** The REST operation script of GET /health. */
    health: ShippedScript
    /** Every script field in the update set that requires a module. */
    scripts: ShippedScript[]
}

/** The text of the first <tag>…</tag> (CDATA sections joined, entities decoded); null if absent. */
export function elementText(xml: string, tag: string): string | null {
    const open = new RegExp('<' + tag + '(\\s[^>]*)?(/?)>').exec(xml)
    if (!open) return null
    if (open[2] === '/') return ''
    let i = open.index + open[0].length
    let out = ''
    const close = '</' + tag + '>'
    for (;;) {
        if (xml.startsWith('<![CDATA[', i)) {
            const end = xml.indexOf(']]>', i)
            if (end < 0) throw new Error('unterminated CDATA in <' + tag + '>')
            out += xml.slice(i + 9, end)
            i = end + 3
        } else if (xml.startsWith(close, i)) {
            return out
        } else {
            const next = xml.indexOf('<', i)
            if (next < 0) throw new Error('unterminated <' + tag + '>')
            out += decodeEntities(xml.slice(i, next))
            i = next
            if (!xml.startsWith('<![CDATA[', i) && !xml.startsWith(close, i)) throw new Error('unexpected markup inside <' + tag + '>')
        }
    }
}

function decodeEntities(s: string): string {
    return s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#(\d+);/g, (_m, d) => String.fromCharCode(Number(d)))
        .replace(/&amp;/g, '&')
}

export function appPrefix(root: string = ROOT): string {
    const now = JSON.parse(readFileSync(join(root, 'now.config.json'), 'utf8')) as { scope: string }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
    return now.scope + '/' + pkg.name + '/' + pkg.version + '/'
}

const CLIENT_TABLES = ['sys_ui_page', 'sys_ux_lib_asset', 'sn_glider_source_artifact', 'sys_attachment', 'sys_attachment_doc']

/** Reads dist/app/update. Fails, saying what to do, when there is no build output. */
export function readShipment(dir: string = join(ROOT, 'dist/app/update'), prefix: string = appPrefix()): Shipment {
    if (!existsSync(dir)) {
        throw new Error(relative(ROOT, dir) + ' does not exist: run the build first (`npm run build:frozen`; `npm test` builds before the unit tests)')
    }
    const modules: ShippedModule[] = []
    const scripts: ShippedScript[] = []
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
        const xml = readFileSync(join(dir, file), 'utf8')
        if (file.startsWith('sys_module_')) {
            const path = elementText(xml, 'path')
            const content = elementText(xml, 'content')
            if (path === null || content === null) throw new Error(file + ': a sys_module without <path> or <content>')
            modules.push({ file, path, content })
            continue
        }
        const table = /<record_update table="([^"]+)"/.exec(xml)?.[1] ?? /<record_update>\s*<([a-z0-9_]+)[ >]/.exec(xml)?.[1] ?? file
        // The UI page and its assets hold browser code (HTML with <script> tags, bundles): not
        // instance scripts; the browser test (test/health-page.test.ts) runs them.
        if (CLIENT_TABLES.indexOf(table) >= 0) continue
        for (const field of ['operation_script', 'script']) {
            const script = elementText(xml, field)
            if (script !== null && /\brequire\s*\(/.test(script)) {
                scripts.push({ file, name: table + ' ' + (elementText(xml, 'name') ?? file), script })
            }
        }
    }
    if (modules.length === 0) throw new Error(relative(ROOT, dir) + ' has no sys_module records: run `npm run build:frozen`')
    const operation = (route: string): ShippedScript => {
        const found = scripts.filter((s) => s.file.startsWith('sys_ws_operation_') && s.script.includes("require('" + prefix + 'src/server/' + route + "')"))
        if (found.length !== 1) throw new Error(relative(ROOT, dir) + ': expected one REST operation script requiring ' + route + ', found ' + found.length)
        return found[0]
    }
    return { dir, prefix, modules, entry: operation('alert-route.ts'), health: operation('health-route.ts'), scripts }
}

export function isCode(path: string): boolean {
    return /\.(ts|js|mjs|cjs)$/.test(path)
}

/** Every module specifier a piece of shipped code loads: import/export … from, import(), require(). */
export function specifiersOf(code: string, fileName: string): string[] {
    const sf = ts.createSourceFile(fileName + '.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS)
    const out: string[] = []
    const visit = (node: ts.Node) => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            out.push(node.moduleSpecifier.text)
        } else if (
            ts.isCallExpression(node) &&
            (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
        ) {
            const arg = node.arguments[0]
            out.push(arg && ts.isStringLiteralLike(arg) ? arg.text : '<computed: ' + (arg ? arg.getText(sf) : '') + '>')
        }
        ts.forEachChild(node, visit)
    }
    visit(sf)
    return out
}

function listTs(dir: string, base: string = ''): string[] {
    const out: string[] = []
    for (const e of readdirSync(join(dir, base), { withFileTypes: true })) {
        const rel = base ? base + '/' + e.name : e.name
        if (e.isDirectory()) out.push(...listTs(dir, rel))
        else if (/\.ts$/.test(e.name) && !/\.(d|now)\.ts$/.test(e.name)) out.push(rel)
    }
    return out
}

/** The source files the build must ship, relative to the project root: src/server/**.ts. */
export function serverSources(root: string = ROOT): string[] {
    return listTs(join(root, 'src/server')).map((f) => 'src/server/' + f).sort()
}

/**
 * Packaging mistakes, one readable line each: a src/server file with no sys_module, a sys_module
 * from outside src/server, an import or require the instance cannot resolve.
 */
export function packagingProblems(shipment: Shipment, sources: string[] = serverSources()): string[] {
    const out: string[] = []
    const { prefix } = shipment
    const paths = new Set(shipment.modules.map((m) => m.path))
    const shipped = (p: string) => paths.has(p)
    for (const m of shipment.modules) {
        if (!m.path.startsWith(prefix)) out.push(m.file + ' ships ' + m.path + ', which is not under this app (' + prefix + ')')
        else if (!isCode(m.path)) {
            if (!['package.json', 'bom.json'].includes(m.path.slice(prefix.length))) out.push(m.file + ' ships ' + m.path + ', which is neither code nor package.json/bom.json')
        } else if (!m.path.startsWith(prefix + 'src/server/')) {
            out.push(m.file + ' ships ' + m.path + ', which is outside src/server (only src/server is instance code)')
        }
    }
    for (const src of sources) if (!shipped(prefix + src)) out.push(src + ' is not shipped: no sys_module with path ' + prefix + src)
    const seen = new Set<string>()
    for (const m of shipment.modules) {
        if (seen.has(m.path)) out.push('two sys_module records ship ' + m.path)
        seen.add(m.path)
        if (!isCode(m.path)) continue
        let specifiers: string[]
        try {
            specifiers = specifiersOf(m.content, m.path)
        } catch (e) {
            out.push(m.path + ': cannot be parsed: ' + String(e))
            continue
        }
        for (const s of specifiers) {
            const r = resolveSpecifier(m.path, s, shipped)
            if (r.kind === 'missing') out.push(r.message)
        }
    }
    for (const s of shipment.scripts) {
        for (const spec of specifiersOf(s.script, s.file)) {
            const r = resolveSpecifier(s.name + ' (' + s.file + ')', spec, shipped)
            if (r.kind === 'missing') out.push(r.message)
            else if (r.kind === 'module' && !isCode(r.path)) out.push(s.name + ' requires ' + spec + ', which is not code')
        }
    }
    return out
}

/** A copy of a shipment with one module's code changed (for proving the suites catch breakage). */
export function withModule(shipment: Shipment, pathSuffix: string, change: (content: string) => string): Shipment {
    const hits = shipment.modules.filter((m) => m.path.endsWith(pathSuffix))
    if (hits.length !== 1) throw new Error('withModule: ' + hits.length + ' modules end with ' + pathSuffix)
    return { ...shipment, modules: shipment.modules.map((m) => (m === hits[0] ? { ...m, content: change(m.content) } : m)) }
}

export function withoutModule(shipment: Shipment, pathSuffix: string): Shipment {
    return { ...shipment, modules: shipment.modules.filter((m) => !m.path.endsWith(pathSuffix)) }
}

/** Lowers shipped code to CommonJS for a loader: syntax only, never a built-in polyfill. */
export function toCommonJs(code: string, fileName: string, target: 'es2022' | 'es5', language: 'js' | 'ts' = 'js'): string {
    const r = ts.transpileModule(code, {
        // Shipped code is JavaScript under a .ts path; the harness's own files are TypeScript.
        fileName: language === 'js' ? fileName + '.js' : fileName,
        reportDiagnostics: true,
        compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: target === 'es5' ? ts.ScriptTarget.ES5 : ts.ScriptTarget.ES2022,
            // ES5 for-of / spread / destructuring over Map, Set and iterators need the iteration
            // protocol; TypeScript inlines its small helpers (syntax support, not built-ins).
            downlevelIteration: true,
            importHelpers: false,
            noEmitHelpers: false,
            esModuleInterop: false,
            allowJs: true,
        },
    })
    const problems = (r.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    if (problems.length > 0) throw new Error(fileName + ': cannot be lowered to ' + target + ': ' + problems.join('; '))
    return r.outputText
}
