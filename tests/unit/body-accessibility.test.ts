import { describe, expect, it } from 'vitest';
import { findInaccessibleText } from '../../src/domain/check/body-accessibility.ts';

const found = (text: string) => findInaccessibleText(text).map(({ rule, message, offset }) => `${rule} @${offset}: ${message.split(':')[0]}`);

describe('what a reader would miss in an entry\'s text', () => {
  it('names an image with no text for those who cannot see it, or its file name for one, in Markdown or HTML', () => {
    expect(found('A map.\n\n![](/files/map.png)\n\n![image001.png](/files/a.png) ![IMG_2041](/files/b.jpg)\n\n<img src="/files/c.png"> <img alt="" src="/files/d.png">')).toEqual([
      'image-alt @8: an image with no text for readers who cannot see it',
      'image-alt @29: an image whose text for readers who cannot see it is its file name, "image001.png"',
      'image-alt @59: an image whose text for readers who cannot see it is its file name, "IMG_2041"',
      'image-alt @86: an image with no text for readers who cannot see it',
      'image-alt @111: an image with no text for readers who cannot see it',
    ]);
  });

  it('leaves an image described in words alone, however it is written', () => {
    expect(found('![Map of the policing areas](/files/map.png "The areas") <img src="/files/c.png" alt="The new station at Exampletown">')).toEqual([]);
  });

  it('names a heading of the first level, but not those below it, nor a # that starts no heading', () => {
    expect(found('# Background\n\nText.\n\n## Options\n\n### Costs\n\n#3 on the list, and C# code.')).toEqual(['heading-level @0: the heading "# Background" has one #, which makes it a second title under the page\'s own']);
  });
});
