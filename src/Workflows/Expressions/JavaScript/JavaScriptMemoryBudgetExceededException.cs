namespace Participatie.Workflows.Expressions.JavaScript;

/// <summary>
/// Thrown where the evaluator, not Jint, notices a memory-budget breach. It is not a Jint error, so a script's
/// <c>try/catch</c> cannot swallow it: it ends the evaluation like Jint's own budget breaches.
/// </summary>
internal sealed class JavaScriptMemoryBudgetExceededException() : Exception("JavaScript memory budget exceeded.");
