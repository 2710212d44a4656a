-- wrk script: count every response that is not 200 OK.
-- wrk itself counts only status >= 400 as errors, so a 302 to /login (an expired or invalid cookie) would
-- pass as a fast success; here it is an error. The totals are printed in done() as "non-200: N (3xx A, 4xx B, 5xx C)".
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  redirects, client_errors, server_errors, other = 0, 0, 0, 0
end

function response(status, headers, body)
  if status ~= 200 then
    if status >= 500 then
      server_errors = server_errors + 1
    elseif status >= 400 then
      client_errors = client_errors + 1
    elseif status >= 300 then
      redirects = redirects + 1
    else
      other = other + 1
    end
  end
end

function done(summary, latency, requests)
  local r, c, s, o = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    r = r + t:get("redirects")
    c = c + t:get("client_errors")
    s = s + t:get("server_errors")
    o = o + t:get("other")
  end
  local e = summary.errors
  io.write(string.format("non-200: %d (3xx %d, 4xx %d, 5xx %d, other %d)\n", r + c + s + o, r, c, s, o))
  io.write(string.format("socket errors: %d (connect %d, read %d, write %d, timeout %d)\n",
    e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("requests: %d; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
