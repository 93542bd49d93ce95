using Participatie.Rules.Diagnostics;
using Participatie.Rules.Model;

namespace Participatie.Rules.Loading;

/// <summary>Checks the structure of workflows (names, operators, nesting, parameters, actions) — everything except expression contents.</summary>
internal static class WorkflowValidator
{
    public static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];

    public static List<Diagnostic> Validate(Workflow workflow, ICollection<string> customActions)
    {
        var result = new List<Diagnostic>();
        var name = workflow.WorkflowName;
        void Report(string code, string message, SourcePosition? position, string? rule = null, string? field = null, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            result.Add(new Diagnostic(code, severity, default, message)
            {
                Location = new DiagnosticLocation(workflow.SourceFile, position?.Line, position?.Column, string.IsNullOrEmpty(name) ? null : name, rule, field),
            });

        if (string.IsNullOrWhiteSpace(name))
        {
            Report("RE1101", "De workflow heeft geen naam (WorkflowName).", workflow.Position, field: "WorkflowName");
        }
        if (workflow.Rules.Count == 0 && (workflow.WorkflowsToInject is null || workflow.WorkflowsToInject.Count == 0))
        {
            Report("RE1102", "De workflow heeft geen regels: vul 'Rules' of 'WorkflowsToInject' (Atleast one of Rules or WorkflowsToInject must be not empty).", workflow.Position, field: "Rules");
        }
        CheckParams(workflow.GlobalParams, "GlobalParams", workflow.Position, null, Report);
        CheckRules(workflow.Rules, Report, customActions);
        return result;
    }

    private delegate void Reporter(string code, string message, SourcePosition? position, string? rule = null, string? field = null, DiagnosticSeverity severity = DiagnosticSeverity.Error);

    private static void CheckParams(IReadOnlyList<ScopedParam>? parameters, string field, SourcePosition? position, string? rule, Reporter report)
    {
        if (parameters is null)
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters)
        {
            if (string.IsNullOrWhiteSpace(parameter.Name) || !IsIdentifier(parameter.Name))
            {
                report("RE1109", $"De parameternaam '{parameter.Name}' in {field} is ongeldig: gebruik letters, cijfers en '_' en begin met een letter.", parameter.ExpressionPosition ?? position, rule, field);
            }
            else if (!seen.Add(parameter.Name))
            {
                report("RE1108", $"De parameternaam '{parameter.Name}' komt dubbel voor (duplicate) in {field}.", parameter.ExpressionPosition ?? position, rule, field);
            }
            if (string.IsNullOrWhiteSpace(parameter.Expression))
            {
                report("RE1104", $"De parameter '{parameter.Name}' in {field} heeft geen expressie.", parameter.ExpressionPosition ?? position, rule, field);
            }
        }
    }

    private static bool IsIdentifier(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static void CheckRules(IReadOnlyList<Rule> rules, Reporter report, ICollection<string> customActions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var ruleName = string.IsNullOrEmpty(rule.RuleName) ? null : rule.RuleName;
            if (ruleName is null)
            {
                report("RE1103", "Een regel heeft geen naam (RuleName).", rule.Position, field: "RuleName");
            }
            else if (!names.Add(ruleName))
            {
                report("RE1113", $"De regelnaam '{ruleName}' komt meer dan eens voor op hetzelfde niveau; uitkomsten en EvaluateRule zijn dan niet eenduidig.", rule.Position, ruleName, "RuleName", DiagnosticSeverity.Warning);
            }
            if (rule.RuleExpressionType is { } expressionType && expressionType != "LambdaExpression" && expressionType != "0")
            {
                report("RE1110", $"RuleExpressionType '{expressionType}' is onbekend; alleen 'LambdaExpression' bestaat.", rule.Position, ruleName, "RuleExpressionType");
            }
            var hasChildren = rule.Rules is { Count: > 0 };
            if (rule.Operator is null)
            {
                if (hasChildren)
                {
                    report("RE1105", "De regel heeft onderliggende regels maar geen Operator (And, AndAlso, Or of OrElse) (Cannot use Rules field when Operator is null).", rule.Position, ruleName, "Operator");
                }
                else if (string.IsNullOrWhiteSpace(rule.Expression))
                {
                    report("RE1104", "De regel heeft geen Expression (Expression cannot be null or empty when RuleExpressionType is LambdaExpression).", rule.Position, ruleName, "Expression");
                }
            }
            else
            {
                if (!Operators.Contains(rule.Operator, StringComparer.Ordinal))
                {
                    report("RE1106", $"Operator '{rule.Operator}' is onbekend; kies And, AndAlso, Or of OrElse.", rule.Position, ruleName, "Operator");
                }
                if (!hasChildren)
                {
                    report("RE1107", "De regel heeft een Operator maar geen onderliggende regels in 'Rules' (Atleast one of Rules or WorkflowsToInject must be not empty).", rule.Position, ruleName, "Rules");
                }
                else if (!string.IsNullOrWhiteSpace(rule.Expression))
                {
                    report("RE1114", "De regel heeft zowel een Operator met onderliggende regels als een Expression; de Expression wordt genegeerd.", rule.ExpressionPosition ?? rule.Position, ruleName, "Expression", DiagnosticSeverity.Warning);
                }
            }
            CheckParams(rule.LocalParams, "LocalParams", rule.Position, ruleName, report);
            CheckAction(rule.Actions?.OnSuccess, "Actions.OnSuccess", ruleName, report, customActions);
            CheckAction(rule.Actions?.OnFailure, "Actions.OnFailure", ruleName, report, customActions);
            if (hasChildren)
            {
                CheckRules(rule.Rules!, report, customActions);
            }
        }
    }

    private static void CheckAction(ActionInfo? action, string field, string? rule, Reporter report, ICollection<string> customActions)
    {
        if (action is null)
        {
            return;
        }
        switch (action.Name)
        {
            case "OutputExpression":
                if (!action.Context.TryGetValue("expression", out var expression) || expression is not string text || string.IsNullOrWhiteSpace(text))
                {
                    report("RE1112", "De actie OutputExpression heeft geen 'expression' in Context.", action.Position, rule, field);
                }
                break;
            case "EvaluateRule":
                if (!action.Context.TryGetValue("workflowName", out var wf) || wf is not string || !action.Context.TryGetValue("ruleName", out var rn) || rn is not string)
                {
                    report("RE1112", "De actie EvaluateRule heeft 'workflowName' en 'ruleName' nodig in Context.", action.Position, rule, field);
                }
                break;
            default:
                if (!customActions.Contains(action.Name))
                {
                    report("RE1111", $"De actie '{action.Name}' is onbekend. Bestaande acties: OutputExpression, EvaluateRule{(customActions.Count > 0 ? ", " + string.Join(", ", customActions) : string.Empty)}.", action.Position, rule, field);
                }
                break;
        }
    }
}
