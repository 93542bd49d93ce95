import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import '@xyflow/react/dist/style.css';
import './app.css';
import { StrictMode, Suspense, lazy, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, useRouter, match, Link } from './router.jsx';
import { api } from './api.js';
import { Button } from './common.jsx';
import TakenPage from './pages/TakenPage.jsx';
import TaakPage from './pages/TaakPage.jsx';
import InitiatievenPage from './pages/InitiatievenPage.jsx';
import InitiatiefPage from './pages/InitiatiefPage.jsx';
import BuurtenPage from './pages/BuurtenPage.jsx';
import BurgerberaadPage, { BurgerberadenPage } from './pages/BurgerberaadPage.jsx';
import ProgrammaPage from './pages/ProgrammaPage.jsx';
import WorkflowsPage from './pages/WorkflowsPage.jsx';
import DesignerPage from './designer/DesignerPage.jsx';
import InstancesPage from './designer/InstancesPage.jsx';
import BuurtbudgetRondesPage from './pages/BuurtbudgetRondesPage.jsx';
import BuurtbudgetRondePage from './pages/BuurtbudgetRondePage.jsx';
import UitdaagrechtPage, { UitdaagrechtLijstPage } from './pages/UitdaagrechtPage.jsx';
import UitwisselingPage, { uitwisselingRollen } from './pages/UitwisselingPage.jsx';

// The rules editor (CodeMirror) is only loaded when someone opens it.
const RegelsPage = lazy(() => import('./regels/RegelsPage.jsx'));
const RegelsetPage = lazy(() => import('./regels/RegelsetPage.jsx'));

const routes = [
  ['/app/taken', TakenPage],
  ['/app/taken/:id', TaakPage],
  ['/app/initiatieven', InitiatievenPage],
  ['/app/initiatieven/:id', InitiatiefPage],
  ['/app/buurten', BuurtenPage],
  ['/app/programma', ProgrammaPage],
  ['/app/workflows', WorkflowsPage],
  ['/app/workflows/:definitionId', DesignerPage],
  ['/app/workflows/:definitionId/instanties', InstancesPage],
  ['/app/workflows/:definitionId/instanties/:instanceId', InstancesPage],
  ['/app/regels', RegelsPage],
  ['/app/regels/:naam', RegelsetPage],
  ['/app/burgerberaad', BurgerberadenPage],
  ['/app/burgerberaad/:id', BurgerberaadPage],
  ['/app/buurtbudget', BuurtbudgetRondesPage],
  ['/app/buurtbudget/:id', BuurtbudgetRondePage],
  ['/app/uitdaagrecht', UitdaagrechtLijstPage],
  ['/app/uitdaagrecht/:id', UitdaagrechtPage],
  ['/app/uitwisseling', UitwisselingPage],
];

const menu = [
  ['/app/taken', 'Taken'],
  ['/app/initiatieven', 'Initiatieven'],
  ['/app/buurten', 'Buurten'],
  ['/app/programma', 'Programma'],
  ['/app/workflows', 'Workflows'],
  ['/app/regels', 'Regels', ['beleid', 'beheer']],
  ['/app/burgerberaad', 'Burgerberaad', ['beleid', 'beheer']],
  // The roles of each feature's API policy (BuurtbudgetBeheerApi: beleid; UitdaagrechtApi; UitwisselingApi).
  ['/app/buurtbudget', 'Buurtbudget', ['beleid', 'beheer']],
  ['/app/uitdaagrecht', 'Uitdaagrecht', ['wijkcoordinator', 'afdeling', 'beleid', 'beheer']],
  ['/app/uitwisseling', 'Uitwisseling', uitwisselingRollen],
];

/** Menu items with roles are only shown to staff with one of those roles. */
const zichtbaar = (rollen, me) => !rollen || !!me?.rollen?.some((r) => rollen.includes(r));

function useMe() {
  const [me, setMe] = useState(null);
  useEffect(() => { api('/api/auth/me').then(setMe, () => setMe(null)); }, []);
  return me;
}

function App() {
  const { path, navigate } = useRouter();
  const me = useMe();
  const normalized = path.replace(/\/+$/, '') || '/app';
  useEffect(() => {
    if (normalized === '/app') navigate('/app/taken', { replace: true });
  }, [normalized, navigate]);

  let page = null;
  for (const [pattern, Component] of routes) {
    const params = match(pattern, normalized);
    if (params) {
      page = <Component key={pattern} params={params} me={me} />;
      break;
    }
  }

  // After client-side navigation, move focus to the new page heading for screen-reader and keyboard users.
  useEffect(() => {
    const heading = document.getElementById('paginatitel');
    if (heading && document.activeElement === document.body) heading.focus({ preventScroll: true });
  }, [normalized]);

  const logout = async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
    location.href = '/login';
  };

  return (
    <div className="app">
      <a className="skip-link" href="#inhoud">Naar de inhoud</a>
      <header className="app-header">
        <div className="app-header__brand"><Link to="/app/taken" className="merk">Participatie</Link> <span>medewerkers</span></div>
        <div className="app-header__user">
          {me && <span>Ingelogd als <strong>{me.naam ?? me.gebruikersnaam}</strong>{me.rollen?.length ? ` (${me.rollen.join(', ')})` : ''}</span>}
          <Button variant="subtle" onClick={logout}>Uitloggen</Button>
        </div>
      </header>
      <nav className="app-nav" aria-label="Hoofdmenu">
        <ul>
          {menu.filter(([, , rollen]) => zichtbaar(rollen, me)).map(([to, label]) => {
            const current = normalized === to || normalized.startsWith(`${to}/`);
            return (
              <li key={to}>
                <Link to={to} className={`utrecht-link utrecht-link--html-a${current ? ' utrecht-link--current' : ''}`} aria-current={current ? 'page' : undefined}>{label}</Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="inhoud" className="app-main">
        <Suspense fallback={<p className="utrecht-paragraph laden" role="status">De pagina wordt geladen…</p>}>
        {page ?? (
          <>
            <h1 className="utrecht-heading-1" id="paginatitel" tabIndex={-1}>Pagina niet gevonden</h1>
            <p className="utrecht-paragraph">Dit adres bestaat niet. <Link to="/app/taken">Naar de taken</Link>.</p>
          </>
        )}
        </Suspense>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <RouterProvider><App /></RouterProvider>
  </StrictMode>,
);
