// Load client: N concurrent residents each do a full intake over Direct Line (plain HTTP, as polling clients do).
// Measures each turn from posting the answer until the bot's reply is read back (POST activity + GET activities).
// Usage: node load-intake.mjs BASE_URL[,BASE_URL…] SECRET [CONVERSATIONS=200] [THINK_MS=0]
// THINK_MS: a resident pauses a random 0.5–1.5 × THINK_MS before each answer (reading and typing); 0 = no pause (stress).
// Several base URLs (several Host nodes on one database): every request goes to the next node in turn, as a
// load balancer without sticky sessions would send it, so one resident's turns land on different nodes.
// Prints one JSON object: conversations, turns, errors, seconds, turnsPerSecond, p50/p95/p99/max ms.
const [, , baseUrl, secret, count = '200', think = '0'] = process.argv;
const conversations = Number(count);
const thinkMs = Number(think);
const pause = () => thinkMs > 0 ? new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random()))) : Promise.resolve();
const nodes = baseUrl.split(',').map((u) => `${u}/v3/directline`);
let next = 0;
const api = () => nodes[next++ % nodes.length];

const script = [
  [/Welkom/, 'ik wil een buurtbarbecue organiseren'],
  [/korte titel/i, 'Buurtbarbecue'],
  [/Waar vindt het plaats/i, 'Vogelbuurt'],
  [/Voor wie/i, 'alle bewoners van de straat'],
  [/met wie/i, 'met de buren'],
  [/Met hoeveel/i, '25'],
  [/Welke hulp/i, 'geld'],
  [/nog iets anders nodig/i, 'Nee, dat is alles'],
  [/zelf .*uitvoeren/i, 'ja'],
  [/Wat kost het/i, '€ 450'],
  [/zelf bij\?/i, 'tijd'],
  [/Wanneer wilt u beginnen/i, 'volgende week vrijdag'],
  [/Wat is uw naam/i, 'Test Bewoner'],
  [/e-mailadres of telefoonnummer/i, 'bewoner@example.nl'],
  [/Klopt alles/i, 'Klopt, versturen'],
];

async function call(method, path, token, body) {
  const response = await fetch(`${api()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
  return response.json();
}

async function resident(index, latencies) {
  const generated = await call('POST', '/tokens/generate', secret, { user: { id: `dl_load_${index}` } });
  const started = await call('POST', '/conversations', generated.token);
  const { conversationId, token } = started;
  let watermark = 0;
  let last = '';
  const read = async () => {
    const set = await call('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, token);
    watermark = Number(set.watermark);
    const bot = set.activities.filter((a) => a.from && a.from.role === 'bot').map((a) => a.text || '');
    if (bot.length) last = bot.join('\n');
    return bot;
  };
  await read();
  // The bot asks only what it does not know yet (slot filling), so answer whatever it asks, in any order.
  for (let turn = 0; turn < 30 && !/INI-\d{4}-\d{4}/.test(last); turn++) {
    const question = last.split('\n').filter((l) => l.trim()).pop() || last;
    const step = script.find(([q]) => q.test(question)) || script.find(([q]) => q.test(last));
    if (!step) throw new Error(`resident ${index}: unexpected question: ${last.slice(0, 200)}`);
    const answer = step[1];
    await pause();
    const t0 = performance.now();
    await call('POST', `/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: `dl_load_${index}` }, text: answer });
    await read();
    latencies.push(performance.now() - t0);
  }
  if (!/INI-\d{4}-\d{4}/.test(last)) throw new Error(`resident ${index}: no reference number at the end: ${last.slice(0, 200)}`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const latencies = [];
const errors = [];
const started = performance.now();
await Promise.all(Array.from({ length: conversations }, (_, i) => resident(i, latencies).catch((e) => errors.push(e.message))));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const round = (x) => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  conversations,
  thinkMs,
  turns: latencies.length,
  errors: errors.length,
  firstError: errors[0] ?? null,
  seconds: round(seconds),
  turnsPerSecond: round(latencies.length / seconds),
  p50ms: round(percentile(latencies, 50)),
  p95ms: round(percentile(latencies, 95)),
  p99ms: round(percentile(latencies, 99)),
  maxms: round(latencies[latencies.length - 1] ?? 0),
}));
process.exit(errors.length ? 1 : 0);
