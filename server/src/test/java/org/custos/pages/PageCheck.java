package org.custos.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the crawler looks at on one loaded page, and the defects it finds there. The facts come from
 * the page itself in Chromium ({@link #SCRIPT}); the rules are those of issue 8 and {@code ui.md}.
 */
final class PageCheck {

    /** Installed before any page script: remembers every CSP violation of the document. */
    static final String CSP_LISTENER = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + (e.sourceFile || '') + ':'"
            + " + e.lineNumber + ')'));";

    /** Returns the page's facts: status, visible text (as written, before CSS text-transform), links, defects. */
    static final String SCRIPT = """
            const nav = performance.getEntriesByType('navigation')[0];
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden';
            const parts = [];
            // names (people, accounts, places) are marked translate="no": checked for codes, not for language
            const names = [];
            const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const p = n.parentElement;
              if (!p || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(p.tagName)) continue;
              // commands, keys and identifiers shown as such (<code>, <pre>, <kbd>, <samp>) are not prose
              if (p.closest('code, pre, kbd, samp')) continue;
              if (n.textContent.trim() && visible(p)) (p.closest('[translate="no"]') ? names : parts).push(n.textContent.trim());
            }
            const counts = {};
            document.querySelectorAll('[id]').forEach(e => { counts[e.id] = (counts[e.id] || 0) + 1; });
            const unlabeled = [];
            document.querySelectorAll('input, select, textarea').forEach(e => {
              const type = (e.getAttribute('type') || '').toLowerCase();
              if (e.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'image', 'reset'].includes(type)) return;
              const label = (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                || e.closest('label') || (e.getAttribute('aria-label') || '').trim()
                || (e.getAttribute('aria-labelledby') || '').trim() || (e.getAttribute('title') || '').trim();
              if (!label) unlabeled.push(e.outerHTML.substring(0, 160));
            });
            const root = document.documentElement;
            return {
              status: nav && nav.responseStatus ? nav.responseStatus : 0,
              text: parts.join('\\n'),
              names: names.join('\\n'),
              title: document.title,
              lang: root.getAttribute('lang') || '',
              ownPage: !!document.querySelector('header.site-header'),
              duplicateIds: Object.keys(counts).filter(k => counts[k] > 1),
              unlabeled: unlabeled,
              overflow: Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0) - root.clientWidth,
              links: Array.from(document.querySelectorAll('a[href]')).filter(a => !a.hasAttribute('download'))
                .map(a => a.href),
              csp: window.__cspViolations || []
            };
            """;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}0-9_]+");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final Pattern UTC = Pattern.compile("\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s?(?:Z|UTC)\\b");
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

    private PageCheck() {
    }

    /** The defects of one page, each a short sentence with the offending text. */
    @SuppressWarnings("unchecked")
    static List<String> defects(Map<String, Object> facts, String language, int width, UiVocabulary vocabulary) {
        List<String> found = new ArrayList<>();
        int status = ((Number) facts.get("status")).intValue();
        String text = (String) facts.get("text");
        if (status >= 500) {
            found.add("HTTP " + status);
        }
        if (text.contains("Whitelabel") || ((String) facts.get("title")).contains("Whitelabel")) {
            found.add("a framework Whitelabel page");
        }
        if (status >= 400 && !(Boolean) facts.get("ownPage")) {
            found.add("HTTP " + status + " is not the application's own page");
        }
        boolean fragment = status < 400 && !(Boolean) facts.get("ownPage") && "".equals(facts.get("lang"));
        if (!fragment && !language.equals(facts.get("lang"))) { // an htmx fragment is part of a page that has one
            found.add("the page's language is '" + facts.get("lang") + "', not '" + language + "'");
        }
        String names = (String) facts.getOrDefault("names", "");
        for (String token : tokens(text)) {
            if (vocabulary.codes.contains(token) || CODE.matcher(token).matches()) {
                found.add("raw code '" + token + "' in «" + context(text, token) + "»");
            } else if (vocabulary.events.contains(token)) {
                found.add("event name '" + token + "' in «" + context(text, token) + "»");
            } else if ("es".equals(language) && vocabulary.englishOnly.contains(token.toLowerCase(Locale.ROOT))) {
                found.add("English word '" + token + "' on a Spanish page in «" + context(text, token) + "»");
            }
        }
        for (String token : tokens(names)) { // a name may be in any language, never a code
            if (vocabulary.codes.contains(token) || CODE.matcher(token).matches()) {
                found.add("raw code '" + token + "' in a name «" + context(names, token) + "»");
            }
        }
        text = text + "\n" + names;
        for (String key : vocabulary.keysIn(text)) {
            found.add("message key '" + key + "' in «" + context(text, key) + "»");
        }
        find(MISSING_MESSAGE, text, "missing message", found);
        find(ISO_DATE, text, "ISO date", found);
        find(UTC, text, "UTC time", found);
        for (String id : (List<String>) facts.get("duplicateIds")) {
            found.add("id '" + id + "' used more than once");
        }
        for (String field : (List<String>) facts.get("unlabeled")) {
            found.add("form field without a label: " + field);
        }
        int overflow = ((Number) facts.get("overflow")).intValue();
        if (width < 600 && overflow > 1) {
            found.add("scrolls sideways by " + overflow + " px at " + width + " px");
        }
        for (String v : (List<String>) facts.get("csp")) {
            found.add("CSP violation: " + v);
        }
        return found;
    }

    private static java.util.Set<String> tokens(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void find(Pattern p, String text, String what, List<String> found) {
        Matcher m = p.matcher(text);
        if (m.find()) {
            found.add(what + " '" + m.group() + "' in «" + context(text, m.group()) + "»");
        }
    }

    private static String context(String text, String token) {
        int at = text.indexOf(token);
        if (at < 0) {
            return token;
        }
        int from = Math.max(0, text.lastIndexOf('\n', at) + 1);
        int to = text.indexOf('\n', at);
        String line = text.substring(Math.max(from, at - 60), to < 0 ? Math.min(text.length(), at + 60)
                : Math.min(to, at + token.length() + 60));
        return line.strip();
    }
}
