// Some tasks are completed with a feature's own form (the uitdaagrecht's assessment asks for current spend, quality
// and continuity), not with the generic outcome-and-comment form; the server refuses the generic completion of such a
// task (409). The task DTO says so itself: `formulier` is `{ soort, stap, endpoint, onderwerp }` for an open task that
// has its own form, null otherwise (Features/Taken/TaakFormulier.cs). This maps it to the staff app's page.

const paginas = {
  // onderwerp is the request's API address, /api/uitdaagrecht/{id}; its page shows the open step's form.
  uitdaagrecht: (f) => ({ url: f.onderwerp.replace(/^\/api\//, '/app/'), naam: 'het formulier van het uitdaagrecht' }),
};

/** Where this task must be completed, or null when the generic task form will do. */
export function taakFormulier(taak) {
  const f = taak?.formulier;
  if (!f) return null;
  const pagina = paginas[f.soort];
  // A kind of form this app has no page for: the generic task page, which says the server expects that form.
  return pagina ? pagina(f) : null;
}
