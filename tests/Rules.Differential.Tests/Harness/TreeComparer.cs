using System.Text.RegularExpressions;

namespace Participatie.Rules.Differential.Tests.Harness;

/// <summary>
/// Compares what the two engines did with one scenario — thrown exceptions, and per rule (children
/// included) the name, success, message, action output and action exception — and puts every
/// disagreement it can explain under one of the <see cref="AllowedDifference"/> kinds.
/// </summary>
public static partial class TreeComparer
{
    public static IReadOnlyList<Difference> Compare(RunOutcome ours, RunOutcome upstream, Scenario scenario)
    {
        var differences = new List<Difference>();
        var runs = Math.Min(ours.Runs.Count, upstream.Runs.Count);
        for (var run = 0; run < runs; run++)
        {
            CompareLists(ours.Runs[run], upstream.Runs[run], scenario.Runs > 1 ? $"run {run + 1}" : string.Empty, 0, differences, scenario);
        }
        if (upstream.Thrown == ThrownKind.InputRejected && ours.Thrown is null
            && scenario.Inputs.Any(i => MixedWholeAndFractional().IsMatch(i.Description)))
        {
            // upstream types a JSON list of records by the first record; a whole number there and a fractional one later fail
            differences.Add(new Difference(scenario.Name, "thrown", Describe(ours), Describe(upstream), AllowedDifference.JsonListMixingWholeAndFractionalNumbers));
            return differences;
        }
        if (ours.Runs.Count != upstream.Runs.Count || ours.Thrown != upstream.Thrown)
        {
            var allowed = ours.Thrown == ThrownKind.RegistrationRefused && upstream.Thrown == ThrownKind.RegistrationRefused
                ? AllowedDifference.InvalidWorkflowReturnedAsDiagnostics
                : (AllowedDifference?)null;
            differences.Add(new Difference(scenario.Name, "thrown",
                Describe(ours), Describe(upstream), ours.Thrown == upstream.Thrown && ours.Runs.Count == upstream.Runs.Count ? allowed : null));
        }
        else if (ours.Thrown is { } kind && kind == ThrownKind.RegistrationRefused)
        {
            // Same outcome, told differently: upstream throws RuleValidationException, we return located diagnostics.
            differences.Add(new Difference(scenario.Name, "thrown", ours.ThrownMessage, upstream.ThrownMessage, AllowedDifference.InvalidWorkflowReturnedAsDiagnostics));
        }
        else if (ours.Thrown is { } thrown && !SameExceptionText(ours.ThrownMessage, upstream.ThrownMessage))
        {
            differences.Add(new Difference(scenario.Name, "thrown message", ours.ThrownMessage, upstream.ThrownMessage,
                ClassifyThrownMessage(thrown, ours.ThrownMessage ?? "", upstream.ThrownMessage ?? "")));
        }
        return EvaluateRuleGlobals(differences, ours, upstream, scenario);
    }

    private static string Describe(RunOutcome outcome) =>
        outcome.Thrown is { } kind ? $"{kind} after {outcome.Runs.Count} run(s): {outcome.ThrownMessage}" : $"{outcome.Runs.Count} run(s), nothing thrown";

    private static bool SameExceptionText(string? ours, string? upstream) => string.Equals(ours, upstream, StringComparison.Ordinal);

    private static void CompareLists(IReadOnlyList<ResultNode> ours, IReadOnlyList<ResultNode> upstream, string path, int depth, List<Difference> differences, Scenario scenario)
    {
        if (ours.Count != upstream.Count)
        {
            differences.Add(new Difference(path, "result count", ours.Count.ToString(), upstream.Count.ToString(), null));
        }
        for (var i = 0; i < Math.Min(ours.Count, upstream.Count); i++)
        {
            CompareNodes(ours[i], upstream[i], $"{path}/{upstream[i].RuleName}", depth, differences, scenario);
        }
    }

