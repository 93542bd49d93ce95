// The parts of an initiative staff need to decide: answers, buurt indicators, rule explanations, history, comments.
import { useApi, ApiState, Value, StatusBadge, statusLabel } from '../common.jsx';
import { formatDate, formatDateTime, formatNumber } from '../api.js';
import { Link } from '../router.jsx';

const pick = (obj, ...names) => {
  if (!obj) return undefined;
  for (const n of names) if (obj[n] !== undefined && obj[n] !== null) return obj[n];
  return undefined;
};

const answerLabels = {
  referentie: 'Referentie', titel: 'Titel', omschrijving: 'Wat is het idee', thema: 'Thema', buurtNaam: 'Buurt', voorWie: 'Voor wie',
  metWie: 'Met wie', aantalDeelnemers: 'Aantal deelnemers', aantalHandtekeningen: 'Handtekeningen van buren',
  gevraagdeOndersteuning: 'Gevraagde ondersteuning', gevraagdeHulp: 'Gevraagde hulp', initiatiefnemer: 'Initiatiefnemer', contact: 'Contact', geraamdBudget: 'Geraamd budget (€)', gevraagdBedrag: 'Gevraagd bedrag (€)',
  eigenBijdrageGeld: 'Eigen bijdrage in geld (€)', eigenBijdrageUren: 'Eigen bijdrage in uren', eigenBijdrageMaterialen: 'Eigen bijdrage in materialen',
  wilZelfUitvoeren: 'Wil het zelf uitvoeren', isCommercieel: 'Commercieel', isPolitiek: 'Politiek', isReligieus: 'Religieus',
  corporatieBetrokken: 'Woningcorporatie betrokken', startDatum: 'Startdatum', ingediendOp: 'Ingediend op', status: 'Status',
};

const skipKeys = new Set(['id', 'status', 'werkstroom', 'wijkNaam', 'statusHistorie', 'statusGeschiedenis', 'historie', 'beslissingen', 'regelBeslissingen', 'taken', 'opmerkingen',
  'toelichtingen', 'workflowInstanceId', 'buurt', 'buurtCode', 'buurtId', 'bewoner', 'bewonerId', 'conversationId', 'idempotentiesleutel', 'antwoorden']);

