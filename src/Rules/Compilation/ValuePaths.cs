using Participatie.Rules.Syntax;

namespace Participatie.Rules.Compilation;

/// <summary>
/// Finds the values an expression reads — <c>buurt.Huishoudens</c>, <c>score</c> — so a test run can show
/// "the values the rule used" next to its outcome. Works on the syntax only: member chains rooted at a
/// name, without method calls, lambda parameters or type names such as <c>Math</c>.
/// </summary>
public static class ValuePaths
{
    /// <summary>The distinct value paths in order of first appearance; empty for an expression that does not parse.</summary>
    public static IReadOnlyList<string> Find(string? expression, ExpressionLimits? limits = null)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return [];
        }

        var tree = SyntaxTree.Parse(expression, limits ?? ExpressionLimits.Default);
        if (tree.Diagnostics.Any(d => d.IsError))
        {
            return [];
        }

        var found = new List<string>();
        Walk(tree.Root, new HashSet<string>(StringComparer.Ordinal), found);
        return found.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Walk(ExpressionSyntax node, HashSet<string> lambdaParameters, List<string> found)
    {
        switch (node)
        {
            case NameExpressionSyntax or MemberAccessExpressionSyntax when Path(node, lambdaParameters) is { } path:
                found.Add(path);
                break;
            case MemberAccessExpressionSyntax member:
                Walk(member.Target, lambdaParameters, found);
                break;
            case InvocationExpressionSyntax call:
                // The callee itself is a function, not a value; what it is called on is.
                if (call.Callee is MemberAccessExpressionSyntax method)
                {
                    Walk(method.Target, lambdaParameters, found);
                }
                foreach (var argument in call.Arguments)
                {
                    Walk(argument, lambdaParameters, found);
                }
                break;
            case ElementAccessExpressionSyntax element:
                Walk(element.Target, lambdaParameters, found);
                foreach (var argument in element.Arguments)
                {
                    Walk(argument, lambdaParameters, found);
                }
                break;
            case UnaryExpressionSyntax unary:
                Walk(unary.Operand, lambdaParameters, found);
                break;
            case BinaryExpressionSyntax binary:
                Walk(binary.Left, lambdaParameters, found);
                Walk(binary.Right, lambdaParameters, found);
                break;
            case ConditionalExpressionSyntax conditional:
                Walk(conditional.Condition, lambdaParameters, found);
                Walk(conditional.WhenTrue, lambdaParameters, found);
                Walk(conditional.WhenFalse, lambdaParameters, found);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Walk(parenthesized.Inner, lambdaParameters, found);
                break;
            case LambdaExpressionSyntax lambda:
                var inner = new HashSet<string>(lambdaParameters, StringComparer.Ordinal);
                inner.UnionWith(lambda.Parameters.Select(p => p.Text));
                Walk(lambda.Body, inner, found);
                break;
            case ArrayCreationExpressionSyntax array:
                foreach (var element in array.Elements)
                {
                    Walk(element, lambdaParameters, found);
                }
                break;
            case AnonymousObjectExpressionSyntax anonymous:
                foreach (var member in anonymous.Members)
                {
                    Walk(member.Value, lambdaParameters, found);
                }
                break;
        }
    }

    /// <summary>The dotted path of a name or a chain of member accesses on a name; null when it is not a plain value.</summary>
    private static string? Path(ExpressionSyntax node, HashSet<string> lambdaParameters)
    {
        switch (node)
        {
            case NameExpressionSyntax name:
                var text = name.Identifier.Text;
                return name.IsIt || name.Identifier.IsMissing || lambdaParameters.Contains(text) || Completion.StaticType(text) is not null
                    ? null
                    : text;
            case MemberAccessExpressionSyntax member when !member.Name.IsMissing:
                return Path(member.Target, lambdaParameters) is { } target ? $"{target}.{member.Name.Text}" : null;
            default:
                return null;
        }
    }
}
