// VS Code client for `ncc lsp`: starts the server for Python and HLO files and passes the
// `ncc.*` settings along (the server also reads [tool.ncc] from pyproject.toml).
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The `ncc.*` settings that are set; unset ones (null) are left to pyproject.toml and the defaults. */
function nccSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("ncc");
  const keys = ["target", "autoCast", "autoCastType", "severity", "disable", "debounceMs", "deepCheck", "python",
                "torchPython", "useDaemon", "docsUrl"];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = config.get(key);
    const empty = value === null || value === undefined
      || (Array.isArray(value) && value.length === 0)
      || (typeof value === "object" && !Array.isArray(value) && Object.keys(value as object).length === 0);
    if (!empty) {
      out[key] = value;
    }
  }
  return out;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const [command, ...args] = vscode.workspace.getConfiguration("ncc").get<string[]>("server.command", ["ncc", "lsp"]);
  const serverOptions: ServerOptions = { command, args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "file", language: "hlo" },
      { scheme: "file", pattern: "**/*.hlo.txt" },
      { scheme: "untitled", language: "hlo" },
    ],
    // Trust is said at each start (the server reads it from initializationOptions only, so nothing the
    // workspace's settings answer later can claim it); granting trust restarts the server below.
    initializationOptions: () => ({ ...nccSettings(), workspaceTrusted: vscode.workspace.isTrusted }),
    // The server asks for the "ncc" section with workspace/configuration; this makes VS Code tell it when
    // the section changes.
    synchronize: { configurationSection: "ncc" },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answer = await next(params, token);
          if (!Array.isArray(answer)) {
            return answer; // an error: pass it on
          }
          return answer.map((value, i) => (params.items[i].section === "ncc" ? nccSettings() : value));
        },
      },
    },
  };
  client = new LanguageClient("ncc", "nccd", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand("ncc.restartServer", async () => {
      await client?.restart();
    }),
  );
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