export function Antwoorden({ initiatief }) {
  const antwoorden = pick(initiatief, 'antwoorden');
  const entries = antwoorden && typeof antwoorden === 'object' && !Array.isArray(antwoorden)
    ? Object.entries(antwoorden)
    : Array.isArray(antwoorden) ? antwoorden.map((a) => [a.vraag ?? a.naam ?? a.key, a.antwoord ?? a.waarde ?? a.value])
    : Object.entries(initiatief).filter(([k, v]) => !skipKeys.has(k) && (typeof v !== 'object' || v === null || (Array.isArray(v) && v.every((x) => typeof x !== 'object'))));
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows antwoorden">
      {entries.map(([k, v]) => (
        <div className="utrecht-data-list__item" key={k}>
          <dt className="utrecht-data-list__item-key">{answerLabels[k] ?? k}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {/(datum|op)$/i.test(k) && typeof v === 'string' && /^\d{4}-/.test(v) ? formatDate(v) : <Value value={v} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const indicatorLabels = [
  ['inwoners', 'Inwoners'], ['huishoudens', 'Huishoudens'], ['aandeelHuurwoningen', 'Huurwoningen (%)'],
  ['aandeelCorporatiewoningen', 'Corporatiewoningen (%)'], ['gemiddeldInkomen', 'Gemiddeld inkomen (× € 1.000)'],
  ['aandeelUitkeringen', 'Uitkeringen (%)'], ['leefbaarheidScore', 'Leefbaarheid'], ['sesScore', 'SES-score'],
  ['aantalBuurthuizen', 'Buurthuizen'], ['aantalActieveInitiatieven', 'Actieve initiatieven'],
];

export function BuurtIndicatoren({ code }) {
  const buurt = useApi(code ? `/api/buurten/${encodeURIComponent(code)}` : null);
  if (!code) return <p className="utrecht-paragraph">Geen buurt bekend.</p>;
  if (!buurt.data) return <ApiState state={buurt} what="Buurtgegevens" />;
  const b = buurt.data;
  return (
    <>
      <p className="utrecht-paragraph"><strong>{b.naam}</strong> ({b.code}){b.wijkNaam ? `, wijk ${b.wijkNaam}` : ''}{b.wijkraad ? ` — ${b.wijkraad}` : ''}</p>
      <dl className="utrecht-data-list utrecht-data-list--rows indicatoren">
        {indicatorLabels.filter(([k]) => b[k] !== undefined).map(([k, label]) => (
          <div className="utrecht-data-list__item" key={k}>
            <dt className="utrecht-data-list__item-key">{label}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatNumber(b[k], 2)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function RegelBoom({ node, depth = 0 }) {
  if (!node || typeof node !== 'object') return null;
  const naam = pick(node, 'regel', 'rule', 'ruleName', 'naam', 'name');
  const gelukt = pick(node, 'voldaan', 'success', 'isSuccess', 'geslaagd');
  const uitleg = pick(node, 'uitleg', 'explanation', 'toelichting', 'message', 'successEvent', 'exceptionMessage');
  const kinderen = pick(node, 'onderdelen', 'kinderen', 'children', 'childResults') ?? [];
  return (
    <li className={`regel regel--${gelukt === false ? 'nee' : gelukt === true ? 'ja' : 'onbekend'}`}>
      <span className="regel__uitkomst">{gelukt === true ? 'Ja' : gelukt === false ? 'Nee' : '•'}</span>{' '}
      <strong>{naam ?? 'Regel'}</strong>{uitleg ? <>: {String(uitleg)}</> : null}
      {Array.isArray(kinderen) && kinderen.length > 0 && (
        <ul className="regelboom">{kinderen.map((k, i) => <RegelBoom key={i} node={k} depth={depth + 1} />)}</ul>
      )}
    </li>
  );
}

export function Beslissingen({ beslissingen }) {
  if (!beslissingen?.length) return <p className="utrecht-paragraph">Er zijn nog geen regelbeslissingen vastgelegd.</p>;
  return beslissingen.map((b, i) => {
    let resultaat = pick(b, 'uitleg', 'resultaat', 'resultaten', 'resultaatJson');
    if (typeof resultaat === 'string') {
      try { resultaat = JSON.parse(resultaat); } catch { /* plain text explanation */ }
    }
    const items = Array.isArray(resultaat) ? resultaat : resultaat ? [resultaat] : [];
    return (
      <section key={b.id ?? i} className="beslissing" aria-labelledby={`beslissing-${i}`}>
        <h3 className="utrecht-heading-3" id={`beslissing-${i}`}>Regels “{b.regelset ?? 'onbekend'}”{b.op ? `, ${formatDateTime(b.op)}` : ''}</h3>
        {b.uitkomsten?.length > 0 && (<><p className="utrecht-paragraph">Uitkomst:</p><ul className="uitkomsten">{b.uitkomsten.map((u, j) => <li key={j}>{u}</li>)}</ul></>)}
        {b.regelsetVersie && <p className="utrecht-paragraph regelset-versie">Regelset: <code>{b.regelsetVersie}</code></p>}
        {typeof resultaat === 'string' ? <p className="utrecht-paragraph">{resultaat}</p>
          : (
            <details className="regeldetails">
              <summary>Uitleg per regel ({items.length})</summary>
              <ul className="regelboom">{items.map((n, j) => <RegelBoom key={j} node={n} />)}</ul>
            </details>
          )}
      </section>
    );
  });
}

export function Tijdlijn({ items }) {
  if (!items.length) return <p className="utrecht-paragraph">Nog geen geschiedenis.</p>;
  return (
    <ol className="tijdlijn">
      {items.map((h, i) => (
        <li key={i} className="tijdlijn__item">
          <time dateTime={h.op}>{formatDateTime(h.op)}</time>{' '}
          <strong>{h.wat}</strong>{h.door ? ` — ${h.door}` : ''}
          {h.toelichting && <p className="utrecht-paragraph tijdlijn__toelichting">{h.toelichting}</p>}
        </li>
      ))}
    </ol>
  );
}

/** History: status changes plus completed tasks, newest last. */
export function geschiedenis(initiatief, taken = []) {
  const items = [];
  for (const h of pick(initiatief, 'historie', 'statusHistorie', 'statusGeschiedenis') ?? []) {
    items.push({ op: h.op ?? h.datum, wat: `Status: ${statusLabel(h.status)}`, door: h.door, toelichting: h.toelichting });
  }
  for (const t of [...(pick(initiatief, 'taken') ?? []), ...taken]) {
    if (t.afgerondOp || t.uitkomst) items.push({ op: t.afgerondOp, wat: `${t.titel}: ${t.uitkomst ?? 'afgerond'}`, door: t.afgerondDoor, toelichting: t.toelichting });
  }
  return items.sort((a, b) => String(a.op).localeCompare(String(b.op)));
}

export function Opmerkingen({ initiatief, taken = [] }) {
  const opmerkingen = [
    ...(pick(initiatief, 'opmerkingen', 'toelichtingen') ?? []).map((o) => (typeof o === 'string' ? { tekst: o } : { tekst: o.tekst ?? o.toelichting, door: o.door, op: o.op })),
    ...[...(pick(initiatief, 'taken') ?? []), ...taken].filter((t) => t.toelichting).map((t) => ({ tekst: t.toelichting, door: t.afgerondDoor ?? t.rol, op: t.afgerondOp, bij: t.titel })),
    ...(pick(initiatief, 'historie', 'statusHistorie') ?? []).filter((h) => h.toelichting && h.door && h.door !== 'systeem').map((h) => ({ tekst: h.toelichting, door: h.door, op: h.op, bij: `status ${h.status}` })),
  ];
  if (!opmerkingen.length) return <p className="utrecht-paragraph">Nog geen opmerkingen.</p>;
  return (
    <ul className="opmerkingen">
      {opmerkingen.map((o, i) => (
        <li key={i}><blockquote className="utrecht-blockquote opmerking">{o.tekst}</blockquote>
          <span className="opmerking__bron">{[o.door, o.bij, o.op && formatDateTime(o.op)].filter(Boolean).join(' · ')}</span></li>
      ))}
    </ul>
  );
}

export function InitiatiefSecties({ initiatief, kop = 2 }) {
  const H = kop === 2 ? 'h2' : 'h3';
  const hc = kop === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3';
  const buurtCode = pick(initiatief, 'buurtCode') ?? initiatief.buurt?.code;
  const instanceId = pick(initiatief, 'workflowInstanceId') ?? initiatief.werkstroom?.id;
  const taken = useApi(initiatief.id ? `/api/taken?initiatief=${encodeURIComponent(initiatief.id)}&status=` : null).data ?? [];
  const werkstroom = initiatief.werkstroom;
  return (
    <>
      <section aria-labelledby="kop-antwoorden"><H className={hc} id="kop-antwoorden">Antwoorden van de initiatiefnemer</H>
        <p className="utrecht-paragraph">Status: <StatusBadge status={initiatief.status} /></p>
        <Antwoorden initiatief={initiatief} /></section>
      <section aria-labelledby="kop-buurt"><H className={hc} id="kop-buurt">Buurtgegevens</H><BuurtIndicatoren code={buurtCode} /></section>
      <section aria-labelledby="kop-regels"><H className={hc} id="kop-regels">Uitleg van de regels</H>
        <Beslissingen beslissingen={pick(initiatief, 'beslissingen', 'regelBeslissingen')} /></section>
      <section aria-labelledby="kop-geschiedenis"><H className={hc} id="kop-geschiedenis">Geschiedenis</H><Tijdlijn items={geschiedenis(initiatief, taken)} /></section>
      <section aria-labelledby="kop-opmerkingen"><H className={hc} id="kop-opmerkingen">Eerdere opmerkingen</H><Opmerkingen initiatief={initiatief} taken={taken} /></section>
      {instanceId && (
        <p className="utrecht-paragraph">Workflow{werkstroom ? ` (${werkstroom.subStatus ?? werkstroom.status}${werkstroom.wachtOp?.length ? `, wacht op: ${werkstroom.wachtOp.join(', ')}` : ''})` : ''}: <Link to={`/app/workflows/${encodeURIComponent(pick(initiatief, 'workflowDefinitionId') ?? 'initiatief-routering')}/instanties/${encodeURIComponent(instanceId)}`}>route van dit initiatief bekijken</Link></p>
      )}
    </>
  );
}
