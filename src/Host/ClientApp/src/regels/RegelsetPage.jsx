// /app/regels/{naam}[?tab=…] — the rules editor: a shared draft (concept) edited as forms or as JSON, checked live by the
// server, tested on real buurten/initiatives, compared with the published version, published with an explanation,
// and the versions and audit trail.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Loading, PageHeading } from '../common.jsx';
import { formatDateTime } from '../api.js';
import { Link, useQuery, useRouter } from '../router.jsx';
import { Tabs, TabPaneel } from './Tabs.jsx';
import { Dialoog } from './Dialoog.jsx';
import { FoutenLijst } from './FoutenLijst.jsx';
import { RegelsTab } from './RegelsTab.jsx';
import JsonEditor from './JsonEditor.jsx';
import TestPanel from './TestPanel.jsx';
import WatAlsPanel from './WatAlsPanel.jsx';
import PublicerenPanel from './PublicerenPanel.jsx';
import VersiesPanel from './VersiesPanel.jsx';
import LogboekPanel from './LogboekPanel.jsx';
import { regelsApi, foutenSamenvatting } from './regelsApi.js';
import { lees, schrijf, GEEN } from './regelDoc.js';

export const TABS = [
  { id: 'regels', label: 'Regels' },
  { id: 'json', label: 'JSON' },
  { id: 'testen', label: 'Testen' },
  { id: 'watals', label: 'Wat verandert er?' },
  { id: 'publiceren', label: 'Publiceren' },
  { id: 'versies', label: 'Versies' },
  { id: 'logboek', label: 'Logboek' },
];
// These panels keep their results when you switch tabs (they stay mounted, hidden, after the first visit).
const BLIJVEND = new Set(['testen', 'watals', 'publiceren', 'versies', 'logboek']);
const CONTROLE_WACHTTIJD = 700;

const leegBestand = (naam) => schrijf([{ WorkflowName: naam, Rules: [] }]);
const draftVan = (tekst) => { const { doc, fout } = lees(tekst); return { tekst, doc, parseFout: fout }; };

