// Vote load: sets up a buurtbudget round on a running Host (Development: the demo 'beleid' account), then casts
// ballots at a fixed rate, open loop (a new ballot every 1/RATE s whether or not earlier ones have been answered),
// each with its own voting code, and measures each POST until its response.
// Usage: node load-votes.mjs BASE_URL [RATE=200] [SECONDS=60]
// The Host must allow the rate from one address: Buurtbudget__StemmenPerMinuutPerAdres=1000000.
// Prints one JSON object: votes, errors, seconds, votesPerSecond, p50/p95/p99/max ms.
const [, , base, rateArg = '200', secondsArg = '60'] = process.argv;
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const total = rate * seconds;

let cookie = '';
async function staff(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const setCookie = response.headers.getSetCookie?.() ?? [];
  if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

await staff('POST', '/api/auth/login', { username: 'beleid', password: 'participatie-demo' });
const buurten = await (await staff('GET', '/api/buurten')).json();
const buurtCode = buurten[0].code;
const now = Date.now();
const ronde = await (await staff('POST', '/api/buurtbudget/rondes', {
  naam: 'Stembelasting', buurtCode, budget: 100000,
  stemmenVanaf: new Date(now + 2000).toISOString(), stemmenTot: new Date(now + 3600_000).toISOString(),
  telmethode: 'GelijkeDelen', maxProjecten: 5,
})).json();
for (let i = 1; i <= 20; i++) {
  await staff('POST', `/api/buurtbudget/rondes/${ronde.id}/projecten`, { titel: `Project ${i}`, kosten: 1000 + 500 * i });
}
const codes = [];
while (codes.length < total) {
  const csv = await (await staff('POST', `/api/buurtbudget/rondes/${ronde.id}/stemcodes`, { aantal: Math.min(20000, total - codes.length) })).text();
  codes.push(...csv.trim().split('\n').slice(1));
}
// The round's workflow opens the vote on its timer sweep (every 5 s): wait until the round says it is open, so the
// measured minute has no 'not open yet' refusals in it.
for (;;) {
  const r = await (await fetch(`${base}/api/buurtbudget/${ronde.id}`)).json();
  if (r.fase === 'Stemmen' && Date.parse(r.stemmenVanaf) <= Date.now()) break;
  await new Promise((r) => setTimeout(r, 250));
}

const latencies = [];
let errors = 0;
let firstError = null;
const started = performance.now();
const pending = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const projecten = [];
  for (let p = 1; p <= 20 && projecten.length < 5; p++) if (((i * 7 + p * 13) % 9) < 2) projecten.push(String(p));
  if (projecten.length === 0) projecten.push(String(1 + (i % 20)));
  const t0 = performance.now();
  pending.push(fetch(`${base}/api/buurtbudget/${ronde.id}/stem`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: codes[i], projecten }),
  }).then(async (r) => {
    await r.arrayBuffer();
    if (!r.ok) { errors++; firstError ??= `HTTP ${r.status}`; } else latencies.push(performance.now() - t0);
  }, (e) => { errors++; firstError ??= String(e); }));
}
await Promise.all(pending);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const q = (f) => latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))] * 10) / 10 : null;
console.log(JSON.stringify({ votes: latencies.length, errors, firstError, seconds: Math.round(elapsed * 10) / 10,
  votesPerSecond: Math.round((latencies.length / elapsed) * 10) / 10, p50ms: q(0.5), p95ms: q(0.95), p99ms: q(0.99), maxms: q(1) }));
