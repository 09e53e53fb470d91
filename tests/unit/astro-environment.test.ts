import { describe, expect, it } from 'vitest';
import { astroEnvironment } from '../../src/build/astro-process.ts';

describe("the environment of Astro's build process", () => {
  it("is the build's own, but publishes for production whatever NODE_ENV the shell or the tests set", () => {
    const env = astroEnvironment({ OFFICE: 'content', SITE_URL: 'https://example.test', NODE_ENV: 'test' });
    expect(env).toMatchObject({ OFFICE: 'content', SITE_URL: 'https://example.test', NODE_ENV: 'production' });
  });

  it("turns off the bundler's huge pages, unless the office has set them itself", () => {
    expect(astroEnvironment({}).MIMALLOC_ALLOW_THP).toBe('0');
    expect(astroEnvironment({ MIMALLOC_ALLOW_THP: '1' }).MIMALLOC_ALLOW_THP).toBe('1');
  });
});
