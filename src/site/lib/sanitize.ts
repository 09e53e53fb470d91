import sanitizeHtml from 'sanitize-html';
import { SAFE_ATTRIBUTES, SAFE_ELEMENTS } from '../../domain/check/markup.ts';

/** What Markdown itself writes, beyond the raw HTML editors may use: footnotes, task lists, headings. */
const MARKDOWN_ELEMENTS = ['h1', 'section', 'input'];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...SAFE_ELEMENTS, ...MARKDOWN_ELEMENTS],
  allowedAttributes: {
    '*': [...SAFE_ATTRIBUTES],
    a: [...SAFE_ATTRIBUTES, 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby', 'aria-label'],
    section: ['data-footnotes', 'class'],
    input: ['type', 'checked', 'disabled'],
  },
  // The only inline style kept is table-cell alignment, which Markdown tables use.
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/**
 * The HTML of an entry's body with anything that could run, hide or load from elsewhere removed.
 * The check already refuses such markup; this is the second line of defence, for a file that
 * reaches the build without it.
 */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
