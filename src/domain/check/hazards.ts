/**
 * Publishing hazards: text that real PCC sites have published by mistake. Each pattern
 * is kept narrow enough that ordinary prose (and staff names) does not trip it.
 */
import { shortened } from './messages.ts';
import type { ProblemGroup } from './problems.ts';

export interface Finding {
  /** Where the hazard starts in the text that was scanned, and how long it is. */
  offset: number;
  length: number;
  rule: string;
  message: string;
  group?: ProblemGroup;
}

export interface HazardContext {
  /** The office's own listed contacts, which may be published. */
  officeEmails: string[];
  officePhones: string[];
}

interface Pattern {
  rule: string;
  pattern: RegExp;
  message: (match: RegExpExecArray) => string;
  group?: ProblemGroup;
}

const quote = (text: string, max = 60) => `"${shortened(text, max)}"`;

/** Mail services that give addresses to private individuals (matched as the whole domain, so mail.norfolk.gov.uk is not one). */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk', 'msn.com', 'yahoo.com', 'yahoo.co.uk',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.co.uk', 'btinternet.com', 'btopenworld.com', 'sky.com', 'virginmedia.com',
  'ntlworld.com', 'talktalk.net', 'tiscali.co.uk', 'blueyonder.co.uk', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.co.uk', 'mail.com', 'yandex.com', 'zoho.com',
]);