function Regelset({ naam }) {
  const { navigate } = useRouter();
  const query = useQuery();
  const gevraagd = query.get('tab');
  const tab = TABS.some((t) => t.id === gevraagd) ? gevraagd : 'regels';
  const [bezocht, setBezocht] = useState(() => new Set([tab]));
  useEffect(() => { setBezocht((b) => (b.has(tab) ? b : new Set([...b, tab]))); }, [tab]);
  const kiesTab = useCallback((id) => {
    navigate(`/app/regels/${encodeURIComponent(naam)}${id === 'regels' ? '' : `?tab=${id}`}`, { replace: true });
  }, [naam, navigate]);

  const [info, setInfo] = useState(null);
  const [laadFout, setLaadFout] = useState(null);
  const [concept, setConcept] = useState(null);
  const [draft, setDraftState] = useState(() => draftVan(''));
  const [opgeslagen, setOpgeslagen] = useState(null);
  const [check, setCheck] = useState(null);
  const [controleBezig, setControleBezig] = useState(false);
  const [controleFout, setControleFout] = useState(null);
  const [melding, setMelding] = useState(null);
  const [conflict, setConflict] = useState(null);
  const [bezig, setBezig] = useState(null);
  const [tick, setTick] = useState(0);
  const [verwijderOpen, setVerwijderOpen] = useState(false);
  const [live, setLive] = useState('');
  const [, setHistorieTeller] = useState(0);

  const draftRef = useRef(draft);
  const conceptRef = useRef(concept);
  conceptRef.current = concept;
  const historie = useRef({ verleden: [], toekomst: [], sleutel: null, op: 0 });
  const controleTimer = useRef(null);
  const controleNr = useRef(0);
  const focusDoel = useRef(null);
  const jsonRef = useRef(null);

  const gewijzigd = opgeslagen === null || draft.tekst !== opgeslagen;
  const stand = useRef({});
  stand.current = { gewijzigd, bezig };

  // --- the whole-document check (debounced) ---
  const controleerNu = useCallback(async () => {
    clearTimeout(controleTimer.current);
    const nr = ++controleNr.current;
    const tekst = draftRef.current.tekst;
    setControleBezig(true);
    try {
      const r = await regelsApi.controleren(naam, tekst);
      if (nr !== controleNr.current) return;
      setCheck({ geldig: !!r?.geldig, fouten: Array.isArray(r?.fouten) ? r.fouten : [], tekst });
      setControleFout(null);
    } catch (e) {
      if (nr === controleNr.current) setControleFout(e.message);
    } finally {
      if (nr === controleNr.current) setControleBezig(false);
    }
  }, [naam]);
  const controleerStraks = useCallback(() => {
    clearTimeout(controleTimer.current);
    controleNr.current++;
    controleTimer.current = setTimeout(controleerNu, CONTROLE_WACHTTIJD);
  }, [controleerNu]);
  useEffect(() => () => clearTimeout(controleTimer.current), []);

  // --- the draft, with undo/redo (typing in one field within 1.5 s counts as one step) ---
  const toon = useCallback((d) => { draftRef.current = d; setDraftState(d); setHistorieTeller((t) => t + 1); }, []);
  const zet = useCallback((nieuw, sleutel) => {
    const oud = draftRef.current;
    if (nieuw.tekst === oud.tekst) { draftRef.current = nieuw; setDraftState(nieuw); return; }
    const h = historie.current;
    const nu = Date.now();
    if (!(sleutel && sleutel === h.sleutel && nu - h.op < 1500)) {
      h.verleden.push(oud);
      if (h.verleden.length > 200) h.verleden.shift();
    }
    h.toekomst = [];
    h.sleutel = sleutel ?? null;
    h.op = nu;
    toon(nieuw);
    controleerStraks();
  }, [toon, controleerStraks]);
  const wijzigDoc = useCallback((fn, sleutel) => {
    const huidig = draftRef.current;
    if (!huidig.doc) return;
    const doc = fn(huidig.doc);
    if (doc === huidig.doc) return;
    zet({ tekst: schrijf(doc), doc, parseFout: null }, sleutel);
  }, [zet]);
  const wijzigJson = useCallback((tekst) => zet(draftVan(tekst), 'json'), [zet]);

  const meld = useCallback((tekst) => setLive((oud) => (oud === tekst ? `${tekst}\u00a0` : tekst)), []);
  const focusNa = useCallback((id) => { focusDoel.current = id; }, []);
  useEffect(() => {
    const id = focusDoel.current;
    if (!id) return;
    const el = document.getElementById(id);
    if (el) { focusDoel.current = null; el.focus(); }
  });

  const ongedaanMaken = () => {
    const h = historie.current;
    if (!h.verleden.length) return;
    h.toekomst.push(draftRef.current);
    h.sleutel = null;
    toon(h.verleden.pop());
    controleerStraks();
    meld('De laatste wijziging is ongedaan gemaakt.');
  };
  const opnieuwDoen = () => {
    const h = historie.current;
    if (!h.toekomst.length) return;
    h.verleden.push(draftRef.current);
    h.sleutel = null;
    toon(h.toekomst.pop());
    controleerStraks();
    meld('De wijziging is opnieuw gedaan.');
  };

  // --- loading ---
  const laden = useCallback(async ({ alleenInfo = false } = {}) => {
    try {
      const data = await regelsApi.ophalen(naam);
      setInfo(data);
      setLaadFout(null);
      if (alleenInfo) return true;
      const c = data?.concept ?? null;
      const tekst = c?.json ?? data?.gepubliceerd?.json ?? leegBestand(naam);
      setConcept(c ? { revisie: c.revisie, basisVersie: c.basisVersie, door: c.door, op: c.op, geldig: c.geldig, fouten: Array.isArray(c.fouten) ? c.fouten : [] } : null);
      historie.current = { verleden: [], toekomst: [], sleutel: null, op: 0 };
      toon(draftVan(tekst));
      setOpgeslagen(c || data?.gepubliceerd ? tekst : null);
      setConflict(null);
      setCheck(c && Array.isArray(c.fouten) ? { geldig: !!c.geldig, fouten: c.fouten, tekst } : null);
      controleerNu();
      return true;
    } catch (e) {
      setLaadFout(e);
      return false;
    }
  }, [naam, toon, controleerNu]);
  useEffect(() => { laden(); }, [laden]);

  // --- saving, discarding, publishing ---
  const opslaan = useCallback(async ({ revisie: forceer } = {}) => {
    const tekst = draftRef.current.tekst;
    const revisie = forceer !== undefined ? forceer : (conceptRef.current?.revisie ?? null);
    setBezig('opslaan');
    setMelding(null);
    try {
      const r = await regelsApi.conceptOpslaan(naam, tekst, revisie);
      const fouten = Array.isArray(r?.fouten) ? r.fouten : [];
      const nieuw = { revisie: r.revisie, basisVersie: r.basisVersie, door: r.door, op: r.op, geldig: !!r.geldig, fouten };
      conceptRef.current = nieuw;
      setConcept(nieuw);
      setOpgeslagen(tekst);
      if (draftRef.current.tekst === tekst) setCheck({ geldig: !!r.geldig, fouten, tekst });
      setConflict(null);
      setMelding(r.geldig
        ? { type: 'ok', tekst: `Het concept is opgeslagen (revisie ${r.revisie}). Er zijn geen fouten${fouten.length ? `, wel ${foutenSamenvatting(fouten)}` : ''}.` }
        : { type: 'warning', tekst: `Het concept is opgeslagen (revisie ${r.revisie}), maar bevat ${foutenSamenvatting(fouten)}. U kunt later verder werken; publiceren kan pas als de fouten zijn opgelost.` });
      return r;
    } catch (e) {
      if (e.status === 409) setConflict({ huidigeRevisie: e.body?.huidigeRevisie ?? null, door: e.body?.door ?? null, op: e.body?.op ?? null });
      else setMelding({ type: 'error', tekst: `Opslaan is niet gelukt: ${e.message}` });
      return null;
    } finally {
      setBezig(null);
    }
  }, [naam]);

  const verwijderConcept = async () => {
    setBezig('verwijderen');
    try {
      await regelsApi.conceptVerwijderen(naam);
      setVerwijderOpen(false);
      await laden();
      setMelding({ type: 'ok', tekst: 'Het concept is verwijderd. U ziet weer de gepubliceerde versie.' });
    } catch (e) {
      setVerwijderOpen(false);
      setMelding({ type: 'error', tekst: `Verwijderen is niet gelukt: ${e.message}` });
    } finally {
      setBezig(null);
    }
  };
  const weggooien = () => {
    if (opgeslagen === null) return;
    zet(draftVan(opgeslagen), null);
    setMelding({ type: 'info', tekst: 'Uw wijzigingen zijn weggegooid. Met “Ongedaan maken” haalt u ze terug.' });
  };

  const publiceren = useCallback(async (toelichting) => {
    let revisie = conceptRef.current?.revisie ?? null;
    if (stand.current.gewijzigd || revisie === null) {
      const r = await opslaan();
      if (!r) return { ok: false, opslaanMislukt: true };
      revisie = r.revisie;
    }
    setBezig('publiceren');
    try {
      const versie = await regelsApi.publiceren(naam, revisie, toelichting);
      setMelding(null);
      await laden();
      setTick((t) => t + 1);
      return { ok: true, versie };
    } catch (e) {
      if (e.status === 422 && Array.isArray(e.body?.fouten)) setCheck({ geldig: false, fouten: e.body.fouten, tekst: draftRef.current.tekst });
      return { ok: false, fout: e };
    } finally {
      setBezig(null);
    }
  }, [naam, opslaan, laden]);

  const naTerugzetten = useCallback(() => {
    setTick((t) => t + 1);
    laden({ alleenInfo: !!conceptRef.current || stand.current.gewijzigd });
  }, [laden]);

  // Ctrl+S saves; leaving with unsaved changes asks first.
  useEffect(() => {
    const toets = (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!stand.current.bezig && stand.current.gewijzigd) opslaan();
      }
    };
    window.addEventListener('keydown', toets);
    return () => window.removeEventListener('keydown', toets);
  }, [opslaan]);
  useEffect(() => {
    if (!gewijzigd || !info) return undefined;
    const waarschuw = (e) => { e.preventDefault(); e.returnValue = ''; };
    const klik = (e) => {
      const a = e.target?.closest?.('a[href]');
      if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target === '_blank') return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      if (!window.confirm('U heeft wijzigingen die nog niet zijn opgeslagen. Als u deze pagina verlaat, gaan ze verloren. Wilt u de pagina toch verlaten?')) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', waarschuw);
    document.addEventListener('click', klik, true);
    return () => { window.removeEventListener('beforeunload', waarschuw); document.removeEventListener('click', klik, true); };
  }, [gewijzigd, info]);

  const haalJson = useCallback(() => draftRef.current.tekst, []);
  const haalDoc = useCallback(() => draftRef.current.doc, []);
  const ctx = useMemo(() => ({ naam, invoer: info?.invoer, haalJson, haalDoc, wijzigDoc, meld, focusNa }),
    [naam, info?.invoer, haalJson, haalDoc, wijzigDoc, meld, focusNa]);

  if (laadFout && !info) {
    return (
      <>
        <p className="utrecht-paragraph kruimel"><Link to="/app/regels">Regels</Link> › {naam}</p>
        <PageHeading title={`Regels ${naam}`}>Regelset {naam}</PageHeading>
        <Alert>{laadFout.status === 404 ? `De regelset “${naam}” bestaat niet.` : `De regelset kon niet worden geladen: ${laadFout.message}`}</Alert>
      </>
    );
  }
  if (!info) {
    return (
      <>
        <p className="utrecht-paragraph kruimel"><Link to="/app/regels">Regels</Link> › {naam}</p>
        <PageHeading title={`Regels ${naam}`}>Regelset {naam}</PageHeading>
        <Loading what="De regels" />
      </>
    );
  }

  const fouten = check?.fouten ?? GEEN;
  const checkActueel = !!check && check.tekst === draft.tekst;
  const ongeldig = checkActueel && !check.geldig ? check.fouten : null;
  const gepubliceerd = info.gepubliceerd ?? null;
  const h = historie.current;

  return (
    <div className="regeleditor">
      <p className="utrecht-paragraph kruimel"><Link to="/app/regels">Regels</Link> › {naam}</p>
      <PageHeading title={`Regels ${naam}`}>Regelset {naam}</PageHeading>
      {info.omschrijving && <p className="utrecht-paragraph regeleditor__omschrijving">{info.omschrijving}</p>}
      <dl className="regeleditor__stand">
        <div>
          <dt>In gebruik</dt>
          <dd>{gepubliceerd ? <>versie {gepubliceerd.nummer}, gepubliceerd door {gepubliceerd.door ?? 'onbekend'} op {formatDateTime(gepubliceerd.op)}</> : 'nog geen gepubliceerde versie'}</dd>
        </div>
        <div>
          <dt>Concept</dt>
          <dd>{concept ? <>revisie {concept.revisie}{concept.basisVersie ? ` op basis van versie ${concept.basisVersie}` : ''}, laatst opgeslagen door {concept.door ?? 'onbekend'} op {formatDateTime(concept.op)}</> : 'geen: u begint bij de gepubliceerde versie'}</dd>
        </div>
      </dl>
      {concept && gepubliceerd && concept.basisVersie && concept.basisVersie !== gepubliceerd.nummer && (
        <Alert type="warning">Het concept is gebaseerd op versie {concept.basisVersie}, maar inmiddels is versie {gepubliceerd.nummer} in gebruik. Kijk bij “Publiceren” goed wat er verandert.</Alert>
      )}

      <div className="regelwerkbalk" role="group" aria-label="Concept">
        <span className={`regelwerkbalk__status${gewijzigd ? ' regelwerkbalk__status--gewijzigd' : ''}`} aria-live="polite" data-testid="concept-status" data-gewijzigd={gewijzigd}>
          {bezig === 'opslaan' ? 'Bezig met opslaan…' : gewijzigd ? <><span aria-hidden="true">● </span>Niet-opgeslagen wijzigingen</> : concept ? 'Alle wijzigingen zijn opgeslagen' : 'Geen wijzigingen'}
        </span>
        <span className="regelwerkbalk__controle" data-testid="controle-status">
          {controleBezig ? 'Bezig met controleren…'
            : !checkActueel ? ''
            : check.geldig ? <><span aria-hidden="true">✓ </span>Geen fouten{fouten.length ? ` (${foutenSamenvatting(fouten)})` : ''}</>
            : <><span aria-hidden="true">✗ </span>{foutenSamenvatting(fouten)}</>}
        </span>
        <Button onClick={ongedaanMaken} disabled={!h.verleden.length}>Ongedaan maken</Button>
        <Button onClick={opnieuwDoen} disabled={!h.toekomst.length}>Opnieuw</Button>
        <Button variant="primary-action" onClick={() => opslaan()} disabled={!!bezig || !gewijzigd} aria-keyshortcuts="Control+S" data-testid="concept-opslaan">Concept opslaan</Button>
        {concept ? (
          <Button onClick={() => setVerwijderOpen(true)} disabled={!!bezig}>Concept verwijderen</Button>
        ) : gewijzigd && opgeslagen !== null ? (
          <Button onClick={weggooien} disabled={!!bezig}>Wijzigingen weggooien</Button>
        ) : null}
      </div>

      {conflict && (
        <Alert>
          <p className="utrecht-paragraph">
            <strong>Uw wijzigingen zijn niet opgeslagen.</strong> Iemand anders heeft het concept intussen gewijzigd
            {conflict.door ? `: ${conflict.door}` : ''}{conflict.op ? ` op ${formatDateTime(conflict.op)}` : ''}{conflict.huidigeRevisie ? ` (revisie ${conflict.huidigeRevisie})` : ''}.
          </p>
          <div className="knoppenrij">
            <Button onClick={() => laden()}>Concept opnieuw laden (uw wijzigingen vervallen)</Button>
            <Button onClick={() => opslaan({ revisie: conflict.huidigeRevisie })}>Mijn versie toch opslaan{conflict.door ? ` (vervangt die van ${conflict.door})` : ''}</Button>
          </div>
        </Alert>
      )}
      {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      {controleFout && <Alert type="warning">De regels konden niet worden gecontroleerd: {controleFout}</Alert>}

      <Tabs tabs={TABS} actief={tab} onKies={kiesTab} label={`Regelset ${naam}`} idBasis="regeltab" />

      <TabPaneel id="regels" idBasis="regeltab" actief={tab === 'regels'}>
        {tab === 'regels' && (
          <RegelsTab doc={draft.doc} parseFout={draft.parseFout} fouten={fouten} velden={info.velden} invoer={info.invoer} ctx={ctx} naarJson={() => kiesTab('json')} />
        )}
      </TabPaneel>

      <TabPaneel id="json" idBasis="regeltab" actief={tab === 'json'}>
        {tab === 'json' && (
          <>
            <h2 className="utrecht-heading-2">JSON</h2>
            <p className="utrecht-paragraph" id="json-uitleg">
              Het hele concept als RulesEngine-JSON. Wat u hier wijzigt, ziet u terug in het tabblad Regels zodra de JSON leesbaar is.
              Met Tab verlaat u de editor.
            </p>
            {draft.parseFout && (
              <div className="utrecht-alert utrecht-alert--warning json-parsefout">
                <div className="utrecht-alert__message">
                  De JSON is niet leesbaar: <button type="button" className="linkknop" onClick={() => jsonRef.current?.gaNaar(draft.parseFout.regel, draft.parseFout.kolom)}>
                    regel {draft.parseFout.regel}, kolom {draft.parseFout.kolom}</button>: {draft.parseFout.bericht} U kunt het concept wel opslaan.
                </div>
              </div>
            )}
            <JsonEditor ref={jsonRef} waarde={draft.tekst} onWijzig={wijzigJson} fouten={fouten} parseFout={draft.parseFout}
              label={`JSON van het concept van ${naam}`} uitlegId="json-uitleg" id="json-editor" />
            <h3 className="utrecht-heading-3">Controle door de server</h3>
            {controleBezig && <p className="utrecht-paragraph">Bezig met controleren…</p>}
            <FoutenLijst fouten={check ? fouten : null} titel="Het concept bevat" toonTekst
              onKies={(f) => jsonRef.current?.gaNaar(f.regelnummer, f.kolom)} />
          </>
        )}
      </TabPaneel>

      {TABS.filter((t) => BLIJVEND.has(t.id)).map((t) => (
        <TabPaneel key={t.id} id={t.id} idBasis="regeltab" actief={tab === t.id}>
          {(bezocht.has(t.id) || tab === t.id) && t.id === 'testen' && <TestPanel naam={naam} invoer={info.invoer} haalJson={haalJson} />}
          {(bezocht.has(t.id) || tab === t.id) && t.id === 'watals' && <WatAlsPanel naam={naam} invoer={info.invoer} haalJson={haalJson} actief={tab === 'watals'} gepubliceerdNummer={gepubliceerd?.nummer} />}
          {(bezocht.has(t.id) || tab === t.id) && t.id === 'publiceren' && (
            <PublicerenPanel naam={naam} gepubliceerd={gepubliceerd} concept={concept} gewijzigd={gewijzigd} ongeldig={ongeldig} bezig={bezig}
              onPubliceer={publiceren} onHerlaad={() => laden()} naarRegels={() => kiesTab('regels')} />
          )}
          {(bezocht.has(t.id) || tab === t.id) && t.id === 'versies' && <VersiesPanel naam={naam} tick={tick} concept={concept} onTeruggezet={naTerugzetten} />}
          {(bezocht.has(t.id) || tab === t.id) && t.id === 'logboek' && <LogboekPanel naam={naam} tick={tick} />}
        </TabPaneel>
      ))}

      <div className="visueel-verborgen" aria-live="polite" data-testid="aankondiging">{live}</div>

      <Dialoog id="concept-verwijderen" open={verwijderOpen} titel="Concept verwijderen?" onSluit={() => bezig !== 'verwijderen' && setVerwijderOpen(false)}>
        <p className="utrecht-paragraph">
          Het concept{concept ? ` (revisie ${concept.revisie}, laatst opgeslagen door ${concept.door ?? 'onbekend'})` : ''} wordt verwijderd, ook voor uw collega’s.
          {gewijzigd ? ' Ook uw niet-opgeslagen wijzigingen gaan verloren.' : ''} De gepubliceerde versie blijft in gebruik.
        </p>
        <div className="knoppenrij">
          <Button className="knop--verwijderen" onClick={verwijderConcept} disabled={bezig === 'verwijderen'}>{bezig === 'verwijderen' ? 'Bezig…' : 'Concept verwijderen'}</Button>
          <Button onClick={() => setVerwijderOpen(false)} disabled={bezig === 'verwijderen'} data-autofocus>Annuleren</Button>
        </div>
      </Dialoog>
    </div>
  );
}

export default function RegelsetPage({ params }) {
  return <Regelset key={params.naam} naam={params.naam} />;
}
