import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '../../src/site/lib/sanitize.ts';

/** Known cross-site scripting payloads, in the forms they take in rendered Markdown and raw HTML. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example">x</a>',
  '<p onclick="alert(1)">x</p>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<input autofocus onfocus=alert(1)>',
  '<form action="https://evil.example"><button>Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="display:none">hidden</p>',
  '<span style="position:absolute;left:-9999px">hidden</span>',
  '<video><source onerror="alert(1)"></video>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
];

const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'meta', 'base', 'link', 'style', 'template', 'video', 'source', 'marquee', 'body', 'noscript']);

/** Everything in sanitised HTML that could still run, load from elsewhere or hide, as a browser would parse it. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (FORBIDDEN.has(name)) found.push(`<${name}>`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith('on') || attribute === 'autofocus' || attribute === 'srcdoc' || attribute === 'background') found.push(`${name}[${attribute}]`);
        if (['href', 'src', 'cite', 'action'].includes(attribute) && /^\s*(javascript|vbscript|data):|^\/\//i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}[${attribute}=${value}]`);
        if (attribute === 'style' && !/^text-align:(left|right|center);?$/.test(value.replace(/\s/g, ''))) found.push(`${name}[style=${value}]`);
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

describe('the body sanitiser', () => {
  it.each(PAYLOADS)('makes %s harmless', (payload) => {
    expect(dangers(sanitizeBody(payload))).toEqual([]);
  });

  it('has at least 30 payloads to face, and would catch them unsanitised', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
    expect(PAYLOADS.filter((payload) => dangers(payload).length === 0)).toEqual([]);
  });

  it('keeps what Markdown writes and the safe subset editors may use', () => {
    const html = '<h2 id="background">2. Background</h2><p>See <a href="https://www.gov.uk/" title="GOV.UK">GOV.UK</a> or <a href="mailto:opccn@example.gov.uk">email</a>.</p><table><thead><tr><th style="text-align:right">£000</th></tr></thead><tbody><tr><td style="text-align:right">15,943</td></tr></tbody></table><details><summary>More</summary><p><abbr title="Police and Crime Commissioner">PCC</abbr></p></details><ul><li><input type="checkbox" checked disabled> Done</li></ul>';
    expect(sanitizeBody(html)).toBe(html.replace('<input type="checkbox" checked disabled>', '<input type="checkbox" checked disabled />'));
  });
});
