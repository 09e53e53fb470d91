import { Parser } from 'htmlparser2';
import type { Finding } from './hazards.ts';

/** The raw HTML an editor may use in Markdown: structure and emphasis, nothing that runs or hides. */
export const SAFE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
]);

export const SAFE_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'id', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'cite', 'open', 'start',
  'reversed', 'type', 'abbr', 'width', 'height', 'style',
]);

const DANGEROUS_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select', 'style', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript']);

/** Inline styles that take text out of sight while leaving it in the page. */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0*(?:\.0+)?\s*(?:;|$)|font-size\s*:\s*0|(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0|clip(?:-path)?\s*:|(?:left|top|right|text-indent)\s*:\s*-\d{3,}|color\s*:\s*(?:#fff(?:fff)?\b|white\b|transparent\b)/i;

const UNSAFE_SCHEME = /^(javascript|data|vbscript):/i;

/** The URL scheme as a browser would read it: control characters and spaces inside it are ignored. */
function schemeOf(url: string): string | undefined {
  return UNSAFE_SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks out fenced code blocks line by line: a fence closes on a line of the same character, at least as long. */
function maskFencedCode(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^[ ]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === null) {
        if (!marker) return line;
        fence = marker;
        return blank(line);
      }
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      return blank(line);
    })
    .join('\n');
}

/** Blanks out code (fenced blocks and inline spans) and autolinks, keeping every offset in place. */
export function maskCodeAndAutolinks(markdown: string): string {
  return maskFencedCode(markdown)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank)
    .replace(/<(?:https?|mailto|tel):[^>\s]*>/gi, blank)
    .replace(/<[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+>/g, blank);
}

/** Unsafe raw HTML and unsafe link targets in a Markdown body. */
export function findUnsafeMarkup(markdown: string): Finding[] {
  return findUnsafeMarkupInMasked(maskCodeAndAutolinks(markdown));
}

/** The same, in a body already passed through maskCodeAndAutolinks (offsets are unchanged by masking). */
export function findUnsafeMarkupInMasked(text: string): Finding[] {
  const findings: Finding[] = [];

  for (const match of text.matchAll(/<!--/g)) {
    findings.push({ offset: match.index, length: 4, rule: 'unsafe-markup', message: 'an HTML comment: its text is hidden on the page but still published in the page source; remove it' });
  }
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]*)|^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?(\S+)|<([a-z]+:[^>\s]*)>/gim)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    const scheme = schemeOf(url);
    if (scheme) findings.push({ offset: match.index, length: match[0].length, rule: 'unsafe-markup', message: `a link or image pointing to a ${scheme}: address: only web, email and telephone links are allowed` });
  }

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const offset = parser.startIndex;
        const length = parser.endIndex - parser.startIndex + 1;
        if (DANGEROUS_ELEMENTS.has(name)) {
          findings.push({ offset, length, rule: 'unsafe-markup', message: `the <${name}> element is not allowed in content: it can run code or change the page` });
          return;
        }
        if (!SAFE_ELEMENTS.has(name)) {
          findings.push({ offset, length, rule: 'unsafe-markup', message: `the <${name}> element is not in the safe subset of HTML; use Markdown or one of the allowed elements` });
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) {
            findings.push({ offset, length, rule: 'unsafe-markup', message: `the event-handler attribute ${attribute} on <${name}> is not allowed: it runs code` });
          } else if (attribute === 'style' && HIDING_STYLE.test(value)) {
            findings.push({ offset, length, rule: 'unsafe-markup', message: `an inline style that hides content (style="${value}") on <${name}>: everything published must be visible` });
          } else if ((attribute === 'href' || attribute === 'src' || attribute === 'cite') && schemeOf(value)) {
            findings.push({ offset, length, rule: 'unsafe-markup', message: `a ${schemeOf(value)}: address in ${attribute} on <${name}>: only web, email and telephone links are allowed` });
          } else if (!SAFE_ATTRIBUTES.has(attribute)) {
            findings.push({ offset, length, rule: 'unsafe-markup', message: `the attribute ${attribute} on <${name}> is not allowed in content` });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  return findings.sort((a, b) => a.offset - b.offset);
}
