// A resident doing a full intake through the official botframework-directlinejs client under Node.
// Usage: node directline-intake.cjs BASE_URL polling|websocket
// Prints one JSON line {"reference", "mode", "activities", "answers", "echoes"} and exits 0, or the transcript and exits 1.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [, , baseUrl, mode = 'polling'] = process.argv;
const user = { id: 'bewoner', name: 'Bewoner' };

// The bot's question (a pattern) and what the resident answers.
const script = [
  [/Welkom/, 'ik wil een buurtbarbecue organiseren'],
  [/korte titel/i, 'Buurtbarbecue Vogelbuurt'],
  [/Waar vindt het plaats/i, 'Vogelbuurt'],
  [/Voor wie/i, 'alle bewoners van de straat'],
  [/met wie/i, 'met de buren'],
  [/Met hoeveel/i, 'ongeveer 25'],
  [/Welke hulp/i, 'geld en materialen'],
  [/nog iets anders nodig/i, 'Nee, dat is alles'],
  [/zelf .*uitvoeren/i, 'ja'],
  [/Wat kost het/i, '€ 450'],
  [/zelf bij\?/i, 'tijd'],
  [/Wanneer wilt u beginnen/i, 'volgende week vrijdag'],
  [/Wat is uw naam/i, 'Fatima de Vries'],
  [/e-mailadres of telefoonnummer/i, 'fatima@example.nl'],
  [/Klopt alles/i, 'Klopt, versturen'],
];

const transcript = [];
let step = 0;
let confirmed = false;
let done = null;
const finishDone = () => finish(0, { reference: done, mode, activities: transcript.length, answers: step, echoes });
let echoes = 0;
const sent = new Set();

function finish(code, result) {
  if (code !== 0) {
    console.error(transcript.join('\n'));
  } else {
    console.log(JSON.stringify(result));
  }
  process.exit(code);
}

setTimeout(() => finish(1, null), 90_000);

(async () => {
  const response = await fetch(`${baseUrl}/api/chat/token`, { method: 'POST' });
  if (!response.ok) finish(1, transcript.push(`token: HTTP ${response.status}`));
  const { token } = await response.json();
  const directLine = new DirectLine({ token, domain: `${baseUrl}/v3/directline`, webSocket: mode === 'websocket', pollingInterval: 250 });

  directLine.connectionStatus$.subscribe((status) => {
    transcript.push(`[status ${ConnectionStatus[status]}]`);
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken) finish(1, null);
  });

  directLine.activity$.subscribe((activity) => {
    const who = activity.from && activity.from.role === 'bot' ? 'Bot' : 'Bewoner';
    transcript.push(`${who}: ${activity.text || `[${activity.type}]`}`);
    if (who === 'Bewoner') {
      if (sent.has(activity.text) && activity.id && activity.channelData && activity.channelData.clientActivityID) echoes++;
      if (done && echoes >= step) finishDone();
      return;
    }

    const text = activity.text || '';
    const reference = /INI-\d{4}-\d{4}/.exec(text);
    if (reference && confirmed && !done) {
      // The reply can come before the echo of the last answer: wait for it (at most 5 s), then report.
      done = reference[0];
      if (echoes >= step) finishDone();
      else setTimeout(finishDone, 5_000);
    }

    // The bot asks only what it does not know yet (slot filling): answer whatever it asks, by the question in the
    // message's last line (the summary of what it understood is not a question).
    const question = text.split('\n').filter((l) => l.trim()).pop() || text;
    const entry = /^Dit heb ik/.test(text) ? undefined : script.find(([q]) => q.test(question));
    if (entry && !(entry === script[0] && step > 0) && step < 40) {
      step++;
      confirmed = confirmed || /Klopt alles/i.test(question);
      const answer = entry[1];
      sent.add(answer);
      directLine.postActivity({ from: user, type: 'message', text: answer, channelData: { clientActivityID: `c${Date.now()}${step}` } })
        .subscribe({ error: (error) => { transcript.push(`post failed: ${error.message || error}`); finish(1, null); } });
    }
  });
})().catch((error) => { transcript.push(String(error)); finish(1, null); });
