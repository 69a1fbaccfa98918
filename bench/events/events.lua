-- wrk script for POST /v2/events: every request is a fresh batch of BATCH (100) events of a site's traffic mix
-- (55 % views, 20 % clicks, 10 % exposures, 10 % conversions with a value, 5 % custom events) from a pool of
-- VISITORS visitors over the space's stories, as JSON. Environment: EVENTS_TOKEN, STORY_IDS (comma-separated),
-- BATCH, VISITORS.
local token = os.getenv("EVENTS_TOKEN")
local batch = tonumber(os.getenv("BATCH") or "100")
local visitors = tonumber(os.getenv("VISITORS") or "200000")
local stories = {}
for id in string.gmatch(os.getenv("STORY_IDS") or "", "%d+") do stories[#stories + 1] = id end
local path = "/v2/events?token=" .. (token or "")
local referrers = { "https://www.google.com/", "https://t.co/x", "", "https://news.example.org/a" }

local thread_id = 0
local threads = {}
function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  threads[#threads + 1] = thread
end

-- events count as acknowledged by the "accepted" of a 200 answer, never as requests x BATCH: a refused event is
-- not acknowledged (an earlier version of this script sent "referrer":"" that Duet then refused, and counted it)
accepted = 0
function response(status, headers, body)
  if status == 200 then accepted = accepted + tonumber(string.match(body, '"accepted":(%d+)') or "0") end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("accepted") end
  io.write(string.format("Accepted events: %d\n", total))
end

function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["User-Agent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148 Safari/604.1"
end

local function event()
  local visitor = "v" .. math.random(1, visitors)
  local story = stories[math.random(1, #stories)]
  local r = math.random()
  if r < 0.55 then
    return string.format('{"type":"view","visitor":"%s","story_id":%s,"referrer":"%s","locale":"en"}',
      visitor, story, referrers[math.random(1, #referrers)])
  elseif r < 0.75 then
    return string.format('{"type":"click","visitor":"%s","story_id":%s,"block":"cta-%d","segment":"developer"}',
      visitor, story, math.random(1, 20))
  elseif r < 0.85 then
    return string.format('{"type":"exposure","visitor":"%s","experiment":"hero-test","variation":%d,"story_id":%s}',
      visitor, math.random(0, 1), story)
  elseif r < 0.95 then
    return string.format('{"type":"conversion","visitor":"%s","name":"signup","value":%.2f,"utm_medium":"email"}',
      visitor, math.random() * 100)
  end
  return string.format('{"type":"custom","visitor":"%s","name":"scroll:75","story_id":%s}', visitor, story)
end

function request()
  local parts = {}
  for i = 1, batch do parts[i] = event() end
  return wrk.format(nil, path, nil, '{"events":[' .. table.concat(parts, ",") .. ']}')
end
