#!/usr/bin/env node
/**
 * `npm start`: serves the add-in and the playground on https://localhost:3000 and says how to
 * sideload it. It never needs desktop Excel; `npm run start:desktop` sideloads where Excel exists.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const ROOT = path.join(__dirname, '..');
const PORT = Number(process.env.RUDDER_PORT || 3000);
const PID_FILE = path.join(os.tmpdir(), 'rudder-dev-server.pid');
const ORIGIN = `https://localhost:${PORT}`;

function certificateIsTrusted() {
  try {
    return require('office-addin-dev-certs').verifyCertificates();
  } catch {
    return false;
  }
}

function waitForServer(deadline) {
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(`${ORIGIN}/index.html`, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 1000)));
      req.on('timeout', () => req.destroy());
    };
    attempt();
  });
}

function banner(trusted) {
  const manifest = path.join(ROOT, 'manifest.xml');
  const lines = [
    '',
    'Rudder is running.',
    '',
    `  Playground (the add-in on a sample bakery workbook, no Excel needed):  ${ORIGIN}/`,
    `  Add-in page for Excel (task pane and custom functions):              ${ORIGIN}/taskpane.html`,
    `  Manifest to sideload:                                                ${manifest}`,
    '',
    'Use it in Excel on the web:',
    '  1. Open a workbook at office.com, then Home > Add-ins > More Add-ins (or Insert > Add-ins).',
    '  2. Choose "Upload My Add-in" and pick the manifest file above.',
    '  3. Open the Rudder tab and choose "Open Rudder"; type =RUDDER.SMARTSCORE( in a cell next to a goal.',
    '',
    'Use it in desktop Excel (Windows or Mac): run `npm run start:desktop` in another terminal.',
  ];
  if (!trusted) {
    lines.push(
      '',
      'Note: the HTTPS certificate for localhost is not trusted on this machine yet, so the browser',
      'will warn once and Excel will refuse to load the add-in. To trust it, run',
      '`npx office-addin-dev-certs install` (it needs administrator rights). The playground works either way',
      `once you accept the warning at ${ORIGIN}/.`,
    );
  }
  lines.push('', 'Stop with Ctrl+C or `npm stop`.', '');
  return lines.join('\n');
}

async function main() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUDDER_PORT: String(PORT) },
  });
  fs.writeFileSync(PID_FILE, String(child.pid));
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code) => {
    if (fs.existsSync(PID_FILE)) fs.rmSync(PID_FILE);
    if (code) {
      const inUse = /EADDRINUSE/.test(output);
      console.error(inUse ? `Port ${PORT} is already in use: stop the other server (npm stop) or set RUDDER_PORT.` : output);
      console.error(`The dev server stopped (exit code ${code}).`);
    }
    process.exit(code ?? 0);
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log('Building Rudder and starting the dev server on ' + ORIGIN + ' …');
  const up = await waitForServer(Date.now() + 180000);
  if (!up) {
    console.error('The dev server did not answer within 3 minutes. What it printed:\n' + output);
    stop();
    return;
  }
  console.log(banner(certificateIsTrusted()));
  child.stdout.off('data', keep);
  child.stdout.on('data', (chunk) => {
    const text = chunk.toString();
    if (/error/i.test(text)) process.stdout.write(text);
  });
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
}

main().catch((error) => {
  console.error(`Rudder could not start: ${error.message}`);
  process.exit(1);
});
