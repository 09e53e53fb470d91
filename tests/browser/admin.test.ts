import { describe, expect, it } from 'vitest';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('the content editor at /admin/', () => {
  it('loads its generated configuration and offers to log in, with no console errors and nothing fetched from elsewhere', async () => {
    const page = await session.newPage();
    const errors: string[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => !request.url().startsWith(session.url('/')) && elsewhere.push(request.url()));
    await page.goto(session.url('/admin/'), { waitUntil: 'networkidle' });
    await page.getByText('Login with GitHub').waitFor();
    expect(errors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
