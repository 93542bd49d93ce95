// Some tasks are completed with a feature's own form (the uitdaagrecht's assessment asks for current spend, quality
// and continuity), not with the generic outcome-and-comment form. This decides where a task is completed.
//
// The task DTO is meant to say so itself (a field such as `formulierUrl`, or `formulier` with a url); until it does,
// the task's workflow instance tells: the uitdaagrecht starts its workflow as instance `uitdaagrecht-{verzoekId}`
// (UitdaagrechtService.StartAsync). Once the server sends the field, it wins and the heuristic below is only a fallback.

const heuristieken = [
  {
    // The uitdaagrecht workflow's tasks: assessment, decision, agreement, evaluation.
    patroon: /^uitdaagrecht-(\d+)$/,
    formulier: (m) => ({ url: `/app/uitdaagrecht/${m[1]}`, naam: 'het formulier van het uitdaagrecht' }),
  },
];

/** Where this task must be completed, or null when the generic task form will do. */
export function taakFormulier(taak) {
  if (!taak) return null;
  const vanServer = taak.formulierUrl ?? (typeof taak.formulier === 'object' ? taak.formulier?.url : null);
  if (vanServer) return { url: vanServer, naam: taak.formulier?.naam ?? 'een eigen formulier' };
  const instantie = taak.workflowInstanceId ?? '';
  for (const h of heuristieken) {
    const m = instantie.match(h.patroon);
    if (m) return h.formulier(m);
  }
  return null;
}
