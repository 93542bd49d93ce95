// The rule file as an object tree (Microsoft RulesEngine JSON). The forms edit this tree immutably; every field the
// forms do not know (Actions, Properties, WorkflowsToInject, …) stays exactly where it was. The draft text is always
// JSON.stringify(doc, null, 2) after a form edit.

// Stable keys for rules and params across immutable edits, so React keeps inputs (and their focus) in place.
const ids = new WeakMap();
let volgende = 1;
export function sleutel(obj) {
  if (!obj || typeof obj !== 'object') return 'leeg';
  let id = ids.get(obj);
  if (!id) { id = `k${volgende++}`; ids.set(obj, id); }
  return id;
}
function overdragen(oud, nieuw) {
  if (oud && nieuw && oud !== nieuw && typeof oud === 'object' && typeof nieuw === 'object' && ids.has(oud) && !ids.has(nieuw)) ids.set(nieuw, ids.get(oud));
  return nieuw;
}

export const schrijf = (doc) => JSON.stringify(doc, null, 2);

/** Parses the draft text: {doc, fout: null} or {doc: null, fout: {bericht, regel, kolom, positie}} (Dutch message, 1-based line/column). */
export function lees(tekst) {
  const bron = (tekst ?? '').replace(/^\uFEFF/, '');
  try {
    return { doc: JSON.parse(bron), fout: null };
  } catch (e) {
    const plek = zoekJsonFout(bron) ?? { positie: bron.length, bericht: String(e.message ?? e) };
    const voor = bron.slice(0, plek.positie).split('\n');
    return { doc: null, fout: { bericht: plek.bericht, regel: voor.length, kolom: voor[voor.length - 1].length + 1, positie: plek.positie } };
  }
}

/** Finds where JSON text goes wrong (browsers' JSON.parse messages rarely say where). */
export function zoekJsonFout(s) {
  let i = 0;
  class Stop { constructor(positie, bericht) { this.positie = positie; this.bericht = bericht; } }
  const stop = (bericht, positie = i) => { throw new Stop(positie, bericht); };
  const teken = () => (i < s.length ? `'${s[i]}'` : 'het einde van de tekst');
  const wit = () => { while (i < s.length && /[ \t\n\r]/.test(s[i])) i++; };
  const tekstwaarde = () => {
    const begin = i++;
    while (i < s.length) {
      const c = s[i];
      if (c === '"') { i++; return; }
      if (c === '\\') {
        const n = s[i + 1];
        if (n === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) stop('Ongeldige \\u-code in de tekst.'); i += 6; continue; }
        if (!'"\\/bfnrt'.includes(n ?? '')) stop(`Ongeldige escape \\${n ?? ''} in de tekst.`);
        i += 2; continue;
      }
      if (c === '\n' || c.charCodeAt(0) < 0x20) stop('Een tekst tussen aanhalingstekens mag geen regeleinde bevatten (gebruik \\n).');
      i++;
    }
    stop('De tekst tussen aanhalingstekens is niet afgesloten.', begin);
  };
  const waarde = () => {
    wit();
    const c = s[i];
    if (c === '{') {
      i++; wit();
      if (s[i] === '}') { i++; return; }
      for (;;) {
        wit();
        if (s[i] !== '"') stop(`Hier wordt een naam tussen aanhalingstekens verwacht, niet ${teken()}.`);
        tekstwaarde(); wit();
        if (s[i] !== ':') stop(`Hier wordt een dubbele punt (:) verwacht, niet ${teken()}.`);
        i++; waarde(); wit();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === '}') { i++; return; }
        stop(`Hier wordt een komma of } verwacht, niet ${teken()}.`);
      }
    }
    if (c === '[') {
      i++; wit();
      if (s[i] === ']') { i++; return; }
      for (;;) {
        waarde(); wit();
        if (s[i] === ',') { i++; continue; }
        if (s[i] === ']') { i++; return; }
        stop(`Hier wordt een komma of ] verwacht, niet ${teken()}.`);
      }
    }
    if (c === '"') { tekstwaarde(); return; }
    const getal = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 64));
    if (getal && getal[0] !== '-') { i += getal[0].length; return; }
    for (const w of ['true', 'false', 'null']) if (s.startsWith(w, i)) { i += w.length; return; }
    stop(i >= s.length ? 'De tekst houdt onverwacht op.' : `Onverwacht teken ${teken()}.`);
  };
  try {
    waarde(); wit();
    if (i < s.length) stop(`Na het einde van de JSON staat nog ${teken()}.`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { positie: e.positie, bericht: e.bericht };
    throw e;
  }
}

