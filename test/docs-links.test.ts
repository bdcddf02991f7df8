// Every relative link in docs/*.md and README.md leads somewhere: the file exists and, when the
// link names an #anchor, the target has a heading with that anchor (GitHub's rules). Links to
// http(s): and mailto: are not followed; links inside fenced code blocks and code spans are not
// links. A broken link fails the test with its file and its target.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname

/** The markdown files whose links are checked: README.md and docs/*.md. */
function documents(): string[] {
    const docs = readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(root, 'docs', f))
    return [join(root, 'README.md'), ...docs]
}

/** The text outside fenced code blocks (``` or ~~~), one entry per line; fenced lines become ''. */
function proseLines(markdown: string): string[] {
    const out: string[] = []
    let fence: string | null = null
    for (const line of markdown.split(/\r?\n/)) {
        const m = /^ {0,3}(`{3,}|~{3,})/.exec(line)
        if (fence === null && m) {
            fence = m[1]
            out.push('')
        } else if (fence !== null) {
            // A fence closes with the same character, at least as long, and nothing else after it.
            const close = new RegExp('^ {0,3}' + (fence[0] === '`' ? '`' : '~') + '{' + fence.length + ',}\\s*$')
            if (close.test(line)) fence = null
            out.push('')
        } else {
            out.push(line)
        }
    }
    return out
}

/**
 * The text with its code spans blanked out (`[x](y)` inside backticks is not a link). A code span
 * may run over lines but not over a blank line (the end of a paragraph).
 */
function withoutCodeSpans(text: string): string {
    return text.replace(/(`+)(?:(?!\n[ \t]*\n)[\s\S])*?\1/g, (span) => span.replace(/[^\n]/g, ' '))
}

/**
 * The link targets of a markdown text, in order: inline links and images (their text may run over
 * several lines), and reference definitions.
 */
function linkTargets(markdown: string): string[] {
    const found: Array<{ at: number; target: string }> = []
    const text = withoutCodeSpans(proseLines(markdown).join('\n'))
    // [label]: target, at the start of a line.
    for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?/gm)) found.push({ at: m.index ?? 0, target: m[1] })
    // [text](target "title") and ![alt](target); the text may hold one level of brackets.
    const inline = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g
    for (const m of text.matchAll(inline)) found.push({ at: m.index ?? 0, target: m[1].startsWith('<') ? m[1].slice(1, -1) : m[1] })
    return found.sort((a, b) => a.at - b.at).map((f) => f.target)
}

/**
 * The anchor GitHub gives a heading: the rendered text (markdown links become their text, code
 * and emphasis markers go), lowercased; every character other than a letter, digit, space,
 * hyphen or underscore removed (github-slugger keeps `_`); spaces become hyphens.
 */
function slug(heading: string): string {
    const text = heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .trim()
        .toLowerCase()
    return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
}

/** Every anchor a markdown text offers: one per ATX heading (repeats get -1, -2, …), plus HTML ids. */
function anchors(markdown: string): Set<string> {
    const out = new Set<string>()
    const seen = new Map<string, number>()
    for (const line of proseLines(markdown)) {
        const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)
        if (heading) {
            const base = slug(heading[1])
            let candidate = base
            let n = seen.get(base) ?? 0
            while (out.has(candidate)) {
                n += 1
                candidate = base + '-' + n
            }
            seen.set(base, n)
            out.add(candidate)
        }
        for (const m of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) out.add(m[1])
    }
    return out
}

/** What is wrong with one link of `file`, or null when it leads somewhere. */
function problemOf(file: string, target: string): string | null {
    if (/^(https?|mailto):/i.test(target)) return null
    const hash = target.indexOf('#')
    const pathPart = hash < 0 ? target : target.slice(0, hash)
    const anchor = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1))
    const path = pathPart === '' ? file : join(dirname(file), decodeURIComponent(pathPart))
    if (!existsSync(path)) return 'no such file: ' + relative(root, path)
    if (anchor === '') return null
    if (statSync(path).isDirectory() || !path.endsWith('.md')) return 'an #anchor into a file that is not markdown: ' + relative(root, path)
    if (!anchors(readFileSync(path, 'utf8')).has(anchor)) return 'no heading with anchor #' + anchor + ' in ' + relative(root, path)
    return null
}

describe('the rules the link check follows', () => {
    it('slugs headings as GitHub does', () => {
        expect(slug('7. Verify')).toBe('7-verify')
        expect(slug('Dedup key (`correlation_id`)')).toBe('dedup-key-correlation_id')
        expect(slug('Success in RHACS, nothing in ServiceNow')).toBe('success-in-rhacs-nothing-in-servicenow')
        expect(slug('401 Unauthorized')).toBe('401-unauthorized')
        expect(slug('A [linked](other.md) *heading*')).toBe('a-linked-heading')
    })

    it('numbers repeated headings and ignores headings and links in fenced code', () => {
        const text = ['# Same', '## Same', '```', '# Not a heading [x](nowhere.md)', '```', '### Same', 'See [it](#same-2) and `[not](a-link.md)`.', 'A stray ` here', '', 'does not hide [this](#same).'].join('\n')
        expect([...anchors(text)]).toEqual(['same', 'same-1', 'same-2'])
        expect(linkTargets(text)).toEqual(['#same-2', '#same'])
    })

    it('finds inline links (also over two lines), images, links with titles and reference definitions', () => {
        const text = ['[a](a.md#x) ![b](img/b.png "B") [c](<c d.md>)', '[ref]: e.md#y', 'A link [over two', 'lines](f.md#z).'].join('\n')
        expect(linkTargets(text)).toEqual(['a.md#x', 'img/b.png', 'c d.md', 'e.md#y', 'f.md#z'])
    })
})

describe('links in the documentation', () => {
    it('every relative link in README.md and docs/*.md leads to an existing file and heading', () => {
        const broken: string[] = []
        let checked = 0
        for (const file of documents()) {
            for (const target of linkTargets(readFileSync(file, 'utf8'))) {
                checked += 1
                const problem = problemOf(file, target)
                if (problem !== null) broken.push(relative(root, file) + ': (' + target + ') ' + problem)
            }
        }
        expect(broken).toEqual([])
        // The check found the links it is meant to follow (a parser that finds none passes nothing).
        expect(checked).toBeGreaterThan(40)
    })
})
