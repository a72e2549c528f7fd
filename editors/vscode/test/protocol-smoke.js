// Drives `ncc lsp` with vscode-languageserver-protocol, the library VS Code's client is built on:
// initialize like VS Code, open a model file, and check that diagnostics arrive, once pushed
// (a client without pull support) and once pulled (textDocument/diagnostic, as VS Code does).
//
//   node test/protocol-smoke.js MODEL_FILE EXPECTED_CODE SERVER_COMMAND [ARGS...]
// Prints one JSON line per mode; exits 1 if the expected code is missing.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const rpc = require("vscode-languageserver-protocol/node");

const [file, expected, command, ...args] = process.argv.slice(2);
const text = fs.readFileSync(file, "utf8");
const uri = pathToFileURL(path.resolve(file)).href;
const languageId = file.endsWith(".py") ? "python" : "hlo";

function timeout(ms, what) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms));
}

async function session(pull) {
  const server = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const pushed = new Promise((resolve) => {
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri) resolve(params.diagnostics);
    });
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => null));
  connection.onRequest(rpc.RegistrationRequest.type, () => null);
  connection.onNotification(rpc.ShowMessageNotification.type, () => {});
  connection.listen();
  const started = Date.now();
  const capabilities = {
    general: { positionEncodings: ["utf-16"] },
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: true },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ["markdown", "plaintext"] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities, initializationOptions: { debounceMs: 0 },
  });
  const initializedMs = Date.now() - started;
  await connection.sendNotification(rpc.InitializedNotification.type, {});
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId, version: 1, text },
  });
  let diagnostics;
  if (pull) {
    const report = await Promise.race([
      connection.sendRequest(rpc.DocumentDiagnosticRequest.type, { textDocument: { uri } }),
      timeout(20000, "the pulled report")]);
    diagnostics = report.items;
  } else {
    diagnostics = await Promise.race([pushed, timeout(20000, "publishDiagnostics")]);
  }
  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  connection.dispose();
  const codes = diagnostics.map((d) => d.code);
  const first = diagnostics.find((d) => d.code === expected);
  console.log(JSON.stringify({
    mode: pull ? "pull" : "push", server: init.serverInfo && init.serverInfo.name, initializedMs,
    diagnosticProvider: Boolean(init.capabilities.diagnosticProvider), codes, first,
  }));
  return Boolean(first);
}

(async () => {
  const ok = (await session(false)) && (await session(true));
  process.exit(ok ? 0 : 1);
})().catch((err) => {
  console.error(String(err && err.stack || err));
  process.exit(1);
});
