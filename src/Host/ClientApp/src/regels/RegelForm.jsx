// The form view of one rule (recursively with its sub-rules) and of a list of parameters. Every change goes through
// ctx.wijzigDoc(fn) on the parsed file, so fields the form does not show (Actions, Properties, …) are kept.
import { memo, useMemo } from 'react';
import { Button } from '../common.jsx';
import ExpressieEditor from './ExpressieEditor.jsx';
import { isFout, foutenSamenvatting } from './regelsApi.js';
import {
  sleutel, wijzigRegel, wijzigRegels, zetVeld, wijzigLijst, vervang, verplaats, uniekeNaam, alleRegelnamen, workflowsVan,
  isSamengesteld, naarSamengesteld, naarExpressie, BEKENDE_VELDEN, veldNaam, foutenVoorRegel, GEEN,
} from './regelDoc.js';

export const OPERATOREN = [
  ['And', 'Alle subregels moeten kloppen (En)'],
  ['Or', 'Minstens één subregel moet kloppen (Of)'],
  ['AndAlso', 'Alle subregels moeten kloppen; stop bij de eerste die niet klopt (EnOok)'],
  ['OrElse', 'Minstens één subregel moet kloppen; stop bij de eerste die klopt (OfAnders)'],
];

const PAD_SCHEIDING = '\u0001';
const kopNiveau = (n) => `h${Math.max(2, Math.min(n, 6))}`;

function Meldingen({ fouten, id }) {
  if (!fouten.length) return null;
  return (
    <ul className="veldfouten" id={id}>
      {fouten.map((f, i) => (
        <li key={i} className={`veldfout veldfout--${isFout(f) ? 'fout' : 'waarschuwing'}`}>
          <strong>{isFout(f) ? 'Fout' : 'Waarschuwing'}:</strong> {f.bericht ?? f.tekst}{f.code && <span className="code"> ({f.code})</span>}
        </li>
      ))}
    </ul>
  );
}

