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
-- deepCheck, python, torchPython, useDaemon, docsUrl.
--
-- Workspace trust: the deep check imports your model files, so the server runs it only when
-- told the workspace is trusted. List the project folders you trust in your own init.lua
-- (never in a file inside a project):
--   vim.g.ncc_trusted_roots = { "~/src/my-model" }
-- A root at or below one of them starts the server with workspaceTrusted = true.

--- True when `root` is one of the folders in vim.g.ncc_trusted_roots or below one.
local function trusted(root)
  if not root then return false end
  root = vim.fs.normalize(vim.fn.resolve(root))
  for _, folder in ipairs(vim.g.ncc_trusted_roots or {}) do
    folder = vim.fs.normalize(vim.fn.resolve(vim.fn.expand(folder)))
    if root == folder or root:sub(1, #folder + 1) == folder .. "/" then
      return true
    end
  end
  return false
end

return {
  cmd = { "ncc", "lsp" },
  filetypes = { "python", "hlo" },
  root_markers = { "pyproject.toml", "setup.py", ".git" },
  settings = {
    ncc = {},
  },
  before_init = function(params, config)
    if trusted(config.root_dir) then
      params.initializationOptions = vim.tbl_extend("force", params.initializationOptions or {},
        { workspaceTrusted = true })
    end
  end,
}