const PATTERNS: Pattern[] = [
  {
    rule: 'template-text',
    pattern: /\(?\bdelete as appropriate\b\)?/gi,
    message: (m) => `unresolved template text ${quote(m[0])}: keep the option that applies and delete the others`,
  },
  {
    rule: 'template-text',
    pattern: /\[[^\]\n]*\b(?:to be (?:added|inserted|confirmed|agreed)|insert|add [a-z ]*here|placeholder|tbc|tbd)\b[^\]\n]*\]/gi,
    message: (m) => `unresolved template text ${quote(m[0])}: replace it with the real content or remove it`,
  },
  {
    rule: 'template-text',
    pattern: /\bTB[CDA]\b/g,
    message: (m) => `"${m[0]}" left in the text: confirm the fact or remove it before publishing`,
  },
  {
    rule: 'template-text',
    pattern: /\?\?+/g,
    message: () => '"??" left in the text: a gap or a question for a colleague, not for the public',
  },
  {
    rule: 'template-text',
    // £XX, XXX, xx/xx and XX% are placeholders; a lone XX may be a Roman numeral (Chapter XX).
    pattern: /\bxx\/xx\b|£X{2,}\b|\bX{3,}\b|\bXX(?=\s?%)/gi,
    message: (m) => `the placeholder ${quote(m[0])} left in the text: replace it with the real figure or date`,
  },
  {
    rule: 'template-text',
    // The guidance `npm run new` writes into a new entry (guidance in src/domain/scaffold.ts): "Write the title here.", "Write who it helps here."
    pattern: /\bWrite (?:the|what|who|how|when) [a-z ]+ here\b[^\n.]*\.?/g,
    message: (m) => `the guidance ${quote(m[0])} from a new entry is still there: replace it with the real content`,
    group: 'new-entry-guidance',
  },
  {
    rule: 'template-text',
    pattern: /\blorem ipsum\b/gi,
    message: () => 'placeholder text "lorem ipsum" left in the text: replace it with the real content',
  },
  {
    rule: 'drafting-note',
    // "Phil - I don't know anything about this": a first name, a dash, then words to that person.
    // Headings that read the same way ("Update - we have...") are not names.
    pattern: /(?:^|[\n.!?>]\s*|\s-\s)(?!(?:Update|Note|Action|Progress|Status|Comment|Response|Outcome|Summary|Background|Objective|Result|Recommendation|Decision|Context|Purpose|Overview|Conclusion)\b)([A-Z][a-z]+)\s[-–]\s(?:I|I'm|I've|do I|you|can you|could you|please|not sure|is this|are we|we don't|this isn't)\b[^\n<]*/g,
    message: (m) => `a drafting note addressed to a colleague (${quote(m[0].replace(/^[\s.!?>-]+/, ''))}): remove it before publishing`,
  },
  {
    rule: 'drafting-note',
    pattern: /\b(?:for you to ask|go back to you|I don't know anything about|do I need to put|you should check with|note to self|can you (?:check|confirm|add|update|ask)|could you (?:check|confirm|add|update|ask)|\w+ ideally you should)\b[^\n]*/g,
    message: (m) => `a drafting note to a colleague (${quote(m[0])}): remove it before publishing`,
  },
  {
    rule: 'drafting-note',
    pattern: /(?:^|\n)\s*Email to [A-Z]{2,3}\b[^\n]*/g,
    message: (m) => `a drafting note (${quote(m[0])}): remove it before publishing`,
  },
  {
    rule: 'drafting-note',
    pattern: /\b(?:(?:whilst|while) this (?:plan|document|report|strategy) is (?:still )?in (?:its )?draft(?:ing)?(?: stages?)?|before (?:we go to )?final publication|this is a draft (?:and|for)|draft for comment)\b[^\n.]*/gi,
    message: (m) => `text about the document still being drafted (${quote(m[0])}): remove it from the published version`,
  },
  {
    rule: 'drafting-note',
    // Contributor initials opening a sentence: "TS: Community Safety Team would host it...".
    // Two letters only: three-letter acronyms in glossaries ("ASB: Anti-social behaviour") are prose.
    pattern: /(?:^|[\n>]|[.!?]\s)\s*(?!(?:NB|PS|UK|EU|HR|IT|AI|GP|MP|ID|TV|PR|QA|OK|Q[1-4]):)[A-Z]{2}:\s+[A-Z]/g,
    message: (m) => `contributor initials ${quote(m[0].replace(/^[^A-Z]+/, '').split(':')[0]! + ':')} left in the text: a drafting mark, remove it`,
  },
  {
    rule: 'editor-note',
    // Words addressed to the office's editors, which belong in editorsNote (never published).
    pattern: /\b(?:editor'?s'?|editorial) notes?\b[^\n]*|\bnotes? (?:to|for) (?:the )?editors?\b[^\n]*|\bthe (?:sources?|source (?:documents?|papers?|document set)) (?:do|does|did) not\b[^\n]*|\bnot in the source (?:documents?|papers?)\b[^\n]*|\[(?:check|to check|check this|verify)\][^\n]*/gi,
    message: (m) => `a note for the office's editors (${quote(m[0])}): move it to editorsNote, which is never published, or say it to residents in publicNote`,
  },
  {
    rule: 'editor-note',
    // In capitals only: "Todo" may be a name.
    pattern: /\b(?:TODO|FIXME)\b[^\n]*/g,
    message: (m) => `a note for the office's editors (${quote(m[0])}): move it to editorsNote, which is never published, or finish what it asks`,
  },
  {
    rule: 'money-unit',
    // £100.2 is neither pounds and pence nor a stated unit: the "m" has been lost.
    pattern: /£\d[\d,]*\.\d(?![\d,.]|\s?(?:m|bn|k|million|billion|thousand)\b)/gi,
    message: (m) => `the amount ${quote(m[0])} has one decimal place and no unit: write pounds and pence (${m[0]}0) or add the unit (${m[0]}m)`,
  },
  {
    rule: 'placeholder-signature',
    pattern: /(?:^|\n)[ \t]*(?:Me\.?|Signature\.?|\[signature\]|Sign here\.?)[ \t]*(?=\n|$)/gi,
    message: (m) => `a placeholder signature (${quote(m[0].trim())}): give the signatory's name, or leave the signature out`,
  },
  {
    rule: 'personal-data',
    pattern: /\bDear (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][A-Za-z'-]+/g,
    message: (m) => `a requester's name (${quote(m[0])}): publish FOI responses without the requester's identity ("Dear Requester")`,
  },
];

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const MOBILE = /(?:\+44\s?\(?0?\)?\s?7|\b07)\d{3}[\s-]?\d{3}[\s-]?\d{3}\b/g;

const digits = (text: string) => text.replace(/\D/g, '').replace(/^44/, '0');

export function findHazards(text: string, context: HazardContext): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, pattern, message, group } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match[0].search(/[^\s.!?>-]/);
      const offset = match.index + Math.max(start, 0);
      // One hazard, one message: a note already reported by a broader pattern is not reported again.
      if (findings.some((f) => offset >= f.offset && offset < f.offset + f.length)) continue;
      findings.push({ offset, length: match[0].length - Math.max(start, 0), rule, message: message(match as RegExpExecArray), ...(group && { group }) });
    }
  }
  const officeEmails = new Set(context.officeEmails.map((email) => email.toLowerCase()));
  for (const match of text.includes('@') ? text.matchAll(EMAIL) : []) {
    if (!officeEmails.has(match[0].toLowerCase()) && PERSONAL_MAIL_DOMAINS.has(match[0].split('@')[1]!.toLowerCase())) {
      findings.push({ offset: match.index, length: match[0].length, rule: 'personal-data', message: `a personal email address (${match[0]}): do not publish private individuals' contact details` });
    }
  }
  const officePhones = new Set(context.officePhones.map(digits));
  for (const match of text.matchAll(MOBILE)) {
    if (!officePhones.has(digits(match[0]))) {
      findings.push({ offset: match.index, length: match[0].length, rule: 'personal-data', message: `a mobile phone number (${match[0].trim()}) that is not one of the office's listed contacts: do not publish private individuals' numbers` });
    }
  }
  return findings.sort((a, b) => a.offset - b.offset);
}
