-- Drives Neovim as a user would, for test/editors.test.ts: open a feature doc,
-- wait for the language server's diagnostics, ask for the code actions at
-- one of them (as `vim.lsp.buf.code_action()` does), apply the chosen one,
-- save, wait for the new diagnostics, and write down what the editor held at
-- each step, as JSON, in the file named by $FEATURE_DOCS_EDITOR_RESULT.
--
-- Loaded with `--cmd`, before the init file under test and before the doc is
-- read, so that no diagnostics can arrive before it listens; the steps run
-- on VimEnter. Inputs, from the environment:
--   FEATURE_DOCS_EDITOR_RESULT  where to write the JSON
--   FEATURE_DOCS_EDITOR_LINE    the 0-based line of the diagnostic to fix
--   FEATURE_DOCS_EDITOR_ACTION  the title of the code action to apply
--
-- The waits are guards against a hang only (the test itself waits for this
-- process to exit); each ends the wait as soon as what it waits for is there.

local guard_ms = 60000
local result_path = assert(os.getenv('FEATURE_DOCS_EDITOR_RESULT'), 'FEATURE_DOCS_EDITOR_RESULT is not set')
local fix_line = tonumber(os.getenv('FEATURE_DOCS_EDITOR_LINE'))
local fix_title = os.getenv('FEATURE_DOCS_EDITOR_ACTION')

local nvim_version = vim.version()
local result = { nvim = string.format('%d.%d.%d', nvim_version.major, nvim_version.minor, nvim_version.patch) }

-- The version of the last diagnostics published for each document URI.
local published = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  publish(err, params, ctx, config)
  if params then
    published[params.uri] = params.version or vim.NIL
  end
end

-- What the editor sends as the document's version: the buffer's changedtick.
local function document_version(bufnr)
  local versions = vim.lsp.util.buf_versions
  return (versions and versions[bufnr]) or vim.api.nvim_buf_get_changedtick(bufnr)
end

local function wait_for(what, condition)
  if not vim.wait(guard_ms, condition, 20) then
    error(string.format('no %s within %d s', what, guard_ms / 1000))
  end
end

-- The language servers attached to the buffer.
local function clients_of(bufnr)
  if vim.lsp.get_clients then -- 0.10 and later
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
end

-- Diagnostics for the buffer's current text, as the editor holds them.
local function diagnostics_now(bufnr, uri)
  local version = document_version(bufnr)
  wait_for('diagnostics for version ' .. version, function()
    if #clients_of(bufnr) == 0 then
      error('the language server exited before publishing diagnostics for version ' .. version)
    end
    return published[uri] == version
  end)
  local held = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(held, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      code = d.code or vim.NIL,
      source = d.source or vim.NIL,
      message = d.message,
      severity = d.severity,
    })
  end
  return held
end

-- The LSP diagnostics on the cursor's line, as `vim.lsp.buf.code_action()` sends them.
local function line_diagnostics(bufnr, lnum)
  if vim.fn.has('nvim-0.10') == 0 then -- before 0.10, user_data.lsp is only a part of it
    return vim.lsp.diagnostic.get_line_diagnostics(bufnr, lnum)
  end
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = lnum })) do
    table.insert(found, d.user_data.lsp)
  end
  return found
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  result.filetype = vim.bo[bufnr].filetype
  wait_for('language server attached to the buffer', function()
    return #clients_of(bufnr) > 0
  end)
  result.clients = {}
  for _, client in ipairs(clients_of(bufnr)) do
    table.insert(result.clients, { name = client.name, root_dir = client.config.root_dir or vim.NIL })
  end

  result.before = diagnostics_now(bufnr, uri)

  -- The cursor on the diagnostic, then what `vim.lsp.buf.code_action()` asks.
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = fix_line })) do
    target = target or d
  end
  if not target then
    error('no diagnostic on line ' .. tostring(fix_line))
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  params.context = { diagnostics = line_diagnostics(bufnr, target.lnum) }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, guard_ms)
  if not responses then
    error('textDocument/codeAction: ' .. tostring(err))
  end
  result.actions = {}
  local chosen
  for _, response in pairs(responses) do
    if response.err then
      error('textDocument/codeAction: ' .. vim.inspect(response.err))
    end
    for _, action in ipairs(type(response.result) == 'table' and response.result or {}) do
      table.insert(result.actions, { title = action.title, kind = action.kind or vim.NIL, isPreferred = action.isPreferred or false })
      if action.title == fix_title then
        chosen = action
      end
    end
  end
  if not chosen then
    error('no code action titled ' .. tostring(fix_title) .. '; offered: ' .. vim.inspect(result.actions))
  end
  -- What the code action menu does with a chosen edit, then `:w`.
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  vim.cmd('write')

  result.after = diagnostics_now(bufnr, uri)
end

local function finish()
  local ok, failure = xpcall(run, debug.traceback)
  if not ok then
    result.error = failure
  end
  vim.fn.writefile({ vim.fn.json_encode(result) }, result_path)
  if ok then
    vim.cmd('qall!')
  else
    vim.cmd('cquit 1')
  end
end

-- `nested`: the `:write` above must fire its autocommands, as typed `:w` does.
vim.api.nvim_create_autocmd('VimEnter', { once = true, nested = true, callback = finish })
