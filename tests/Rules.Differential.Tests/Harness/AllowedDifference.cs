namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// The differences from RulesEngine 6.0.1 we accept, one per entry of docs/rules.md "Differences from
/// RulesEngine"; <see cref="DocumentedAsAttribute"/> gives the entry's number (a test checks the two
/// lists agree). The comparer puts a disagreement under one of these only when it has exactly that
/// shape; anything else is unlisted and fails the differential tests.
/// </summary>
public enum AllowedDifference
{
    /// <summary>A failed child rule gets its formatted ErrorMessage too (upstream: top level only, "" for children).</summary>
    [DocumentedAs(1)]
    ChildErrorMessageFormatted,

    /// <summary>A date in a <c>$(…)</c> placeholder prints as <c>dd-MM-yyyy</c> (upstream: ISO 8601 from System.Text.Json).</summary>
    [DocumentedAs(2)]
    PlaceholderDateFormat,

    /// <summary>An invalid workflow is returned as located diagnostics instead of a thrown RuleValidationException.</summary>
    [DocumentedAs(4)]
    InvalidWorkflowReturnedAsDiagnostics,

    /// <summary>
    /// Explanations are ours, in Dutch: after the upstream prefix of a result message (<c>Exception while parsing expression `…` - </c>
    /// and the others), in action exceptions, and in the ArgumentException for an unknown workflow or rule.
    /// </summary>
    [DocumentedAs(11)]
    ExplanationInDutch,

    /// <summary>With EnableExceptionAsErrorMessage false, a run-time error throws a RuleException whose message says what failed (upstream: empty).</summary>
    [DocumentedAs(12)]
    ThrownRuleExceptionExplains,

    /// <summary>An EvaluateRule action does not pass the caller's global parameters to the target (upstream: they collide with the target's own and the action fails).</summary>
    [DocumentedAs(13)]
    EvaluateRuleRecomputesTargetGlobals,

    /// <summary>
    /// A value upstream only knows as <c>object</c> — a JSON null field, an element of an empty JSON list, a member declared
    /// object: upstream refuses operators, methods and using it as true/false when it compiles the rule (for that input);
    /// ours binds it late and looks at the value when the rule runs.
    /// </summary>
    [DocumentedAs(14)]
    UnknownTypeBoundLate,

    /// <summary>
    /// <c>Sum()</c>/<c>Average()</c> without a selector on a list, and <c>Contains(x)</c> with x of another number type: Dynamic LINQ
    /// 1.6.2 finds no matching Enumerable method and the rule does not compile; ours binds them as C# does.
    /// </summary>
    [DocumentedAs(15)]
    LinqMethodUpstreamCannotBind,

    /// <summary>
    /// Numbers follow C# where Dynamic LINQ 1.6.2 refuses: arithmetic and comparison of a nullable with another number type
    /// (<c>int? * 2.5</c>), <c>?:</c> branches of different number types (<c>c ? 7L : 8</c>), <c>??</c> with a fallback of another type.
    /// </summary>
    [DocumentedAs(16)]
    NumericPromotionAsCSharp,

    /// <summary>
    /// A JSON list of records whose number field is whole in one record and fractional in another (prices 46 and 46.5): upstream
    /// types the list by its first record and cannot take the input (ArgumentException); ours reads it.
    /// </summary>
    [DocumentedAs(17)]
    JsonListMixingWholeAndFractionalNumbers,

    /// <summary>
    /// <c>HasValue</c>/<c>Value</c> on a value read from JSON: ours tells whether there is a value and gives it; upstream's JSON
    /// values are never nullable types, so Dynamic LINQ finds no such member and the rule does not compile.
    /// </summary>
    [DocumentedAs(18)]
    HasValueOnJsonValue,
}

/// <summary>The number of the docs/rules.md entry that describes an <see cref="AllowedDifference"/>.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DocumentedAsAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}
