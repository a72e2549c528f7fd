-- nccd language server (`ncc lsp`) for Neovim.
--
-- Neovim 0.11+: put editors/neovim on 'runtimepath' (or copy this file to
-- ~/.config/nvim/lsp/ncc.lua) and call `vim.lsp.enable("ncc")`.
-- Neovim 0.10: pass this table to vim.lsp.start() from a FileType autocommand
-- (see editors/neovim/README.md).
--
-- Settings go in `settings.ncc`; the server reads them with workspace/configuration,
-- over [tool.ncc] in pyproject.toml. Keys: target, autoCast, autoCastType,
-- severity = { ["NCC-W200"] = "hint" }, disable = { "NCC-W201" }, debounceMs,
-- deepCheck, python, useDaemon, docsUrl.
return {
  cmd = { "ncc", "lsp" },
  filetypes = { "python", "hlo" },
  root_markers = { "pyproject.toml", "setup.py", ".git" },
  settings = {
    ncc = {},
  },
}