    private static void CompareNodes(ResultNode ours, ResultNode upstream, string path, int depth, List<Difference> differences, Scenario scenario)
    {
        if (ours.RuleName != upstream.RuleName)
        {
            differences.Add(new Difference(path, "rule name", ours.RuleName, upstream.RuleName, null));
            return;
        }
        if (ours != upstream && WholeRuleDifference(ours, upstream, scenario) is { } kind)
        {
            // the rule as a whole went another way for a listed reason: what follows from it (success, message, children) is that one difference
            differences.Add(new Difference(path, "whole rule", Summary(ours), Summary(upstream), kind));
            return;
        }
        if (ours.IsSuccess != upstream.IsSuccess)
        {
            differences.Add(new Difference(path, "isSuccess", ours.IsSuccess.ToString(), upstream.IsSuccess.ToString(), null));
        }
        if (ours.ExceptionMessage != upstream.ExceptionMessage)
        {
            differences.Add(new Difference(path, "exceptionMessage", ours.ExceptionMessage, upstream.ExceptionMessage,
                ClassifyMessage(ours.ExceptionMessage, upstream.ExceptionMessage, ours.ErrorMessageTemplate, depth)));
        }
        // An action that upstream could not compile while ours ran: its output and exception differ for that one reason.
        var actionRefusal = ours.ActionException is null
            ? UpstreamOnlyRefusal(upstream.ActionException)
                ?? (UpstreamDynamicAccessOnNull(upstream.ActionException, upstream.Source) ? AllowedDifference.HasValueOnJsonValue : null)
            : null;
        if (ours.ActionOutput != upstream.ActionOutput)
        {
            differences.Add(new Difference(path, "actionOutput", ours.ActionOutput, upstream.ActionOutput, actionRefusal));
        }
        if (ours.ActionException != upstream.ActionException)
        {
            differences.Add(new Difference(path, "actionException", ours.ActionException, upstream.ActionException,
                actionRefusal ?? ClassifyActionException(ours.ActionException, upstream.ActionException)));
        }
        if (ours.Children is null != upstream.Children is null)
        {
            differences.Add(new Difference(path, "childResults", ours.Children is null ? "null" : $"{ours.Children.Count} results",
                upstream.Children is null ? "null" : $"{upstream.Children.Count} results", null));
        }
        else if (ours.Children is not null && upstream.Children is not null)
        {
            CompareLists(ours.Children, upstream.Children, path, depth + 1, differences, scenario);
        }
    }

    /// <summary>
    /// Upstream hands the calling rule's inputs, its global parameters included, to the rule an EvaluateRule action runs;
    /// when that rule's workflow has the same global parameters (always so when a workflow calls its own rule) 6.0.1
    /// refuses them as colliding inputs. Ours recomputes the target's globals instead, so the action runs.
    /// </summary>
    private static List<Difference> EvaluateRuleGlobals(List<Difference> differences, RunOutcome ours, RunOutcome upstream, Scenario scenario)
    {
        var refused = scenario.ActionRule is not null && upstream.Runs.Count > 0 && upstream.Runs[0].Count > 0
            && upstream.Runs[0][^1].ActionException is { } exception
            && exception.StartsWith("Exception while executing EvaluateRuleAction: GlobalParam name '", StringComparison.Ordinal)
            && exception.Contains("' collides with an input RuleParameter of the same name.", StringComparison.Ordinal)
            && ours.Thrown is null && ours.Runs.Count > 0 && ours.Runs[0].Count >= 1 && ours.Runs[0][^1].ActionException is null;
        if (!refused)
        {
            return differences;
        }
        return differences.Select(d => d.Allowed is null && d.Aspect is "result count" or "actionException" or "actionOutput" or "rule name"
            ? d with { Allowed = AllowedDifference.EvaluateRuleRecomputesTargetGlobals }
            : d).ToList();
    }

    private static AllowedDifference? ClassifyThrownMessage(ThrownKind kind, string ours, string upstream)
    {
        // 6.0.1 throws a run-time RuleException with an empty message (the cause only in InnerException); ours says what failed.
        if (kind == ThrownKind.RuleException && upstream.Length == 0 && ours.StartsWith("Error while executing rule : ", StringComparison.Ordinal))
        {
            return AllowedDifference.ThrownRuleExceptionExplains;
        }
        if (kind == ThrownKind.ArgumentException)
        {
            return AllowedDifference.ExplanationInDutch;
        }
        return ClassifyMessage(ours, upstream, null, 0);
    }

