#!/usr/bin/env node
/** `npm stop`: stops the dev server that `npm start` left running. */
const fs = require('fs');
const os = require('os');
const path = require('path');

const PID_FILE = path.join(os.tmpdir(), 'rudder-dev-server.pid');
if (!fs.existsSync(PID_FILE)) {
  console.log('No Rudder dev server is running.');
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
try {
  process.kill(pid, 'SIGTERM');
  console.log('Stopped the Rudder dev server.');
} catch {
  console.log('The Rudder dev server had already stopped.');
}
fs.rmSync(PID_FILE, { force: true });
console.log('If you sideloaded Rudder into desktop Excel, `npx office-addin-debugging stop manifest.xml` removes it.');