export const workflowsVan = (doc) => (Array.isArray(doc) ? doc : doc && typeof doc === 'object' ? [doc] : []);

/** Whether the parsed value looks like a rule file the forms can show. */
export function isRegelbestand(doc) {
  const wfs = workflowsVan(doc);
  return wfs.length > 0 && wfs.every((w) => w && typeof w === 'object' && !Array.isArray(w) && (w.Rules === undefined || Array.isArray(w.Rules)));
}

export function wijzigWorkflow(doc, wi, fn) {
  if (Array.isArray(doc)) return doc.map((w, i) => (i === wi ? overdragen(w, fn(w)) : w));
  return overdragen(doc, fn(doc));
}

function wijzigRegelsIn(houder, pad, fn) {
  const rules = Array.isArray(houder.Rules) ? houder.Rules : [];
  if (pad.length === 0) return { ...houder, Rules: fn(rules) };
  const [i, ...rest] = pad;
  return { ...houder, Rules: rules.map((r, j) => (j === i ? overdragen(r, wijzigRegelsIn(r, rest, fn)) : r)) };
}

/** Changes the Rules list of the rule at `ouderPad` (index path; [] = the workflow's top-level rules). */
export function wijzigRegels(doc, wi, ouderPad, fn) {
  return wijzigWorkflow(doc, wi, (w) => wijzigRegelsIn(w, ouderPad, fn));
}

/** Changes one rule (index path from the workflow's Rules). */
export function wijzigRegel(doc, wi, pad, fn) {
  const laatste = pad[pad.length - 1];
  return wijzigRegels(doc, wi, pad.slice(0, -1), (rules) => rules.map((r, j) => (j === laatste ? overdragen(r, fn(r)) : r)));
}

export function regelOp(doc, wi, pad) {
  let houder = workflowsVan(doc)[wi];
  let regel = null;
  for (const i of pad) {
    regel = houder?.Rules?.[i];
    houder = regel;
  }
  return regel ?? null;
}

/** Sets a text field; an empty text removes an optional field so files stay clean. */
export function zetVeld(obj, veld, waarde, { verplicht = false } = {}) {
  if (!verplicht && (waarde === '' || waarde === undefined || waarde === null)) {
    if (!(veld in obj)) return obj;
    const { [veld]: _weg, ...rest } = obj;
    return rest;
  }
  return { ...obj, [veld]: waarde };
}

/** Changes a list field (GlobalParams, LocalParams); an emptied list is removed. */
export function wijzigLijst(obj, veld, fn) {
  const oud = Array.isArray(obj[veld]) ? obj[veld] : [];
  const nieuw = fn(oud);
  if (nieuw.length === 0) {
    if (!(veld in obj)) return obj;
    const { [veld]: _weg, ...rest } = obj;
    return rest;
  }
  return { ...obj, [veld]: nieuw };
}

export function vervang(lijst, i, fn) {
  return lijst.map((x, j) => (j === i ? overdragen(x, fn(x)) : x));
}

export function verplaats(lijst, i, richting) {
  const j = i + richting;
  if (j < 0 || j >= lijst.length) return lijst;
  const kopie = [...lijst];
  [kopie[i], kopie[j]] = [kopie[j], kopie[i]];
  return kopie;
}

export function uniekeNaam(basis, bestaande) {
  const namen = new Set(bestaande);
  if (!namen.has(basis)) return basis;
  for (let n = 2; ; n++) if (!namen.has(`${basis} ${n}`)) return `${basis} ${n}`;
}

/** All rule names in a workflow (for unique new names). */
export function alleRegelnamen(workflow) {
  const namen = [];
  const loop = (rules) => { for (const r of rules ?? []) { namen.push(r?.RuleName); loop(r?.Rules); } };
  loop(workflow?.Rules);
  return namen;
}

export const isSamengesteld = (regel) => Array.isArray(regel?.Rules) && (regel.Rules.length > 0 || !('Expression' in regel));

/** Makes a rule with an expression into a rule with sub-rules; the expression becomes the first sub-rule. */
export function naarSamengesteld(regel, naamSubregel) {
  const { Expression, RuleExpressionType, ...rest } = regel;
  return { ...rest, Operator: regel.Operator ?? 'And', Rules: [{ RuleName: naamSubregel, Expression: Expression ?? '' }] };
}

