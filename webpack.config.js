/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in (task pane + custom functions + ribbon commands on one shared-runtime page)
 * and the playground. HyperFormula (GPLv3) may only reach the playground bundle.
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { HostingPlugin, OriginError, parseOrigin } = require('./scripts/hosting');

const DEV_PORT = Number(process.env.RUDDER_PORT || process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Content-Security-Policy for the add-in page: our own scripts plus Office.js, nothing else. */
const ADDIN_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' https://*.officeapps.live.com https://*.office.com",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** The playground loads no remote code at all. Dev mode needs a websocket for reloads. */
const playgroundCsp = (dev) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');

/**
 * HTTPS for the dev server: the trusted Office dev certificate when installed, else the generated
 * one in ~/.office-addin-dev-certs, else webpack-dev-server's own self-signed certificate.
 */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    if (devCerts.verifyCertificates && devCerts.verifyCertificates()) {
      return await devCerts.getHttpsServerOptions();
    }
  } catch {
    // Fall through to the untrusted certificates below; scripts/start.js explains how to trust them.
  }
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(path.join(dir, 'ca.crt')) ? fs.readFileSync(path.join(dir, 'ca.crt')) : undefined };
  }
  return {};
}

/**
 * Where the add-in is served from: `--env origin=https://rudder.example.com` for a business's own
 * host, else the dev server. A bad origin stops the build with one plain line.
 */
function hostingOrigin(env) {
  if (env.origin === undefined) return `https://localhost:${DEV_PORT}`;
  try {
    return parseOrigin(env.origin);
  } catch (error) {
    if (!(error instanceof OriginError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const origin = hostingOrigin(env);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
      playground: './src/playground/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.build.json', transpileOnly: true } },
        },
        // The language packs' word lists go into the bundles on one line each (see the loader).
        {
          test: /[\\/]src[\\/]core[\\/]lang[\\/].*\.ts$/,
          enforce: 'pre',
          use: { loader: path.resolve(__dirname, 'scripts/wordListLoader.js') },
        },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // manifest.xml for `origin`, and functions-<language>.json for each language of the language layer.
      new HostingPlugin({ root: __dirname, origin }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        templateParameters: { csp: ADDIN_CSP, officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/playground/playground.html',
        chunks: ['playground'],
        templateParameters: { csp: playgroundCsp(dev) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/help.html', to: 'help.html' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: 'localhost',
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: false,
          client: { overlay: { warnings: false, errors: true }, logging: 'warn' },
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};
