// /app/regels — the rule sets: what is in use, and whether someone is working on a draft.
import { useApi, ApiState, PageHeading, ScrollRegio } from '../common.jsx';
import { formatDateTime } from '../api.js';
import { Link } from '../router.jsx';
import { invoerMeervoud } from './regelsApi.js';

const cel = 'utrecht-table__cell';
const kopCel = 'utrecht-table__header-cell';

function Concept({ concept }) {
  if (!concept) return <span>Geen concept</span>;
  return (
    <>
      <span>Revisie {concept.revisie}{concept.basisVersie ? `, op basis van versie ${concept.basisVersie}` : ''}</span>{' '}
      {concept.geldig
        ? <span className="badge badge--ok">zonder fouten</span>
        : <span className="badge badge--danger">{concept.aantalFouten ? `${concept.aantalFouten} ${concept.aantalFouten === 1 ? 'fout' : 'fouten'}` : 'met fouten'}</span>}
      <div className="regelsets__wie">door {concept.door ?? 'onbekend'}, {formatDateTime(concept.op)}</div>
    </>
  );
}

export default function RegelsPage() {
  const lijst = useApi('/api/regels');
  const sets = Array.isArray(lijst.data) ? lijst.data : [];
  return (
    <>
      <PageHeading>Regels</PageHeading>
      <p className="utrecht-paragraph">
        Hier beheert u de regels waarmee de gemeente buurten selecteert en initiatieven beoordeelt en doorstuurt. U werkt in een concept;
        pas na publiceren gebruikt de gemeente de nieuwe regels. Elke versie en elke publicatie wordt vastgelegd.
      </p>
      <ApiState state={lijst} what="Regelsets" />
      {lijst.data && sets.length === 0 && <p className="utrecht-paragraph">Er zijn geen regelsets.</p>}
      {sets.length > 0 && (
        <ScrollRegio label="Regelsets (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table regelsets">
            <caption className="utrecht-table__caption visueel-verborgen">Regelsets</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              <th className={kopCel} scope="col">Regelset</th>
              <th className={kopCel} scope="col">Omschrijving</th>
              <th className={kopCel} scope="col">In gebruik</th>
              <th className={kopCel} scope="col">Concept</th>
            </tr></thead>
            <tbody className="utrecht-table__body">
              {sets.map((s) => (
                <tr className="utrecht-table__row" key={s.naam} data-regelset={s.naam}>
                  <th className={kopCel} scope="row">
                    <Link to={`/app/regels/${encodeURIComponent(s.naam)}`}>{s.naam}</Link>
                    {s.invoer && <div className="regelsets__wie">beoordeelt {invoerMeervoud(s.invoer)}</div>}
                  </th>
                  <td className={cel}>{s.omschrijving || '—'}</td>
                  <td className={cel}>
                    {s.gepubliceerd ? (
                      <>
                        <span>Versie {s.gepubliceerd.nummer}</span>
                        <div className="regelsets__wie">door {s.gepubliceerd.door ?? 'onbekend'}, {formatDateTime(s.gepubliceerd.op)}</div>
                        {s.gepubliceerd.toelichting && <div className="regelsets__toelichting">{s.gepubliceerd.toelichting}</div>}
                      </>
                    ) : 'Nog niet gepubliceerd'}
                  </td>
                  <td className={cel}><Concept concept={s.concept} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegio>
      )}
    </>
  );
}
