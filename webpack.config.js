const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const URL_PENGEMBANGAN = "https://localhost:3000/";
const PORT = 3000;

/**
 * Office dev certificates are trusted by Excel; webpack-dev-server's own self-signed certificate is
 * the fallback when they cannot be installed (no sudo, CI), so `npm run start` still serves https.
 */
async function opsiHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      `Sertifikat office-addin-dev-certs tidak tersedia (${String(error).split("\n")[0]}); ` +
        "memakai sertifikat buatan webpack-dev-server.",
    );
    return undefined;
  }
}

/** Manifests point at the development origin; a production build rewrites it to `--env url=`. */
function urlProduksi(env) {
  if (!env.url) return URL_PENGEMBANGAN;
  return env.url.endsWith("/") ? env.url : `${env.url}/`;
}

module.exports = async (env = {}, argv = {}) => {
  const pengembangan = argv.mode === "development";
  const url = pengembangan ? URL_PENGEMBANGAN : urlProduksi(env);
  const dilayani = Boolean(env.WEBPACK_SERVE);

  return {
    mode: pengembangan ? "development" : "production",
    devtool: pengembangan ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The task pane against the in-memory Excel, for machines without Excel (npm start on Linux).
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The xlsx reader the preview bundles uses zlib only when Node has it (crc32 speed-up).
      fallback: { zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; transpiling alone keeps the build fast and
            // independent of test files that are not part of the bundle.
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page is also where the custom functions run.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform: (isi) =>
              url === URL_PENGEMBANGAN ? isi : isi.toString().split(URL_PENGEMBANGAN).join(url),
          },
        ],
      }),
    ],
    performance: {
      // The task pane carries React and Fluent UI; only the functions bundle has a size goal (bench).
      hints: false,
    },
    devServer: {
      // The add-in is loaded from this machine only; nothing needs it on the network.
      host: "localhost",
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist"), publicPath: "/" },
      server: dilayani ? { type: "https", options: await opsiHttps() } : { type: "https" },
    },
  };
};
