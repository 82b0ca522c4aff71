-- A POST whose Idempotency-Key is new on every request: wrk ... -s unique-key.lua <url> -- <key prefix> <body-file> [Header: value]...
-- Keys read <prefix>-<thread>-<n>; the driver gives every wrk run its own prefix, so no key is ever sent twice. A body
-- holding "buyerReference":"<value>" gets the key appended to the value, because an open order's purchase order number
-- cannot be used twice (409 duplicate-buyer-reference).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "report.lua")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local prefix, body, headers, sent
function init(args)
  prefix = args[1] .. "-" .. thread_number
  local file = assert(io.open(args[2], "rb"))
  body = file:read("*a")
  file:close()
  headers = { ["Content-Type"] = "application/json" }
  for i = 3, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  sent = 0
end

function request()
  sent = sent + 1
  local key = prefix .. "-" .. sent
  headers["Idempotency-Key"] = key
  local unique = body:gsub('"buyerReference":"([^"]*)"', function(reference) return '"buyerReference":"' .. reference .. "-" .. key .. '"' end, 1)
  return wrk.format("POST", nil, headers, unique)
end
