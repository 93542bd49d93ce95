// Tab "Logboek": the audit trail of this rule set (read-only). The server links every entry to the one before it with a
// hash; `intact` says whether that chain is complete and unchanged.
import { useEffect, useState } from 'react';
import { Alert, Loading, ScrollRegio } from '../common.jsx';
import { formatDateTime } from '../api.js';
import { regelsApi } from './regelsApi.js';

const cel = 'utrecht-table__cell';
const kopCel = 'utrecht-table__header-cell';
const ACTIE = { 'geïmporteerd': 'Geïmporteerd uit bestand', gepubliceerd: 'Gepubliceerd', teruggezet: 'Teruggezet' };

export default function LogboekPanel({ naam, tick }) {
  const [staat, setStaat] = useState({ laden: true, data: null, fout: null });
  useEffect(() => {
    let weg = false;
    setStaat((s) => ({ ...s, laden: true, fout: null }));
    regelsApi.audit(naam).then(
      (data) => !weg && setStaat({ laden: false, data, fout: null }),
      (fout) => !weg && setStaat({ laden: false, data: null, fout }),
    );
    return () => { weg = true; };
  }, [naam, tick]);

  const regels = Array.isArray(staat.data?.regels) ? staat.data.regels : [];
  return (
    <div className="logboek-paneel">
      <h2 className="utrecht-heading-2">Logboek</h2>
      <p className="utrecht-paragraph">Wie wanneer welke versie in gebruik nam, de nieuwste bovenaan. Het logboek kan niet worden gewijzigd.</p>
      {staat.laden && !staat.data && <Loading what="Het logboek" />}
      {staat.fout && <Alert>Het logboek kon niet worden geladen: {staat.fout.message}</Alert>}
      {staat.data && (staat.data.intact ? (
        <Alert type="ok"><span data-testid="logboek-intact" data-intact="true"><span aria-hidden="true">✓ </span>Het logboek is volledig en ongewijzigd.</span></Alert>
      ) : (
        <Alert type="error">
          <span data-testid="logboek-intact" data-intact="false"><strong>Let op: het logboek is niet meer volledig of is gewijzigd.</strong> De keten van controlegetallen klopt niet. Meld dit bij functioneel beheer.</span>
        </Alert>
      ))}
      {staat.data && regels.length === 0 && <p className="utrecht-paragraph">Het logboek is nog leeg.</p>}
      {regels.length > 0 && (
        <ScrollRegio label="Logboek (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table logboektabel">
            <caption className="utrecht-table__caption visueel-verborgen">Logboek van de regelset {naam}</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              <th className={kopCel} scope="col">Nr.</th>
              <th className={kopCel} scope="col">Op</th>
              <th className={kopCel} scope="col">Door</th>
              <th className={kopCel} scope="col">Actie</th>
              <th className={kopCel} scope="col">Versie</th>
              <th className={kopCel} scope="col">Toelichting</th>
              <th className={kopCel} scope="col">Controlegetal</th>
            </tr></thead>
            <tbody className="utrecht-table__body">
              {regels.map((r) => (
                <tr className="utrecht-table__row" key={r.volgnummer}>
                  <td className={`${cel} utrecht-table__cell--numeric`}>{r.volgnummer}</td>
                  <td className={cel}>{formatDateTime(r.op)}</td>
                  <td className={cel}>{r.door ?? '—'}</td>
                  <td className={cel}>{ACTIE[r.actie] ?? r.actie}</td>
                  <td className={cel}>{r.versie ?? '—'}{r.vorigeVersie ? ` (was ${r.vorigeVersie})` : ''}</td>
                  <td className={cel}>{r.toelichting || '—'}</td>
                  <td className={cel}><code title={r.hash}>{r.hash ? String(r.hash).slice(0, 12) : '—'}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegio>
      )}
    </div>
  );
}
