import type { Finding } from './hazards.ts';

/** A Markdown image: ![text for those who cannot see it](address). */
const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(([^)\s\n]+)(?:\s+"[^"\n]*")?\)/g;
/** An HTML image, with its attributes. */
const HTML_IMAGE = /<img\b([^>]*)>/gi;
/** A heading of the first level, written with one # at the start of a line. */
const FIRST_LEVEL_HEADING = /^ {0,3}#(?!#)[ \t]+\S[^\n]*/gm;
/** Text that is an image's file name ("image001.png", "IMG_2041"), as Word and cameras name them, not a description. */
const FILE_NAME = /^(?:[\w-]+\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)|image\d+|img[_-]?\d+|dsc[_-]?\d+|screenshot[\w -]*)$/i;

/**
 * What a reader of the published page would miss in an entry's text (`prose`, its code masked): an image
 * with no text for those who cannot see it, or its file name for one, and a heading of the first level,
 * which would be a second title under the page's own (the site gives each page its title as its one
 * first-level heading, and screen reader users move through a page by its headings).
 */
export function findInaccessibleText(prose: string): Finding[] {
  const images = [...prose.matchAll(MARKDOWN_IMAGE)].flatMap((match) => imageFinding(match.index, match[0].length, match[1]!.trim()));
  const htmlImages = [...prose.matchAll(HTML_IMAGE)].flatMap((match) => {
    const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1]!);
    return imageFinding(match.index, match[0].length, alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '').trim() : '');
  });
  const headings = [...prose.matchAll(FIRST_LEVEL_HEADING)].map((match) => ({
    offset: match.index,
    length: match[0].length,
    rule: 'heading-level',
    message: `the heading "${match[0].trim().slice(0, 60)}" has one #, which makes it a second title under the page's own: start the text's headings at two (## ${match[0].replace(/^ *#[ \t]+/, '').trim().slice(0, 40)})`,
  }));
  return [...images, ...htmlImages, ...headings].sort((a, b) => a.offset - b.offset);
}

function imageFinding(offset: number, length: number, alt: string): Finding[] {
  if (alt === '') return [{ offset, length, rule: 'image-alt', message: 'an image with no text for readers who cannot see it: write what it shows, such as ![Map of the county\'s policing areas](…), so that a screen reader can say it' }];
  if (FILE_NAME.test(alt)) return [{ offset, length, rule: 'image-alt', message: `an image whose text for readers who cannot see it is its file name, "${alt}": write what it shows instead` }];
  return [];
}
