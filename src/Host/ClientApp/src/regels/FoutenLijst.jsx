// The server's fouten (Fout: code, ernst, bericht, workflow, regel, veld, regelnummer, kolom, tekst) as a readable list.
import { isFout, foutenSamenvatting } from './regelsApi.js';

export const ernstTekst = (f) => (isFout(f) ? 'Fout' : 'Waarschuwing');

/** "regel 'Genoeg huishoudens', Expression" */
export function foutOnderwerp(f) {
  const delen = [];
  if (f.regel) delen.push(`regel “${f.regel}”`);
  if (f.veld) delen.push(veldTekst(f.veld));
  return delen.join(', ');
}

export function veldTekst(veld) {
  if (!veld) return '';
  if (veld === 'Expression') return 'voorwaarde (expressie)';
  if (veld === 'SuccessEvent') return 'uitleg als de regel klopt';
  if (veld === 'ErrorMessage') return 'uitleg als de regel niet klopt';
  if (veld === 'RuleName') return 'naam';
  if (veld === 'Operator') return 'combinatie';
  const m = /^(GlobalParams|LocalParams)\[(.*)\]$/.exec(veld);
  if (m) return `${m[1] === 'GlobalParams' ? 'parameter' : 'eigen parameter'} “${m[2]}”`;
  return veld;
}

/**
 * Fouten of a whole document. `onKies(f)` makes the line:column a button (jump to the place in the JSON editor).
 * `live`: announce changes politely (the list updates while typing).
 */
export function FoutenLijst({ fouten, titel, onKies, toonTekst = false, leegTekst = 'Geen fouten gevonden.', id }) {
  if (!fouten) return null;
  if (fouten.length === 0) return <p className="utrecht-paragraph regelfouten regelfouten--leeg" id={id}><span aria-hidden="true">✓ </span>{leegTekst}</p>;
  return (
    <div className="regelfouten" id={id}>
      <p className="utrecht-paragraph regelfouten__kop"><strong>{titel ? `${titel}: ` : ''}{foutenSamenvatting(fouten)}</strong></p>
      <ul className="regelfouten__lijst">
        {fouten.map((f, i) => (
          <li key={i} className={`regelfout regelfout--${isFout(f) ? 'fout' : 'waarschuwing'}`} data-code={f.code ?? ''}>
            <span className="regelfout__ernst">{ernstTekst(f)}</span>{' '}
            {f.regelnummer ? (onKies
              ? <button type="button" className="linkknop regelfout__plek" onClick={() => onKies(f)}>{f.regelnummer}:{f.kolom ?? 1}<span className="visueel-verborgen"> (regel {f.regelnummer}, kolom {f.kolom ?? 1}, ga naar deze plek)</span></button>
              : <span className="regelfout__plek">{f.regelnummer}:{f.kolom ?? 1}</span>) : null}
            {f.regelnummer ? ' ' : ''}
            {toonTekst && f.tekst ? <span className="regelfout__tekst">{f.tekst}</span> : (
              <>
                {f.code && <code className="regelfout__code">{f.code}</code>} {f.bericht ?? f.tekst}
                {foutOnderwerp(f) && <span className="regelfout__onderwerp"> — {foutOnderwerp(f)}</span>}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
