-- Headless Neovim test: attach `ncc lsp` to a model file with the project's own config
-- (editors/neovim), print the diagnostics, a hover, apply the first quick fix and wait for
-- its diagnostic to go away.
--
-- nvim --headless --clean -l nvim_attach.lua EDITORS_DIR MODEL_FILE [PYTHON]
-- Without PYTHON the config's own command (`ncc lsp`) is used.
local editors, file, python = _G.arg[1], _G.arg[2], _G.arg[3]

local function say(text) io.stdout:write(text .. "\n") end

vim.opt.runtimepath:prepend(editors .. "/neovim")
vim.cmd("runtime! ftdetect/hlo.lua")
if python and python ~= "" then
  vim.lsp.config("ncc", { cmd = { python, "-m", "nccd.clients.lsp" } })
end
vim.lsp.enable("ncc")
vim.cmd.edit(file)
local buf = vim.api.nvim_get_current_buf()

local attached = vim.wait(20000, function() return #vim.lsp.get_clients({ bufnr = buf, name = "ncc" }) > 0 end, 20)
if not attached then say("FAIL no client attached") os.exit(1) end
say("ATTACHED filetype=" .. vim.bo[buf].filetype)

local got = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not got then say("FAIL no diagnostics") os.exit(1) end
local diags = vim.diagnostic.get(buf)
table.sort(diags, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diags) do
  say(string.format("DIAG %d:%d-%d:%d %s %s %s", d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1,
    tostring(d.source), tostring(d.code), (d.message:gsub("\n", " "))))
end

-- hover on the first finding
local first = diags[1]
vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
local client = vim.lsp.get_clients({ bufnr = buf, name = "ncc" })[1]
local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
for _, res in pairs(hover or {}) do
  if res.result and res.result.contents then
    say("HOVER " .. (res.result.contents.value or ""):gsub("\n.*", ""))
  end
end

-- apply the preferred quick fix of the first finding that has one
local fixed_code, fixed_line
for _, d in ipairs(diags) do
  local ctx = { diagnostics = { d.user_data and d.user_data.lsp or {} }, only = { "quickfix" } }
  local range_params = vim.lsp.util.make_given_range_params({ d.lnum + 1, d.col }, { d.end_lnum + 1, d.end_col },
    buf, client.offset_encoding)
  range_params.context = ctx
  local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", range_params, 10000)
  for _, res in pairs(actions or {}) do
    for _, action in ipairs(res.result or {}) do
      if action.isPreferred and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
        fixed_code, fixed_line = d.code, d.lnum
        say("FIXED " .. d.code .. " with: " .. action.title)
        break
      end
    end
    if fixed_code then break end
  end
  if fixed_code then break end
end

if fixed_code then
  local gone = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == fixed_code and d.lnum == fixed_line then return false end
    end
    return true
  end, 20)
  say(gone and "CLEARED " .. fixed_code or "FAIL still there: " .. fixed_code)
  if not gone then os.exit(1) end
end
vim.lsp.stop_client(client.id)
os.exit(0)
