// The pages' CSP must let Office.js open the frame it talks to its host through, including Office
// Online Server on an organisation's own https host (issue 13, Why 10), and still block plain http.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('../../webpack.config.js') as { contentSecurityPolicy: (dev: boolean) => string };

describe('the Content-Security-Policy of the add-in pages', () => {
  it('allows https frames for Office.js and keeps everything else to its own sources', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy(false)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['frame-src']).toEqual(["'self'", 'https:']);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });
});