    /// <summary>A JSON list in which one number field is written whole ("price":46) in one record and with decimals in another.</summary>
    [GeneratedRegex(@"""(?<field>\w+)"":-?\d+[,}].*""\k<field>"":-?\d+\.\d|""(?<f2>\w+)"":-?\d+\.\d+[,}].*""\k<f2>"":-?\d+[,}]", RegexOptions.Singleline)]
    private static partial Regex MixedWholeAndFractional();

    private static string Summary(ResultNode node) =>
        $"{(node.IsSuccess ? "true" : "false")} «{node.ExceptionMessage}»{(node.Children is null ? "" : $" with {node.Children.Count} children")}";

    /// <summary>A rule whose outcome differs as a whole for a listed reason, recognised by upstream's own message.</summary>
    private static AllowedDifference? WholeRuleDifference(ResultNode ours, ResultNode upstream, Scenario scenario)
    {
        if (UpstreamOnlyRefusal(upstream.ExceptionMessage) is { } kind && !IsCompileError(ours.ExceptionMessage))
        {
            return kind;
        }
        if (ours.ExceptionMessage.Length == 0 && UpstreamDynamicAccessOnNull(upstream.ExceptionMessage, upstream.Source))
        {
            return AllowedDifference.HasValueOnJsonValue;
        }
        return null;
    }

    /// <summary>
    /// Upstream fails on HasValue/Value of a JSON value in two more ways than "No property or field": on an absent member it
    /// reads the member through Dynamic LINQ's dynamic access, which fails when it runs (InvalidOperationException without a
    /// message of its own); <c>x.Value + 1</c> on a JSON number makes Dynamic LINQ 1.6.2 throw an ArgumentException ("Value
    /// cannot be empty"). For HasValue and Value ours answers instead.
    /// </summary>
    private static bool UpstreamDynamicAccessOnNull(string? upstreamMessage, string? source) =>
        upstreamMessage is not null && source is not null
        && (upstreamMessage.EndsWith(" - Operation is not valid due to the current state of the object.", StringComparison.Ordinal)
            || upstreamMessage.EndsWith(" - Value cannot be empty. (Parameter 'name')", StringComparison.Ordinal)
            || upstreamMessage == "Exception while executing OutputExpressionAction: Operation is not valid due to the current state of the object."
            || upstreamMessage == "Exception while executing OutputExpressionAction: Value cannot be empty. (Parameter 'name')")
        && NullableMember().IsMatch(source);

    [GeneratedRegex(@"\.(HasValue|Value)\b")]
    private static partial Regex NullableMember();

    private static bool IsCompileError(string message) =>
        message.StartsWith("Exception while parsing expression", StringComparison.Ordinal) || message.StartsWith("Error while compiling rule", StringComparison.Ordinal);

    /// <summary>
    /// Upstream refused to compile something ours compiles on purpose; the kind says why, from Dynamic LINQ 1.6.2's own words.
    /// </summary>
    public static AllowedDifference? UpstreamOnlyRefusal(string? message)
    {
        if (message is null || UpstreamCompileFailure().Match(message) is not { Success: true } failure)
        {
            return null;
        }
        var detail = failure.Groups["detail"].Value;
        if (ObjectTypedRefusal().IsMatch(detail))
        {
            // Upstream types a JSON null, the elements of an empty JSON list and members declared object as object, and refuses
            // most uses of such a value when it compiles; ours binds them late.
            return AllowedDifference.UnknownTypeBoundLate;
        }
        if (NullableMemberRefusal().IsMatch(detail))
        {
            // HasValue/Value on a JSON value, which upstream types long, double, string, bool or a generated class, never nullable
            return AllowedDifference.HasValueOnJsonValue;
        }
        if (detail.StartsWith("No generic method '", StringComparison.Ordinal) && detail.Contains("' on type 'System.Linq.Enumerable' is compatible", StringComparison.Ordinal))
        {
            // Sum(), Average() without a selector and Contains(x) with x of another numeric type: Dynamic LINQ 1.6.2 finds no method
            return AllowedDifference.LinqMethodUpstreamCannotBind;
        }
        if (NullableOperands().IsMatch(detail) || detail.StartsWith("Both of the types '", StringComparison.Ordinal)
            || detail.StartsWith("Neither of the types '", StringComparison.Ordinal) || detail.StartsWith("Argument types do not match", StringComparison.Ordinal))
        {
            // mixed nullable arithmetic (int? * 2.5), ?: branches of different number types, ?? with a fallback of another type
            return AllowedDifference.NumericPromotionAsCSharp;
        }
        return null;
    }

    [GeneratedRegex(@"^(Exception while parsing expression `.*?` - |Error while compiling rule `[^`]*`: |Exception while executing OutputExpressionAction: )(?<detail>.*)$", RegexOptions.Singleline)]
    private static partial Regex UpstreamCompileFailure();

    /// <summary>
    /// True when upstream's message says Dynamic LINQ refused to compile the expression (one of its parse errors), as opposed
    /// to an error while evaluating it — also inside an action, whose message does not say which.
    /// </summary>
    public static bool IsUpstreamCompileFailure(string? message)
    {
        if (message is null)
        {
            return false;
        }
        if (message.StartsWith("Exception while parsing expression", StringComparison.Ordinal) || message.StartsWith("Error while compiling rule", StringComparison.Ordinal))
        {
            return true;
        }
        return UpstreamCompileFailure().Match(message) is { Success: true } failure && DynamicLinqParseError().IsMatch(failure.Groups["detail"].Value);
    }

    /// <summary>The messages of Dynamic LINQ 1.6.2's ParseException (its Res.cs) and of the expression-tree checks it runs into.</summary>
    [GeneratedRegex(@"^(Ambiguous invocation of |Both of the types '|A value of type '.*' cannot be converted to type '|Enum type '|Expression expected|Expression of type '|The first expression must be of type|Identifier expected|Operator '.*' incompatible with operand type|Types '.*' and '.*' are incompatible|Syntax error|Invalid (integer|real) literal|Method '.*' in type '.*' does not return a value|Method '.*' on type '.*' is not accessible|Neither of the types '|No applicable (indexer|method) |No 'it' is in scope|No matching constructor|Type '.*' not found|Unknown identifier '|No property or field '|No generic method '|Argument types do not match|.* expected$|Expression of type '.*' cannot be used)", RegexOptions.Singleline)]
    private static partial Regex DynamicLinqParseError();

    [GeneratedRegex(@"(exists in type 'Object'|for the types 'System\.Object' and|and 'System\.Object'|incompatible with operand type 'Object'|incompatible with operand types 'Object' and|incompatible with operand types '[^']+' and 'Object'|Expression of type 'Boolean' expected|^The first expression must be of type 'Boolean'$|of type 'System\.Object' cannot be used)")]
    private static partial Regex ObjectTypedRefusal();

    /// <summary>Dynamic LINQ 1.6.2 on <c>x.HasValue</c>/<c>x.Value</c> of a JSON value; <c>x.Value + y</c> it even reads as a type name.</summary>
    [GeneratedRegex(@"^(No property or field '(HasValue|Value)' exists in type '[^']+'|Type 'Value[^']*' not found)$")]
    private static partial Regex NullableMemberRefusal();

    [GeneratedRegex(@"^Operator '[^']+' incompatible with operand types '([^']+\?' and '[^']+|[^']+' and '[^']+\?)'")]
    private static partial Regex NullableOperands();

    // ------------------------------------------------------------------ messages

    /// <summary>The prefixes upstream puts before an explanation; consumers match on them, so ours keeps them exactly.</summary>
    [GeneratedRegex(@"^(Exception while parsing expression `.*?` - |Error while compiling rule `[^`]*`: |Error while executing scoped params for rule `[^`]*` - |Error while executing rule : .*? - )", RegexOptions.Singleline)]
    private static partial Regex UpstreamPrefix();

    [GeneratedRegex(@"\$\((.*?)\)")]
    private static partial Regex Placeholder();

    public static AllowedDifference? ClassifyMessage(string ours, string upstream, string? template, int depth)
    {
        if (upstream.Length == 0 && ours.Length > 0 && depth > 0 && template is not null)
        {
            return AllowedDifference.ChildErrorMessageFormatted;
        }
        if (UpstreamPrefix().Match(upstream) is { Success: true } prefix && ours.StartsWith(prefix.Value, StringComparison.Ordinal))
        {
            return AllowedDifference.ExplanationInDutch;
        }
        if (template is not null && ClassifyPlaceholders(ours, upstream, template) is { } placeholder)
        {
            return placeholder;
        }
        return null;
    }

    /// <summary>
    /// Both messages come from the same ErrorMessage template: the literal text must agree, and every placeholder
    /// value that differs must differ in a listed way.
    /// </summary>
    private static AllowedDifference? ClassifyPlaceholders(string ours, string upstream, string template)
    {
        var pattern = "^" + Placeholder().Replace(Regex.Escape(template).Replace(@"\$\(", "$(", StringComparison.Ordinal).Replace(@"\)", ")", StringComparison.Ordinal), "(.*?)") + "$";
        Match oursMatch, upstreamMatch;
        try
        {
            oursMatch = Regex.Match(ours, pattern, RegexOptions.Singleline);
            upstreamMatch = Regex.Match(upstream, pattern, RegexOptions.Singleline);
        }
        catch (ArgumentException)
        {
            return null;
        }
        if (!oursMatch.Success || !upstreamMatch.Success || oursMatch.Groups.Count != upstreamMatch.Groups.Count)
        {
            return null;
        }
        AllowedDifference? kind = null;
        for (var g = 1; g < oursMatch.Groups.Count; g++)
        {
            var o = oursMatch.Groups[g].Value;
            var u = upstreamMatch.Groups[g].Value;
            if (o == u)
            {
                continue;
            }
            if (IsDutchDate(o) && IsIsoDate(u))
            {
                kind = AllowedDifference.PlaceholderDateFormat;
                continue;
            }
            return null;
        }
        return kind;
    }

    [GeneratedRegex(@"^\d{2}-\d{2}-\d{4}( \d{2}:\d{2})?$")]
    private static partial Regex DutchDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDate();

    private static bool IsDutchDate(string text) => DutchDate().IsMatch(text);

    private static bool IsIsoDate(string text) => IsoDate().IsMatch(text);

    private static AllowedDifference? ClassifyActionException(string? ours, string? upstream) =>
        ours is not null && upstream is not null ? AllowedDifference.ExplanationInDutch : null;
}
