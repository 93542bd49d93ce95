using System.Reflection;
using Participatie.Rules.Syntax;
using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly (string Name, Type Type)[] ConversionFunctions =
    [
        ("String", typeof(string)), ("string", typeof(string)), ("int", typeof(int)), ("Int32", typeof(int)), ("long", typeof(long)),
        ("Int64", typeof(long)), ("double", typeof(double)), ("Double", typeof(double)), ("decimal", typeof(decimal)),
        ("Decimal", typeof(decimal)), ("bool", typeof(bool)), ("Boolean", typeof(bool)), ("DateTime", typeof(DateTime)),
        ("float", typeof(float)), ("Single", typeof(float)),
    ];

    private BoundExpression BindInvocation(InvocationExpressionSyntax syntax)
    {
        switch (syntax.Callee)
        {
            case MemberAccessExpressionSyntax member:
            {
                var name = member.Name;
                if (name.IsMissing)
                {
                    return new BoundError(syntax.Span);
                }
                if (member.Target is NameExpressionSyntax targetName && !IsValueName(targetName))
                {
                    if (ForbiddenNames.Contains(targetName.Identifier.Text))
                    {
                        _diagnostics.ReportTypeNotAllowed(member.Span, targetName.Identifier.Text + "." + name.Text);
                        return new BoundError(syntax.Span);
                    }
                    if (TryResolveType(targetName.Identifier.Text) is { } type)
                    {
                        return BindStaticCall(type, name.Text, syntax.Arguments, syntax.Span);
                    }
                }
                var target = Bind(member.Target);
                return BindMethodCall(target, name.Text, syntax.Arguments, syntax.Span);
            }
            case NameExpressionSyntax function:
                return BindFunction(function, syntax.Arguments, syntax.Span);
            default:
                Bind(syntax.Callee);
                _diagnostics.ReportNotInvocable(syntax.Callee.Span, "Deze waarde");
                return new BoundError(syntax.Span);
        }
    }

    private BoundExpression BindFunction(NameExpressionSyntax function, IReadOnlyList<ExpressionSyntax> argumentSyntax, TextSpan span)
    {
        var name = function.Identifier.Text;
        if (ForbiddenNames.Contains(name) || AlwaysBlockedMembers.Contains(name))
        {
            _diagnostics.ReportTypeNotAllowed(span, name);
            return new BoundError(span);
        }
        if (name.Equals("iif", StringComparison.OrdinalIgnoreCase) && argumentSyntax.Count == 3)
        {
            return BindConditional(argumentSyntax[0], argumentSyntax[1], argumentSyntax[2], span);
        }
        foreach (var (alias, type) in ConversionFunctions)
        {
            if (alias.Equals(name, char.IsLower(alias[0]) ? StringComparison.Ordinal : _comparison) && argumentSyntax.Count == 1)
            {
                var argument = Bind(argumentSyntax[0]);
                return ExplicitConvert(argument, type, span);
            }
        }
        // A bare method name is a method of the implicit 'it', as in Dynamic LINQ.
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.It is { } it)
            {
                return BindMethodCall(new BoundLambdaParameter(it, function.Span), name, argumentSyntax, span);
            }
        }
        if (RootIt() is { } root && root.Type is not RecordTypeSymbol)
        {
            return BindMethodCall(new BoundParameter(root, function.Span), name, argumentSyntax, span);
        }
        foreach (var argument in argumentSyntax)
        {
            BindArgument(argument);
        }
        _diagnostics.ReportUnknownName(function.Span, name, KnownNames());
        return new BoundError(span);
    }

    private BoundExpression ExplicitConvert(BoundExpression argument, Type type, TextSpan span)
    {
        if (argument.Type.IsError)
        {
            return new BoundError(span);
        }
        var target = TypeSymbol.FromClr(type);
        if (type == typeof(string))
        {
            if (argument.Type.ClrType == typeof(string))
            {
                return argument;
            }
            var toString = typeof(SafeConvert).GetMethod(nameof(SafeConvert.ToString), [typeof(object)])!;
            return new BoundCall(null, toString, [Box(argument)], target, span);
        }
        if (ConversionCost(argument, target) >= 0)
        {
            return Convert(argument, target, span);
        }
        var source = argument.Type.ClrType;
        if ((NumericFacts.IsNumericOrNullable(source) || source.IsEnum) && NumericFacts.IsNumeric(type))
        {
            return new BoundConversion(argument, ConversionKind.Clr, target, span);
        }
        // everything else (strings, objects) converts at run time, invariant culture
        return new BoundConversion(Box(argument), ConversionKind.Runtime, target, span);
    }

    private BoundExpression BindArgument(ExpressionSyntax syntax)
    {
        if (syntax is LambdaExpressionSyntax lambda)
        {
            return ReportLambda(lambda);
        }
        return Bind(syntax);
    }

    private BoundExpression BindMethodCall(BoundExpression target, string name, IReadOnlyList<ExpressionSyntax> argumentSyntax, TextSpan span)
    {
        if (target.Type is ErrorTypeSymbol)
        {
            foreach (var a in argumentSyntax)
            {
                if (a is not LambdaExpressionSyntax)
                {
                    Bind(a);
                }
            }
            return new BoundError(span);
        }
        if (AlwaysBlockedMembers.Contains(name))
        {
            foreach (var a in argumentSyntax)
            {
                BindArgument(a);
            }
            _diagnostics.ReportNotAllowed(span, name, "deze functie geeft toegang tot typen en de binnenkant van het systeem.");
            return new BoundError(span);
        }
        if (target.Type is ObjectReturnTypeSymbol objectReturn)
        {
            _diagnostics.ReportObjectReturnType(span, objectReturn.Method, name);
            return new BoundError(span);
        }
        // x.Contains(y) on a value of unknown type is decided when it runs: substring of a text, element of a list
        var containsOnUnknown = target.Type.IsDynamic && name.Equals("Contains", _comparison) && argumentSyntax.Count == 1 && argumentSyntax[0] is not LambdaExpressionSyntax;
        if (target.Type.ClrType != typeof(string) && LinqNames.Contains(name) && ElementOf(target.Type) is not null && !containsOnUnknown)
        {
            return BindLinq(target, CanonicalLinqName(name), argumentSyntax, span);
        }
        var arguments = argumentSyntax.Select(BindArgument).ToList();
        if (arguments.Exists(a => a.Type.IsError))
        {
            return new BoundError(span);
        }
        if (target.Type is AbsentMemberTypeSymbol absent)
        {
            // upstream looks for the method on object and finds none: a compile error, not a null at run time
            _diagnostics.ReportAbsentMemberCall(span, absent.Name, name);
            return new BoundError(span);
        }
        if (target.Type is DynamicTypeSymbol)
        {
            return new BoundLateCall(target, name, arguments.Select(Box).ToList(), IgnoreCase, span);
        }
        if (target.Type is RecordTypeSymbol or NullTypeSymbol)
        {
            _diagnostics.ReportUnknownMember(span, DescribeTarget(target), name, target.Type is RecordTypeSymbol r ? r.Shape.Keys : []);
            return new BoundError(span);
        }
        var type = target.Type.ClrType;
        var candidates = Catalog.InstanceMethods(type, name, IgnoreCase);
        if (candidates.Count == 0)
        {
            var exists = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => m.Name.Equals(name, _comparison));
            if (exists is not null)
            {
                _diagnostics.ReportNotAllowed(span, exists.Name, Catalog.WhyNotAllowed(exists, false) ?? "niet toegestaan.");
            }
            else if (MemberCatalog.IsDangerous(type))
            {
                _diagnostics.ReportTypeNotAllowed(span, name);
            }
            else
            {
                _diagnostics.ReportUnknownMember(span, DescribeTarget(target), name, Catalog.MemberNames(type, false));
            }
            return new BoundError(span);
        }
        return ResolveOverload(candidates, target, arguments, name, span);
    }

    private BoundExpression BindStaticCall(Type type, string name, IReadOnlyList<ExpressionSyntax> argumentSyntax, TextSpan span)
    {
        var arguments = argumentSyntax.Select(BindArgument).ToList();
        if (arguments.Exists(a => a.Type.IsError))
        {
            return new BoundError(span);
        }
        if (AlwaysBlockedMembers.Contains(name) || MemberCatalog.IsDangerous(type))
        {
            _diagnostics.ReportTypeNotAllowed(span, type.Name + "." + name);
            return new BoundError(span);
        }
        var candidates = Catalog.StaticMethods(type, name, IgnoreCase);
        if (candidates.Count == 0)
        {
            var exists = type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name.Equals(name, _comparison));
            if (exists is not null)
            {
                _diagnostics.ReportNotAllowed(span, type.Name + "." + exists.Name, Catalog.WhyNotAllowed(exists, true) ?? "niet toegestaan.");
            }
            else
            {
                _diagnostics.ReportUnknownMember(span, type.Name, name, Catalog.MemberNames(type, true));
            }
            return new BoundError(span);
        }
        return ResolveOverload(candidates, null, arguments, type.Name + "." + name, span);
    }

    private BoundExpression ResolveOverload(IReadOnlyList<MethodInfo> candidates, BoundExpression? instance, List<BoundExpression> arguments, string display, TextSpan span)
    {
        MethodInfo? best = null;
        var bestCost = int.MaxValue;
        List<BoundExpression>? bestArguments = null;
        var applicable = new List<(MethodInfo Method, List<BoundExpression> Arguments, List<BoundExpression> Effective)>();
        foreach (var method in candidates)
        {
            var effective = new List<BoundExpression>(arguments.Count + 1);
            var isReplacement = method.IsStatic && instance is not null;
            if (isReplacement)
            {
                effective.Add(instance!);
            }
            effective.AddRange(arguments);
            var parameters = method.GetParameters();
            var converted = TryMatch(parameters, effective, out var cost);
            if (converted is null)
            {
                continue;
            }
            applicable.Add((method, converted, effective));
            if (cost < bestCost)
            {
                best = method;
                bestCost = cost;
                bestArguments = converted;
            }
        }
        if (best is null)
        {
            _diagnostics.ReportNoOverload(span, display, arguments.Count, string.Join(", ", arguments.Select(a => a.Type.DisplayName)));
            return new BoundError(span);
        }
        if (applicable.Count > 1 && !arguments.Exists(IsLate) && applicable.All(a => a.Method.GetParameters().Length == a.Effective.Count && !HasParamsArray(a.Method)))
        {
            // (with a value of unknown type among the arguments the cheapest conversion decides, as before: upstream never sees one)
            // Dynamic LINQ's choice among fitting overloads (so the same call picks the same function, and is ambiguous where
            // C# is too: Math.Floor(3) fits Floor(double) and Floor(decimal) alike).
            var winners = applicable.Where(a => applicable.All(b => ReferenceEquals(a.Method, b.Method) || FirstIsBetter(a.Effective, a.Method, b.Method))).ToList();
            if (winners.Count != 1)
            {
                _diagnostics.ReportAmbiguousCall(span, display, (winners.Count > 1 ? winners : applicable).Select(a => string.Join(", ", a.Method.GetParameters().Select(p => TypeNames.Display(p.ParameterType)))));
                return new BoundError(span);
            }
            best = winners[0].Method;
            bestArguments = winners[0].Arguments;
        }
        var returnType = best.ReturnType == typeof(object) && Catalog.IsCustom(best.DeclaringType!)
            ? new ObjectReturnTypeSymbol(best.Name)
            : TypeSymbol.FromClr(best.ReturnType);
        if (best.IsStatic)
        {
            return new BoundCall(null, best, bestArguments!, returnType, span);
        }
        return new BoundCall(instance, best, bestArguments!, returnType, span);
    }

    private static bool HasParamsArray(MethodInfo method) => method.GetParameters().Any(p => p.IsDefined(typeof(ParamArrayAttribute), false));

    /// <summary>
    /// Dynamic LINQ's betterness: at the first argument where the two overloads differ in how well they take it, the one whose
    /// parameter is the argument's own type (or converts to the other's parameter type) wins; equal everywhere counts as better.
    /// </summary>
    private static bool FirstIsBetter(List<BoundExpression> arguments, MethodInfo first, MethodInfo second)
    {
        if (arguments.Count == 0)
        {
            return first.GetParameters().Length == 0 && second.GetParameters().Length != 0;
        }
        var firstParameters = first.GetParameters();
        var secondParameters = second.GetParameters();
        var better = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            var source = arguments[i].Type.ClrType;
            var a = firstParameters[i].ParameterType;
            var b = secondParameters[i].ParameterType;
            if (a == b)
            {
                better = true;
                continue;
            }
            if (source == a)
            {
                return true;
            }
            if (source == b)
            {
                return false;
            }
            var aToB = ConvertsImplicitly(a, b);
            var bToA = ConvertsImplicitly(b, a);
            if (aToB && !bToA)
            {
                return true;
            }
            if (bToA && !aToB)
            {
                return false;
            }
            better = true;
        }
        return better;
    }

    private static bool ConvertsImplicitly(Type from, Type to) =>
        from == to || to.IsAssignableFrom(from)
        || (NumericFacts.HasImplicit(NumericFacts.Underlying(from), NumericFacts.Underlying(to)) && (!NumericFacts.IsNullable(from) || NumericFacts.IsNullable(to)));

    private List<BoundExpression>? TryMatch(ParameterInfo[] parameters, List<BoundExpression> arguments, out int cost)
    {
        cost = 0;
        var isParams = parameters.Length > 0 && parameters[^1].IsDefined(typeof(ParamArrayAttribute), false);
        var result = new List<BoundExpression>();
        if (arguments.Count == parameters.Length)
        {
            var ok = true;
            var normalCost = 0;
            for (var i = 0; i < parameters.Length; i++)
            {
                var c = ConversionCost(arguments[i], TypeSymbol.FromClr(parameters[i].ParameterType));
                if (c < 0)
                {
                    ok = false;
                    break;
                }
                normalCost += c;
            }
            if (ok)
            {
                cost = normalCost;
                for (var i = 0; i < parameters.Length; i++)
                {
                    result.Add(Convert(arguments[i], TypeSymbol.FromClr(parameters[i].ParameterType), arguments[i].Span));
                }
                return result;
            }
        }
        if (isParams && arguments.Count >= parameters.Length - 1)
        {
            var elementType = parameters[^1].ParameterType.GetElementType()!;
            var total = 10;
            for (var i = 0; i < arguments.Count; i++)
            {
                var target = i < parameters.Length - 1 ? parameters[i].ParameterType : elementType;
                var c = ConversionCost(arguments[i], TypeSymbol.FromClr(target));
                if (c < 0)
                {
                    return null;
                }
                total += c;
            }
            for (var i = 0; i < parameters.Length - 1; i++)
            {
                result.Add(Convert(arguments[i], TypeSymbol.FromClr(parameters[i].ParameterType), arguments[i].Span));
            }
            var rest = arguments.Skip(parameters.Length - 1).Select(a => Convert(a, TypeSymbol.FromClr(elementType), a.Span)).ToList();
            var span = rest.Count > 0 ? TextSpan.FromBounds(rest[0].Span.Start, rest[^1].Span.End) : default;
            result.Add(new BoundArrayCreation(elementType, rest, TypeSymbol.FromClr(elementType.MakeArrayType()), span));
            cost = total;
            return result;
        }
        return null;
    }
}
