-- Drives specmark's language server from Neovim's own LSP client (headless, Debian's 0.7: no
-- vim.lsp.start, no file watching), as test/lsp/neovim.test.ts starts it. Each step records what the
-- editor shows into a table that is written as JSON to $RESULT, then Neovim quits. The test asserts.
local root = os.getenv('SPEC_ROOT')
local out = {steps = {}}

local function finish()
  local file = io.open(os.getenv('RESULT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd('qa!')
end

local function step(name, fn)
  local ok, err = pcall(fn)
  if not ok then
    out.error = name .. ': ' .. tostring(err)
    finish()
  end
  table.insert(out.steps, name)
end

local function wait(ms, check, what)
  if not vim.wait(ms, check, 50) then error('timed out waiting for ' .. what) end
end

local function lsp_code(d)
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code
end

local function codes(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(list, lsp_code(d)) end
  table.sort(list)
  return list
end

local function find(bufnr, needle)
  for lnum, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return lnum - 1, col - 1 end
  end
  error('not found: ' .. needle)
end

local function request(bufnr, method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  for _, response in pairs(responses or {}) do
    if response.err then error(method .. ': ' .. vim.inspect(response.err)) end
    return response.result
  end
  error(method .. ': no response')
end

local main, other, client_id

step('start', function()
  vim.cmd('edit ' .. root .. '/main.md')
  main = vim.api.nvim_get_current_buf()
  client_id = vim.lsp.start_client({
    name = 'specmark',
    cmd = {os.getenv('SPECMARK_NODE'), os.getenv('SPECMARK_BIN'), 'lsp', '--stdio'},
    root_dir = root,
    workspace_folders = {{uri = vim.uri_from_fname(root), name = 'spec'}},
  })
  vim.lsp.buf_attach_client(main, client_id)
end)

step('diagnostics', function()
  wait(60000, function() return #vim.diagnostic.get(main) > 0 end, 'diagnostics')
  out.diagnostics = codes(main)
  local d = vim.diagnostic.get(main)[1]
  out.diagnostic_message = d.message
end)

local function at(bufnr, needle, shift)
  local line, col = find(bufnr, needle)
  return {textDocument = {uri = vim.uri_from_bufnr(bufnr)}, position = {line = line, character = col + (shift or 0)}}
end

step('hover', function()
  local result = request(main, 'textDocument/hover', at(main, 'see [main.a]', 6))
  out.hover = result and (result.contents.value or result.contents) or vim.NIL
end)

step('definition', function()
  local result = request(main, 'textDocument/definition', at(main, 'see [main.a]', 6))
  local location = result[1] or result
  out.definition = {file = vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t'), line = location.range.start.line}
  out.label_line = (find(main, 'r[main.a]'))
end)

step('references', function()
  local params = at(main, 'r[main.a]', 3)
  params.context = {includeDeclaration = false}
  local result = request(main, 'textDocument/references', params)
  out.references = {}
  for _, location in ipairs(result) do table.insert(out.references, vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ':t')) end
  table.sort(out.references)
end)

step('code action', function()
  -- Break a link into a near miss, and take the editor's own diagnostic into the request.
  local line, col = find(main, 'see [main.a]')
  vim.api.nvim_buf_set_text(main, line, col + 5, line, col + 11, {'main.ab'})
  wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(main)) do if d.message:find('main.ab', 1, true) then return true end end
    return false
  end, 'the diagnostic of main.ab')
  -- Neovim's own code action command, with its chooser answered by taking the first entry.
  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    out.code_actions = {}
    for _, item in ipairs(items) do
      local title = opts.format_item(item) -- (a gsub result: one value kept)
      table.insert(out.code_actions, title)
    end
    chosen = true
    on_choice(items[1], 1)
  end
  vim.api.nvim_win_set_cursor(0, {line + 1, col + 6})
  vim.lsp.buf.code_action()
  if not vim.wait(20000, function() return chosen end, 50) then
    local context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics()}
    local params = vim.lsp.util.make_range_params()
    params.context = context
    error('no code actions chosen; the request ' .. vim.fn.json_encode(params) .. ' gives ' .. vim.fn.json_encode(request(main, 'textDocument/codeAction', params)))
  end
  wait(20000, function() return vim.api.nvim_buf_get_lines(main, line, line + 1, false)[1]:find('[main.a]', 1, true) ~= nil end, 'the edit')
  out.after_code_action = vim.api.nvim_buf_get_lines(main, line, line + 1, false)[1]
  wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(main)) do if d.message:find('main.ab', 1, true) then return false end end
    return true
  end, 'the fixed diagnostic')
end)

step('rename', function()
  local line, col = find(main, 'r[main.a]')
  vim.api.nvim_win_set_cursor(0, {line + 1, col + 3})
  vim.lsp.buf.rename('main.renamed')
  wait(20000, function() return (pcall(find, main, 'r[main.renamed]')) end, 'the rename')
  other = vim.fn.bufnr(root .. '/other.md')
  out.renamed_other = other ~= -1 and vim.api.nvim_buf_get_lines(other, 0, -1, false) or vim.NIL
  vim.cmd('silent! wall')
end)

step('watch fallback', function()
  -- Neovim 0.7 cannot watch files for a server: the server watches. A chapter changed on disk by
  -- another program (here, written directly) must get its diagnostics without the editor's help.
  local path = root .. '/third-party-edit.txt'
  local third = root .. '/other.md'
  local lines = vim.fn.readfile(third)
  for i, l in ipairs(lines) do lines[i] = l:gsub('See %[main%.renamed%]', 'See [main.nope]') end
  vim.fn.writefile(lines, path)
  os.rename(path, third)
  local uri = vim.uri_from_fname(third)
  local bufnr = vim.uri_to_bufnr(uri)
  -- Wait for the server to settle: the editor's own saves (above) are watched too, and may be read while
  -- being written; what counts is the state the server ends in.
  wait(30000, function()
    local list = vim.diagnostic.get(bufnr)
    return #list == 1 and list[1].message:find('main.nope', 1, true) ~= nil
  end, 'diagnostics of the file changed on disk')
  out.watched = codes(bufnr)
end)

step('stop', function()
  vim.lsp.stop_client(client_id)
end)
finish()
