// `npm start` on a machine without Excel: the dev server prints the URL that works once it listens
// (http after the certificate fallback), and the start script stops the server when npm is gone.
import { devServerUrls, watchParent } from '../../scripts/lib/devServerUrls';

type WebConfig = { devServer: { onListening?: () => void; server: unknown } };
const webpackConfig = jest.requireActual<(env: object, argv: object) => Promise<WebConfig[]>>('../../webpack.config');

describe('the dev server’s URLs', () => {
  it('names the sandbox first, with the protocol the server got', () => {
    const http = devServerUrls('http', 3000).join('\n');
    expect(http).toContain('http://localhost:3000/sandbox.html');
    expect(http).toContain('http://localhost:3000/taskpane.html');
    expect(http).not.toContain('https://');
    expect(devServerUrls('https', 3000).join('\n')).toContain('https://localhost:3000/sandbox.html');
  });

  it('are printed by the dev server once it listens, after the certificate fallback', async () => {
    const [web] = await webpackConfig({}, { mode: 'development' });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      web.devServer.onListening?.();
      expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toContain('http://localhost:3000/sandbox.html');
    } finally {
      log.mockRestore();
    }
    expect(web.devServer.server).toBe('http'); // a build without serve: no certificate, plain http
  });
});

describe('watchParent', () => {
  it('calls back once when this process is handed to another parent, and not before', () => {
    jest.useFakeTimers();
    try {
      let ppid = 4242;
      const orphaned = jest.fn();
      watchParent(orphaned, { getPpid: () => ppid, intervalMs: 1000 });
      jest.advanceTimersByTime(3000);
      expect(orphaned).not.toHaveBeenCalled();
      ppid = 1;
      jest.advanceTimersByTime(1000);
      jest.advanceTimersByTime(3000);
      expect(orphaned).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
