// A difference between two versions: readable sentences, and (collapsible) the line diff with + and − markers.
import { useEffect, useState } from 'react';
import { Alert, Loading } from '../common.jsx';
import { regelsApi } from './regelsApi.js';

const SOORT = { toegevoegd: 'Toegevoegd', verwijderd: 'Verwijderd', gewijzigd: 'Gewijzigd' };
const MARKERING = { '+': '+', '-': '−', ' ': ' ' };

export function VerschilWeergave({ verschil, regelsOpen = false, kopNiveau = 3 }) {
  const Kop = `h${kopNiveau}`;
  const wijzigingen = verschil?.wijzigingen ?? [];
  const regels = verschil?.regels ?? [];
  const erbij = regels.filter((r) => r.soort === '+').length;
  const eraf = regels.filter((r) => r.soort === '-').length;
  return (
    <div className="verschil">
      <Kop className={`utrecht-heading-${Math.min(kopNiveau, 4)} verschil__kop`}>Verschil {verschil?.van ? `van ${verschil.van} ` : ''}{verschil?.naar ? `naar ${verschil.naar}` : ''}</Kop>
      {wijzigingen.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn geen inhoudelijke verschillen.</p>
      ) : (
        <ul className="verschil__wijzigingen">
          {wijzigingen.map((w, i) => (
            <li key={i} className={`wijziging wijziging--${w.soort}`}>
              <span className="wijziging__soort">{SOORT[w.soort] ?? w.soort}:</span> {w.tekst ?? `${w.pad ?? ''}${w.veld ? ` (${w.veld})` : ''}`}
            </li>
          ))}
        </ul>
      )}
      {regels.length > 0 && (
        <details className="verschil__regels" open={regelsOpen}>
          <summary>Regel voor regel in de JSON ({erbij} {erbij === 1 ? 'regel' : 'regels'} erbij, {eraf} eraf)</summary>
          <p className="utrecht-paragraph verschil__legenda">Regels met + zijn toegevoegd, regels met − zijn verwijderd.</p>
          <pre className="regeldiff" tabIndex={0} aria-label="Verschil regel voor regel">
            {regels.map((r, i) => (
              <span key={i} className={`regeldiff__regel regeldiff__regel--${r.soort === '+' ? 'erbij' : r.soort === '-' ? 'eraf' : 'gelijk'}`}>
                {r.soort === '+' && <span className="visueel-verborgen">toegevoegd: </span>}
                {r.soort === '-' && <span className="visueel-verborgen">verwijderd: </span>}
                <span aria-hidden="true">{MARKERING[r.soort] ?? ' '} </span>{r.tekst}{'\n'}
              </span>
            ))}
          </pre>
        </details>
      )}
    </div>
  );
}

/** Loads GET verschil?van=&naar= and shows it. `sleutel` reloads. */
export function Verschil({ naam, van, naar, sleutel, kopNiveau, leeg }) {
  const [staat, setStaat] = useState({ laden: true, data: null, fout: null });
  useEffect(() => {
    let weg = false;
    setStaat((s) => ({ ...s, laden: true, fout: null }));
    regelsApi.verschil(naam, { van, naar }).then(
      (data) => !weg && setStaat({ laden: false, data, fout: null }),
      (fout) => !weg && setStaat({ laden: false, data: null, fout }),
    );
    return () => { weg = true; };
  }, [naam, van, naar, sleutel]);
  if (staat.laden && !staat.data) return <Loading what="De verschillen" />;
  if (staat.fout) return staat.fout.status === 404 && leeg ? <p className="utrecht-paragraph">{leeg}</p> : <Alert>Het verschil kan niet worden getoond: {staat.fout.message}</Alert>;
  return <VerschilWeergave verschil={staat.data} kopNiveau={kopNiveau} />;
}