/** Makes a rule without sub-rules into a rule with an expression. */
export function naarExpressie(regel) {
  const { Operator, Rules, ...rest } = regel;
  return { ...rest, Expression: regel.Expression ?? '' };
}

/** The fields the forms show; the rest is kept and mentioned. */
export const BEKENDE_VELDEN = new Set(['RuleName', 'Operator', 'Expression', 'RuleExpressionType', 'SuccessEvent', 'ErrorMessage', 'Enabled', 'Rules', 'LocalParams']);
export const BEKENDE_WORKFLOWVELDEN = new Set(['WorkflowName', 'GlobalParams', 'Rules']);

const VELD_NAMEN = {
  Actions: 'acties (uitvoer)', Properties: 'eigenschappen', WorkflowsToInject: 'ingevoegde workflows', ErrorType: 'fouttype',
  SuccessEvent: 'uitleg', RuleExpressionType: 'soort expressie',
};
export const veldNaam = (v) => VELD_NAMEN[v] ? `${v} (${VELD_NAMEN[v]})` : v;

/**
 * Indexes the server's fouten so every rule and param can look up its own (stable arrays while the fouten do not change):
 * by rule path when the server sends `regelpad`, else by rule name `regel` (a name that occurs twice gets the error on
 * both); GlobalParams[x] by param name; the rest in `overig`. `enkel`: the file has one workflow (then `workflow` is ignored).
 */
export function indexeerFouten(fouten, enkel) {
  const opPad = new Map();
  const opNaam = new Map();
  const perParam = new Map();
  const overig = [];
  const erbij = (map, k, f) => { if (!map.has(k)) map.set(k, []); map.get(k).push(f); };
  for (const f of fouten ?? []) {
    const wf = enkel ? '' : (f.workflow ?? '');
    const gp = /^GlobalParams\[(.*)\]$/.exec(f.veld ?? '');
    if (gp && !f.regel) erbij(perParam, `${wf}\u0001${gp[1]}`, f);
    else if (f.regel && Array.isArray(f.regelpad) && f.regelpad.length) erbij(opPad, `${wf}\u0001${f.regelpad.join('\u0001')}`, f);
    else if (f.regel) erbij(opNaam, `${wf}\u0001${f.regel}`, f);
    else overig.push(f);
  }
  return { opPad, opNaam, perParam, overig, enkel };
}

export const workflowSleutel = (index, workflow) => (index.enkel ? '' : (workflow?.WorkflowName ?? ''));

export function foutenVoorRegel(index, wf, regelpad) {
  const pad = index.opPad.get(`${wf}\u0001${regelpad.join('\u0001')}`);
  const naam = index.opNaam.get(`${wf}\u0001${regelpad[regelpad.length - 1]}`);
  if (pad && naam) return [...pad, ...naam];
  return pad ?? naam ?? GEEN;
}

export const foutenVoorParam = (index, wf, naam) => index.perParam.get(`${wf}\u0001${naam}`) ?? GEEN;

/** The fouten that belong to no rule or param in the document (shown at the top of the form). */
export function losseFouten(doc, index) {
  const wfs = workflowsVan(doc);
  const paden = new Set();
  const namen = new Set();
  const params = new Set();
  for (const w of wfs) {
    const wf = workflowSleutel(index, w);
    for (const p of Array.isArray(w?.GlobalParams) ? w.GlobalParams : []) params.add(`${wf}\u0001${p?.Name}`);
    const loop = (rules, pad) => {
      for (const r of Array.isArray(rules) ? rules : []) {
        if (!r || typeof r !== 'object') continue;
        const p = [...pad, r.RuleName];
        paden.add(`${wf}\u0001${p.join('\u0001')}`);
        namen.add(`${wf}\u0001${r.RuleName}`);
        loop(r.Rules, p);
      }
    };
    loop(w?.Rules, []);
  }
  const los = [...index.overig];
  for (const [k, lijst] of index.opPad) if (!paden.has(k)) los.push(...lijst);
  for (const [k, lijst] of index.opNaam) if (!namen.has(k)) los.push(...lijst);
  for (const [k, lijst] of index.perParam) if (!params.has(k)) los.push(...lijst);
  return los;
}

export const GEEN = Object.freeze([]);

/** "regel 12, kolom 5" */
export function plekTekst(f) {
  if (!f?.regelnummer) return '';
  return `regel ${f.regelnummer}${f.kolom ? `, kolom ${f.kolom}` : ''}`;
}
