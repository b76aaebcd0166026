-- wrk script: POST distinct snapshots from many client addresses (the server runs with TRUST_PROXY=true,
-- so each request counts against its own X-Forwarded-For address's rate limit, as behind a router).
-- With ACKED set (a file path), every id answered 201 is appended to that file.
local acked = os.getenv("ACKED")
local out = nil

function setup(thread)
  thread:set("tid", tostring(math.random(1, 1e9)))
end

function init(args)
  math.randomseed(os.time() + tonumber(tid))
  if acked then out = io.open(acked, "a") end
end

local n = 0
function request()
  n = n + 1
  local body = string.format(
    '{"version":1,"program":"a = Value(%d.0, label=\'a\')\\nb = a * a\\nb.backward()","view":{"direction":"LR","root":1,"collapsed":[],"expanded":[],"step":0,"nudges":[],"tab":"graph"},"train":null}',
    math.random(1, 2000000000) + n)
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("POST", "/api/snapshots",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = ip}, body)
end

if acked then
  -- defined only when needed: wrk skips reading bodies into Lua when there is no response()
  response = function(status, headers, body)
    if status == 201 then
      local id = string.match(body, '"id":"([^"]+)"')
      if id then out:write(id, "\n"); out:flush() end
    end
  end
end
