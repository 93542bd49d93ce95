// Tab "Wat verandert er?": the draft (as it is in the editor) compared with the published version over all buurten or
// all initiatives. Computed when the tab is opened and the draft changed since the last computation.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, ScrollRegio } from '../common.jsx';
import { formatNumber } from '../api.js';
import { FoutenLijst } from './FoutenLijst.jsx';
import { regelsApi, invoerMeervoud, invoerEnkelvoud } from './regelsApi.js';

const getalCel = 'utrecht-table__cell utrecht-table__cell--numeric';
const kopCel = 'utrecht-table__header-cell';

function metTeken(n) {
  if (!n) return '0';
  return n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`;
}

function Namenlijst({ sleutels, namen, leeg }) {
  if (!sleutels?.length) return <p className="utrecht-paragraph">{leeg}</p>;
  return <ul className="watals__namen">{sleutels.map((s) => <li key={s}>{namen.get(s) ?? s} <span className="code">{s}</span></li>)}</ul>;
}

export default function WatAlsPanel({ naam, invoer, haalJson, actief, gepubliceerdNummer }) {
  const [staat, setStaat] = useState({ bezig: false, data: null, fout: null, voorTekst: null });
  const volgnummer = useRef(0);
  const meervoud = invoerMeervoud(invoer);
  const enkelvoud = invoerEnkelvoud(invoer);

  const bereken = useCallback(async () => {
    const nr = ++volgnummer.current;
    const tekst = haalJson();
    setStaat((s) => ({ ...s, bezig: true, fout: null }));
    try {
      const data = await regelsApi.watAls(naam, tekst);
      if (nr === volgnummer.current) setStaat({ bezig: false, data, fout: null, voorTekst: tekst });
    } catch (e) {
      if (nr === volgnummer.current) setStaat({ bezig: false, data: null, fout: e, voorTekst: tekst });
    }
  }, [naam, haalJson]);

  useEffect(() => {
    if (actief && haalJson() !== staat.voorTekst && !staat.bezig) bereken();
  }, [actief]); // eslint-disable-line react-hooks/exhaustive-deps

  const d = staat.data;
  const fouten = Array.isArray(d?.fouten) ? d.fouten : [];
  const items = Array.isArray(d?.items) ? d.items : [];
  const perRegel = Array.isArray(d?.perRegel) ? d.perRegel : [];
  const namen = new Map(items.map((i) => [i.sleutel, i.naam]));
  const verouderd = d && staat.voorTekst !== null && actief && haalJson() !== staat.voorTekst;
  const gewijzigd = d?.aantalGewijzigd ?? 0;
  const versie = d?.gepubliceerdeVersie ?? gepubliceerdNummer;

  return (
    <div className="watals">
      <h2 className="utrecht-heading-2">Wat verandert er?</h2>
      <p className="utrecht-paragraph">
        De regels zoals ze nu in de editor staan (ook als ze nog niet zijn opgeslagen), vergeleken met {versie ? `de gepubliceerde versie ${versie}` : 'de gepubliceerde versie'}, voor alle {meervoud}.
      </p>
      <div className="knoppenrij">
        <Button onClick={bereken} disabled={staat.bezig}>{d ? 'Opnieuw berekenen' : 'Berekenen'}</Button>
      </div>
      <div role="status" className="watals__status">
        {staat.bezig ? 'Bezig met berekenen…' : verouderd ? 'Let op: de regels zijn gewijzigd sinds deze berekening. Kies “Opnieuw berekenen”.' : ''}
      </div>
      {staat.fout && <Alert>Berekenen is niet gelukt: {staat.fout.message}</Alert>}
      {fouten.length > 0 && (
        <>
          <Alert type="warning">Er is niets vergeleken, omdat de regels fouten bevatten. Los de fouten op en bereken opnieuw.</Alert>
          <FoutenLijst fouten={fouten} titel="Fouten in de regels" />
        </>
      )}
      {d && fouten.length === 0 && (
        <>
          <p className="watals-samenvatting" data-testid="watals-samenvatting">
            <strong className="watals-samenvatting__getal" data-testid="watals-aantal">{gewijzigd}</strong>{' '}
            van de {formatNumber(d.aantalBeoordeeld ?? 0)} {meervoud} {gewijzigd === 1 ? 'verandert' : 'veranderen'}
          </p>

          {perRegel.length > 0 && (
            <ScrollRegio label="Wat verandert er (scrolbaar)">
              <table className="utrecht-table utrecht-table--html-table watals__perregel">
                <caption className="utrecht-table__caption">Per regel: voor hoeveel {meervoud} de regel klopt, nu en met het concept</caption>
                <thead className="utrecht-table__header"><tr className="utrecht-table__row">
                  <th className={kopCel} scope="col">Regel</th>
                  <th className={`${kopCel} utrecht-table__header-cell--numeric`} scope="col">Nu</th>
                  <th className={`${kopCel} utrecht-table__header-cell--numeric`} scope="col">Straks</th>
                  <th className={`${kopCel} utrecht-table__header-cell--numeric`} scope="col">Erbij</th>
                  <th className={`${kopCel} utrecht-table__header-cell--numeric`} scope="col">Eraf</th>
                </tr></thead>
                <tbody className="utrecht-table__body">
                  {perRegel.map((r) => (
                    <tr className={`utrecht-table__row${r.erbij || r.eraf ? ' watals__rij--anders' : ''}`} key={r.regel}>
                      <th className={kopCel} scope="row">{r.regel}</th>
                      <td className={getalCel}>{formatNumber(r.nuJa)}</td>
                      <td className={getalCel}>{formatNumber(r.straksJa)}</td>
                      <td className={getalCel}>{metTeken(r.erbij)}</td>
                      <td className={getalCel}>{r.eraf ? `−${formatNumber(r.eraf)}` : '0'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegio>
          )}

          {d.selectie && (
            <section className="watals__selectie" aria-labelledby="watals-selectie">
              <h3 className="utrecht-heading-3" id="watals-selectie">Selectie van het programma</h3>
              <p className="utrecht-paragraph">
                Het programma kiest de {formatNumber(d.selectie.aantal)} {meervoud} met de hoogste prioriteit.{' '}
                {(d.selectie.erbij?.length ?? 0) === 0 && (d.selectie.eraf?.length ?? 0) === 0 ? 'Met het concept blijft die selectie hetzelfde.' : 'Met het concept verandert die selectie.'}
                {d.selectie.andereRang ? ` ${d.selectie.andereRang} ${d.selectie.andereRang === 1 ? `${enkelvoud} blijft` : `${meervoud} blijven`} gekozen met een andere rang.` : ''}
              </p>
              <div className="watals__selectie-lijsten">
                <div>
                  <h4 className="utrecht-heading-4">Komen erbij ({d.selectie.erbij?.length ?? 0})</h4>
                  <Namenlijst sleutels={d.selectie.erbij} namen={namen} leeg="Geen." />
                </div>
                <div>
                  <h4 className="utrecht-heading-4">Vallen af ({d.selectie.eraf?.length ?? 0})</h4>
                  <Namenlijst sleutels={d.selectie.eraf} namen={namen} leeg="Geen." />
                </div>
              </div>
            </section>
          )}

          <section aria-labelledby="watals-items">
            <h3 className="utrecht-heading-3" id="watals-items">Wat er per {enkelvoud} verandert ({items.length})</h3>
            {items.length === 0 ? <p className="utrecht-paragraph">Voor geen enkele {enkelvoud} verandert er iets.</p> : (
              <ul className="watals__items">
                {items.map((i) => (
                  <li key={i.sleutel} className="watals__item" data-sleutel={i.sleutel}>
                    <strong>{i.naam ?? i.sleutel}</strong> <span className="code">{i.sleutel}</span>{i.detail ? ` — ${i.detail}` : ''}
                    {Array.isArray(i.wijzigingen) && i.wijzigingen.length > 0 && (
                      <ul className="watals__wijzigingen">{i.wijzigingen.map((w, k) => <li key={k}>{w}</li>)}</ul>
                    )}
                    {Array.isArray(i.regels) && i.regels.length > 0 && (
                      <ul className="watals__regels">
                        {i.regels.map((r, k) => (
                          <li key={k}>Regel “{r.regel}”: {r.voor ? 'klopte' : 'klopte niet'} → {r.na ? 'klopt' : 'klopt niet'}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