function TekstVeld({ id, label, waarde, onWijzig, fouten = GEEN, uitleg, meerregelig = false, verplicht = false }) {
  const foutId = `${id}-fout`;
  const uitlegId = uitleg ? `${id}-uitleg` : null;
  const beschreven = [uitlegId, fouten.length ? foutId : null].filter(Boolean).join(' ') || undefined;
  const ongeldig = fouten.some(isFout);
  const Invoer = meerregelig ? 'textarea' : 'input';
  return (
    <div className={`utrecht-form-field veld${ongeldig ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={id}>{label}</label></div>
      {uitleg && <div className="utrecht-form-field-description" id={uitlegId}>{uitleg}</div>}
      <div className="utrecht-form-field__input">
        <Invoer id={id} value={waarde ?? ''} aria-required={verplicht || undefined} aria-invalid={ongeldig || undefined} aria-describedby={beschreven}
          className={meerregelig ? `utrecht-textarea utrecht-textarea--html-textarea regelveld${ongeldig ? ' utrecht-textarea--invalid' : ''}` : `utrecht-textbox utrecht-textbox--html-input regelveld${ongeldig ? ' utrecht-textbox--invalid' : ''}`}
          rows={meerregelig ? 2 : undefined} onChange={(e) => onWijzig(e.target.value)} />
      </div>
      <Meldingen fouten={fouten} id={foutId} />
    </div>
  );
}

/**
 * GlobalParams of a workflow or LocalParams of a rule: name + expression, add, remove, move.
 * `soort`: 'GlobalParams' | 'LocalParams'; `foutenVoor(naam)` gives the fouten of one param (stable arrays).
 */
export function ParamLijst({ params, soort, regelpad, regelNaam, foutenVoor, onWijzig, ctx, idBasis }) {
  const lijst = Array.isArray(params) ? params : [];
  const globaal = soort === 'GlobalParams';
  const soortTekst = globaal ? 'parameter' : 'eigen parameter';
  const toevoegenId = `${idBasis}-param-toevoegen`;
  const toevoegen = () => {
    const nieuw = { Name: uniekeNaam(globaal ? 'nieuweParameter' : 'waarde', lijst.map((p) => p?.Name)), Expression: '' };
    const id = sleutel(nieuw);
    onWijzig((ps) => [...ps, nieuw], null);
    ctx.focusNa(`${id}-naam`);
    ctx.meld(`${globaal ? 'Parameter' : 'Eigen parameter'} “${nieuw.Name}” is toegevoegd.`);
  };
  return (
    <div className="params">
      {!globaal && <p className="utrecht-paragraph params__uitleg">Tussenuitkomsten die u bij naam kunt gebruiken in deze regel en de subregels.</p>}
      {lijst.length === 0 && <p className="utrecht-paragraph params__leeg">{globaal ? 'Er zijn geen parameters.' : 'Deze regel heeft geen eigen parameters.'}</p>}
      {lijst.map((p, i) => {
        const pid = sleutel(p);
        const naam = p?.Name ?? '';
        const veld = `${soort}[${naam}]`;
        const fouten = foutenVoor(naam);
        const wijzigParam = (fn, s) => onWijzig((ps) => vervang(ps, i, fn), s ? `${pid}-${s}` : null);
        const verplaatsParam = (richting) => {
          onWijzig((ps) => verplaats(ps, i, richting), null);
          const nieuwePlek = i + richting;
          ctx.focusNa(`${pid}-${nieuwePlek === 0 ? 'omlaag' : nieuwePlek === lijst.length - 1 ? 'omhoog' : richting < 0 ? 'omhoog' : 'omlaag'}`);
          ctx.meld(`${naam} staat nu op plaats ${nieuwePlek + 1} van ${lijst.length}.`);
        };
        const verwijderParam = () => {
          onWijzig((ps) => ps.filter((_, j) => j !== i), null);
          const buur = lijst[i + 1] ?? lijst[i - 1];
          ctx.focusNa(buur ? `${sleutel(buur)}-naam` : toevoegenId);
          ctx.meld(`${globaal ? 'Parameter' : 'Eigen parameter'} “${naam}” is verwijderd. Met “Ongedaan maken” zet u hem terug.`);
        };
        return (
          <fieldset key={pid} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset param" data-param={naam}>
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend param__titel">
              {globaal ? 'Parameter' : 'Eigen parameter'} {naam || `${i + 1} (zonder naam)`}
            </legend>
            <div className="param__velden">
              <TekstVeld id={`${pid}-naam`} label="Naam" waarde={naam} verplicht
                onWijzig={(v) => wijzigParam((x) => ({ ...x, Name: v }), 'naam')} />
              <ExpressieEditor id={`${pid}-expressie`} naam={ctx.naam} haalJson={ctx.haalJson} waarde={typeof p?.Expression === 'string' ? p.Expression : ''}
                label={`Expressie van ${soortTekst} ${naam}${regelNaam ? ` van regel ${regelNaam}` : ''}`} zichtbaarLabel="Expressie"
                testid={globaal ? `param-${naam}` : `lokaal-${regelNaam}-${naam}`} regelpad={regelpad} veld={veld} fouten={fouten}
                onWijzig={(t) => wijzigParam((x) => ({ ...x, Expression: t }), 'expressie')} />
              <div className="knoppenrij knoppenrij--klein param__knoppen">
                <Button id={`${pid}-omhoog`} disabled={i === 0} onClick={() => verplaatsParam(-1)}>Omhoog<span className="visueel-verborgen">: {soortTekst} {naam}</span></Button>
                <Button id={`${pid}-omlaag`} disabled={i === lijst.length - 1} onClick={() => verplaatsParam(1)}>Omlaag<span className="visueel-verborgen">: {soortTekst} {naam}</span></Button>
                <Button className="knop--verwijderen" onClick={verwijderParam}>Verwijderen<span className="visueel-verborgen">: {soortTekst} {naam}</span></Button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <Button id={toevoegenId} onClick={toevoegen}>{globaal ? 'Parameter toevoegen' : 'Eigen parameter toevoegen'}{regelNaam && <span className="visueel-verborgen"> aan {regelNaam}</span>}</Button>
    </div>
  );
}

/** One rule; renders its sub-rules with itself. Memoised: unchanged rules do not re-render while typing elsewhere. */
export const RegelKaart = memo(function RegelKaart({ regel, wi, wf, pad, regelpadTekst, diepte, plaats, aantal, foutIndex, ctx, kopBasis }) {
  const id = sleutel(regel);
  const padArr = useMemo(() => pad.split('.').map(Number), [pad]);
  const regelpad = useMemo(() => regelpadTekst.split(PAD_SCHEIDING), [regelpadTekst]);
  const fouten = foutenVoorRegel(foutIndex, wf, regelpad);
  const perVeld = useMemo(() => {
    const m = new Map();
    for (const f of fouten) {
      const v = f.veld ?? (Number.isInteger(f.expressieStart) ? 'Expression' : '');
      if (!m.has(v)) m.set(v, []);
      m.get(v).push(f);
    }
    return m;
  }, [fouten]);
  const veldFouten = (v) => perVeld.get(v) ?? GEEN;
  const overigeFouten = [...perVeld.entries()].filter(([v]) => !['Expression', 'SuccessEvent', 'ErrorMessage', 'RuleName', 'Operator'].includes(v) && !v.startsWith('LocalParams[')).flatMap(([, l]) => l);

  const naam = regel?.RuleName ?? '';
  const naamTekst = naam || 'Regel zonder naam';
  const samengesteld = isSamengesteld(regel);
  const subregels = Array.isArray(regel?.Rules) ? regel.Rules : [];
  const aan = regel?.Enabled !== false;
  const Kop = kopNiveau(kopBasis + diepte);
  const ouderPad = padArr.slice(0, -1);
  const overig = Object.keys(regel ?? {}).filter((k) => !BEKENDE_VELDEN.has(k));

  const wijzig = (fn, s) => ctx.wijzigDoc((doc) => wijzigRegel(doc, wi, padArr, fn), s ? `${id}-${s}` : null);
  const nieuweNaam = (basis) => uniekeNaam(basis, alleRegelnamen(workflowsVan(ctx.haalDoc())[wi]));

  const verplaatsRegel = (richting) => {
    ctx.wijzigDoc((doc) => wijzigRegels(doc, wi, ouderPad, (rules) => verplaats(rules, plaats, richting)), null);
    const nieuwePlek = plaats + richting;
    ctx.focusNa(`${id}-${nieuwePlek === 0 ? 'omlaag' : nieuwePlek === aantal - 1 ? 'omhoog' : richting < 0 ? 'omhoog' : 'omlaag'}`);
    ctx.meld(`Regel “${naamTekst}” staat nu op plaats ${nieuwePlek + 1} van ${aantal}.`);
  };
  const verwijderRegel = () => {
    const doc = ctx.haalDoc();
    let houder = workflowsVan(doc)[wi];
    for (const i of ouderPad) houder = houder?.Rules?.[i];
    const broers = houder?.Rules ?? [];
    const buur = broers[plaats + 1] ?? broers[plaats - 1];
    ctx.wijzigDoc((d) => wijzigRegels(d, wi, ouderPad, (rules) => rules.filter((_, j) => j !== plaats)), null);
    ctx.focusNa(buur ? `${sleutel(buur)}-kop` : ouderPad.length ? `${sleutel(houder)}-kop` : `wf-${wi}-regel-toevoegen`);
    ctx.meld(`Regel “${naamTekst}” is verwijderd. Met “Ongedaan maken” zet u hem terug.`);
  };
  const subregelToevoegen = () => {
    const nieuw = { RuleName: nieuweNaam('Nieuwe regel'), Expression: '' };
    const nid = sleutel(nieuw);
    wijzig((r) => ({ ...r, Operator: r.Operator ?? 'And', Rules: [...(Array.isArray(r.Rules) ? r.Rules : []), nieuw] }), null);
    ctx.focusNa(`${nid}-naam`);
    ctx.meld(`Subregel “${nieuw.RuleName}” is toegevoegd aan “${naamTekst}”.`);
  };
  const kiesSoort = (soort) => {
    if (soort === 'samengesteld' && !samengesteld) {
      const sub = nieuweNaam(`${naam || 'Regel'} – voorwaarde`);
      wijzig((r) => naarSamengesteld(r, sub), null);
      ctx.meld(`“${naamTekst}” bestaat nu uit subregels; de voorwaarde staat in de subregel “${sub}”.`);
    } else if (soort === 'expressie' && samengesteld && subregels.length === 0) {
      wijzig((r) => naarExpressie(r), null);
    }
  };

  const lokaleFouten = (pnaam) => perVeld.get(`LocalParams[${pnaam}]`) ?? GEEN;
  const foutAantal = fouten.length;

  return (
    <div className={`regelkaart regelkaart--diepte-${Math.min(diepte, 4)}${aan ? '' : ' regelkaart--uit'}${fouten.some(isFout) ? ' regelkaart--fout' : ''}`}
      role="group" aria-labelledby={`${id}-kop`} data-regel={naam} data-regelpad={regelpad.join(' › ')}>
      <Kop className={`utrecht-heading-${diepte === 0 ? 3 : 4} regelkaart__kop`} id={`${id}-kop`} tabIndex={-1}>
        <span className="regelkaart__naam">{naamTekst}</span>
        {!aan && <span className="badge badge--neutral">staat uit</span>}
        {foutAantal > 0 && <span className={`badge ${fouten.some(isFout) ? 'badge--danger' : 'badge--neutral'}`}>{foutenSamenvatting(fouten)}</span>}
      </Kop>
      {regelpad.length > 1 && <p className="regelkaart__pad">Onderdeel van: {regelpad.slice(0, -1).join(' › ')}</p>}
      <Meldingen fouten={overigeFouten} id={`${id}-fouten`} />

      <div className="regelkaart__velden">
        <TekstVeld id={`${id}-naam`} label="Naam van de regel" waarde={naam} verplicht fouten={veldFouten('RuleName')}
          onWijzig={(v) => wijzig((r) => ({ ...r, RuleName: v }), 'naam')} />
        <div className="utrecht-form-field utrecht-form-field--checkbox veld--checkbox">
          <input id={`${id}-aan`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={aan}
            onChange={(e) => { const c = e.target.checked; wijzig((r) => (c ? ('Enabled' in r ? { ...r, Enabled: true } : r) : { ...r, Enabled: false }), null); }} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-aan`}>Regel staat aan<span className="visueel-verborgen">: {naamTekst}</span></label>
        </div>

        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset regelkaart__soort">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Soort regel<span className="visueel-verborgen">: {naamTekst}</span></legend>
          <div className="utrecht-form-field utrecht-form-field--radio veld--radio">
            <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`${id}-soort-expressie`} name={`${id}-soort`} value="expressie"
              checked={!samengesteld} disabled={samengesteld && subregels.length > 0} aria-describedby={samengesteld && subregels.length > 0 ? `${id}-soort-uitleg` : undefined}
              onChange={() => kiesSoort('expressie')} />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-soort-expressie`}>Eén voorwaarde (expressie)</label>
          </div>
          <div className="utrecht-form-field utrecht-form-field--radio veld--radio">
            <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`${id}-soort-samengesteld`} name={`${id}-soort`} value="samengesteld"
              checked={samengesteld} onChange={() => kiesSoort('samengesteld')} />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-soort-samengesteld`}>Samengesteld uit subregels</label>
          </div>
          {samengesteld && subregels.length > 0 && <p className="utrecht-form-field-description" id={`${id}-soort-uitleg`}>Verwijder eerst de subregels om er één voorwaarde van te maken.</p>}
        </fieldset>

        {!samengesteld ? (
          <ExpressieEditor id={`${id}-expressie`} naam={ctx.naam} haalJson={ctx.haalJson} waarde={typeof regel?.Expression === 'string' ? regel.Expression : ''}
            label={`Voorwaarde (expressie) van regel ${naamTekst}`} zichtbaarLabel="Voorwaarde (expressie)" testid={`expressie-${naam}`}
            uitlegId={`${id}-expressie-uitleg`} regelpad={regelpad} veld="Expression" fouten={veldFouten('Expression')}
            voorbeeld={ctx.invoer ? `bijvoorbeeld ${ctx.invoer}.${ctx.invoer === 'buurt' ? 'Huishoudens >= 500' : 'GevraagdBedrag <= 500'}` : undefined}
            onWijzig={(t) => wijzig((r) => ({ ...r, Expression: t }), 'expressie')} />
        ) : (
          <div className="utrecht-form-field veld">
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={`${id}-operator`}>Wanneer klopt deze regel?</label></div>
            <div className="utrecht-form-field__input">
              <select id={`${id}-operator`} className="utrecht-select utrecht-select--html-select" value={regel?.Operator ?? 'And'}
                aria-describedby={veldFouten('Operator').length ? `${id}-operator-fout` : undefined}
                onChange={(e) => { const v = e.target.value; wijzig((r) => ({ ...r, Operator: v }), null); }}>
                {OPERATOREN.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
                {regel?.Operator && !OPERATOREN.some(([k]) => k === regel.Operator) && <option value={regel.Operator}>{regel.Operator}</option>}
              </select>
            </div>
            <Meldingen fouten={veldFouten('Operator')} id={`${id}-operator-fout`} />
          </div>
        )}
        {!samengesteld && <p className="utrecht-form-field-description expressie__uitleg" id={`${id}-expressie-uitleg`}>Ctrl+Spatie toont de gegevens en functies die u kunt gebruiken.</p>}

        <TekstVeld id={`${id}-uitleg-wel`} label="Uitleg als de regel klopt" meerregelig waarde={regel?.SuccessEvent ?? ''} fouten={veldFouten('SuccessEvent')}
          onWijzig={(v) => wijzig((r) => zetVeld(r, 'SuccessEvent', v), 'succes')} />
        <TekstVeld id={`${id}-uitleg-niet`} label="Uitleg als de regel niet klopt" meerregelig waarde={regel?.ErrorMessage ?? ''} fouten={veldFouten('ErrorMessage')}
          uitleg={ctx.invoer ? `Met $(${ctx.invoer}.Naam) zet u een gegeven in de tekst.` : undefined}
          onWijzig={(v) => wijzig((r) => zetVeld(r, 'ErrorMessage', v), 'foutmelding')} />

        <details className="regelkaart__lokaal" open={Array.isArray(regel?.LocalParams) && regel.LocalParams.length > 0}>
          <summary>Eigen parameters ({Array.isArray(regel?.LocalParams) ? regel.LocalParams.length : 0})<span className="visueel-verborgen"> van {naamTekst}</span></summary>
          <ParamLijst params={regel?.LocalParams} soort="LocalParams" regelpad={regelpad} regelNaam={naam} foutenVoor={lokaleFouten} ctx={ctx} idBasis={id}
            onWijzig={(fn, s) => wijzig((r) => wijzigLijst(r, 'LocalParams', fn), s)} />
        </details>

        {overig.length > 0 && (
          <p className="utrecht-paragraph regelkaart__overig">
            Deze regel heeft ook: {overig.map(veldNaam).join(', ')}. Die blijven bewaard; u wijzigt ze in het tabblad JSON.
          </p>
        )}
      </div>

      <div className="knoppenrij knoppenrij--klein regelkaart__acties">
        <Button id={`${id}-omhoog`} disabled={plaats === 0} onClick={() => verplaatsRegel(-1)}>Omhoog<span className="visueel-verborgen">: {naamTekst}</span></Button>
        <Button id={`${id}-omlaag`} disabled={plaats === aantal - 1} onClick={() => verplaatsRegel(1)}>Omlaag<span className="visueel-verborgen">: {naamTekst}</span></Button>
        {samengesteld && <Button onClick={subregelToevoegen}>Subregel toevoegen<span className="visueel-verborgen"> aan {naamTekst}</span></Button>}
        <Button className="knop--verwijderen" onClick={verwijderRegel}>Regel verwijderen<span className="visueel-verborgen">: {naamTekst}</span></Button>
      </div>

      {samengesteld && (
        <div className="regelkaart__subregels">
          {subregels.length === 0 && <p className="utrecht-paragraph">Deze regel heeft nog geen subregels.</p>}
          {subregels.map((sub, j) => (
            <RegelKaart key={sleutel(sub)} regel={sub} wi={wi} wf={wf} pad={`${pad}.${j}`} regelpadTekst={`${regelpadTekst}${PAD_SCHEIDING}${sub?.RuleName ?? ''}`}
              diepte={diepte + 1} plaats={j} aantal={subregels.length} foutIndex={foutIndex} ctx={ctx} kopBasis={kopBasis} />
          ))}
        </div>
      )}
    </div>
  );
});

