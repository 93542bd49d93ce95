using System.Reflection;
using Participatie.Rules.Data;
using Participatie.Rules.Syntax;
using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly HashSet<string> LinqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Where", "Any", "All", "Count", "LongCount", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault", "Last", "LastOrDefault",
        "Single", "SingleOrDefault", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "Select",
        "SelectMany", "Contains", "Distinct", "ToList", "ToArray", "Reverse",
    };

    private static readonly Type[] SummableTypes =
    [
        typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(int?), typeof(long?), typeof(float?), typeof(double?), typeof(decimal?),
    ];

    private static string CanonicalLinqName(string name) => LinqNames.First(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The element type when <paramref name="type"/> is a list, else null.</summary>
    private static TypeSymbol? ElementOf(TypeSymbol type)
    {
        switch (type)
        {
            case RecordArrayTypeSymbol recordArray:
                return recordArray.Element;
            case SequenceTypeSymbol sequence:
                return sequence.Element;
            case DynamicTypeSymbol:
                return DynamicTypeSymbol.Instance;
            case ClrTypeSymbol clr:
            {
                var t = clr.Type;
                if (t == typeof(string) || typeof(DataObject).IsAssignableFrom(t))
                {
                    return null;
                }
                if (t.IsArray)
                {
                    return TypeSymbol.FromClr(t.GetElementType()!);
                }
                var enumerable = GenericEnumerable(t);
                if (enumerable is not null)
                {
                    return TypeSymbol.FromClr(enumerable.GetGenericArguments()[0]);
                }
                return typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? DynamicTypeSymbol.Instance : null;
            }
            default:
                return null;
        }
    }

    private static Type? GenericEnumerable(Type t)
    {
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return t;
        }
        return t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
    }

    private static TypeSymbol SequenceOf(TypeSymbol element, Type clrType) =>
        element is ClrTypeSymbol or DynamicTypeSymbol ? TypeSymbol.FromClr(clrType) : new SequenceTypeSymbol(element, clrType);

    private static BoundExpression AsEnumerable(BoundExpression source, TypeSymbol element)
    {
        var type = source.Type.ClrType;
        var target = element.IsDynamic ? typeof(IEnumerable<object>) : typeof(IEnumerable<>).MakeGenericType(element.ClrType);
        if (target.IsAssignableFrom(type) && source.Type is not DynamicTypeSymbol)
        {
            return source;
        }
        return new BoundLateSequence(Box(source), source.Span);
    }

    private BoundExpression BindLinq(BoundExpression source, string name, IReadOnlyList<ExpressionSyntax> arguments, TextSpan span)
    {
        var element = ElementOf(source.Type)!;
        var sequence = AsEnumerable(source, element);
        if (sequence is BoundLateSequence)
        {
            element = DynamicTypeSymbol.Instance;
        }
        var e = element.ClrType;
        var argCount = arguments.Count;

        BoundExpression Fail()
        {
            _diagnostics.ReportNoOverload(span, name, argCount, string.Join(", ", arguments.Select(_ => "…")));
            return new BoundError(span);
        }

        switch (name)
        {
            case "Where":
            case "Any" when argCount == 1:
            case "All":
            case "Count" when argCount == 1:
            case "LongCount" when argCount == 1:
            case "First" when argCount == 1:
            case "FirstOrDefault" when argCount == 1:
            case "Last" when argCount == 1:
            case "LastOrDefault" when argCount == 1:
            case "Single" when argCount == 1:
            case "SingleOrDefault" when argCount == 1:
            {
                if (argCount != 1)
                {
                    return Fail();
                }
                var lambda = BindLambda(arguments[0], element, predicate: true);
                if (lambda is null)
                {
                    return new BoundError(span);
                }
                var method = FindEnumerable(name, 2, p => IsFunc(p[1].ParameterType, 2), e);
                var resultType = name switch
                {
                    "Where" => SequenceOf(element, typeof(IEnumerable<>).MakeGenericType(e)),
                    "Any" or "All" => BoolType,
                    "Count" => TypeSymbol.FromClr(typeof(int)),
                    "LongCount" => TypeSymbol.FromClr(typeof(long)),
                    _ => element,
                };
                return new BoundCall(null, method, [sequence, lambda], resultType, span);
            }
            case "Any":
            case "Count":
            case "LongCount":
            case "First":
            case "FirstOrDefault":
            case "Last":
            case "LastOrDefault":
            case "Single":
            case "SingleOrDefault":
            case "Distinct":
            case "ToList":
            case "ToArray":
            case "Reverse":
            {
                if (argCount != 0)
                {
                    return Fail();
                }
                var method = FindEnumerable(name, 1, _ => true, e);
                var resultType = name switch
                {
                    "Any" => BoolType,
                    "Count" => TypeSymbol.FromClr(typeof(int)),
                    "LongCount" => TypeSymbol.FromClr(typeof(long)),
                    "Distinct" or "Reverse" => SequenceOf(element, typeof(IEnumerable<>).MakeGenericType(e)),
                    "ToList" => SequenceOf(element, typeof(List<>).MakeGenericType(e)),
                    "ToArray" => element is RecordTypeSymbol r ? RecordArrayTypeSymbol.Get(r.Shape) : SequenceOf(element, e.MakeArrayType()),
                    _ => element,
                };
                return new BoundCall(null, method, [sequence], resultType, span);
            }
            case "Take":
            case "Skip":
            {
                if (argCount != 1)
                {
                    return Fail();
                }
                var count = Convert(BindArgument(arguments[0]), TypeSymbol.FromClr(typeof(int)), arguments[0].Span);
                if (count.Type.IsError)
                {
                    return new BoundError(span);
                }
                var method = FindEnumerable(name, 2, p => p[1].ParameterType == typeof(int), e);
                return new BoundCall(null, method, [sequence, count], SequenceOf(element, typeof(IEnumerable<>).MakeGenericType(e)), span);
            }
            case "Contains":
            {
                if (argCount != 1)
                {
                    return Fail();
                }
                var value = BindArgument(arguments[0]);
                if (value.Type.IsError)
                {
                    return new BoundError(span);
                }
                var converted = Convert(value, element, arguments[0].Span);
                if (converted.Type.IsError)
                {
                    return new BoundError(span);
                }
                if (element.IsDynamic)
                {
                    var lateContains = FindEnumerable(name, 3, _ => true, e);
                    var equality = new BoundLiteral(Emit.LateComparer.Instance, TypeSymbol.FromClr(typeof(IEqualityComparer<object>)), span);
                    return new BoundCall(null, lateContains, [sequence, converted, equality], BoolType, span);
                }
                var method = FindEnumerable(name, 2, _ => true, e);
                return new BoundCall(null, method, [sequence, converted], BoolType, span);
            }
            case "OrderBy":
            case "OrderByDescending":
            case "ThenBy":
            case "ThenByDescending":
            case "Select":
            case "SelectMany":
            {
                if (argCount != 1)
                {
                    return Fail();
                }
                if (name.StartsWith("Then", StringComparison.Ordinal) && !typeof(IOrderedEnumerable<>).MakeGenericType(e).IsAssignableFrom(sequence.Type.ClrType))
                {
                    _diagnostics.ReportNoOverload(span, name + " (alleen na OrderBy)", argCount, "…");
                    return new BoundError(span);
                }
                var lambda = BindLambda(arguments[0], element, predicate: false);
                if (lambda is null)
                {
                    return new BoundError(span);
                }
                var body = lambda.Body;
                if (name == "SelectMany")
                {
                    var inner = ElementOf(body.Type);
                    if (inner is null)
                    {
                        _diagnostics.ReportNotEnumerable(body.Span, name, body.Type.DisplayName);
                        return new BoundError(span);
                    }
                    var innerSequence = AsEnumerable(body, inner);
                    if (innerSequence is BoundLateSequence)
                    {
                        inner = DynamicTypeSymbol.Instance;
                    }
                    lambda = MakeLambda(lambda.Parameters[0], innerSequence, e, lambda.Span);
                    var selectMany = FindEnumerable(name, 2, p => IsFunc(p[1].ParameterType, 2), e, inner.ClrType);
                    return new BoundCall(null, selectMany, [sequence, lambda], SequenceOf(inner, typeof(IEnumerable<>).MakeGenericType(inner.ClrType)), span);
                }
                var key = body.Type.ClrType;
                if (name != "Select" && body.Type.IsDynamic)
                {
                    var lateOrder = FindEnumerable(name, 3, p => IsFunc(p[1].ParameterType, 2), e, key);
                    var comparer = new BoundLiteral(Emit.LateComparer.Instance, TypeSymbol.FromClr(typeof(IComparer<object>)), span);
                    return new BoundCall(null, lateOrder, [sequence, lambda, comparer], SequenceOf(element, typeof(IOrderedEnumerable<>).MakeGenericType(e)), span);
                }
                var method = FindEnumerable(name, 2, p => IsFunc(p[1].ParameterType, 2), e, key);
                var resultType = name == "Select"
                    ? SequenceOf(body.Type is NullTypeSymbol ? DynamicTypeSymbol.Instance : body.Type, typeof(IEnumerable<>).MakeGenericType(key))
                    : SequenceOf(element, typeof(IOrderedEnumerable<>).MakeGenericType(e));
                return new BoundCall(null, method, [sequence, lambda], resultType, span);
            }
            case "Sum":
            case "Average":
            case "Min":
            case "Max":
                return BindAggregate(name, sequence, element, arguments, span);
        }
        return Fail();
    }

    private BoundExpression BindAggregate(string name, BoundExpression sequence, TypeSymbol element, IReadOnlyList<ExpressionSyntax> arguments, TextSpan span)
    {
        var e = element.ClrType;
        BoundLambda? selector = null;
        Type valueType;
        if (arguments.Count == 1)
        {
            selector = BindLambda(arguments[0], element, predicate: false);
            if (selector is null)
            {
                return new BoundError(span);
            }
            valueType = selector.Body.Type.ClrType;
            if (selector.Body.Type.IsDynamic || (NumericFacts.IsNumericOrNullable(valueType) && !SummableTypes.Contains(valueType)))
            {
                var target = selector.Body.Type.IsDynamic ? typeof(double) : (NumericFacts.IsNullable(valueType) ? typeof(int?) : typeof(int));
                if (NumericFacts.IsNumericOrNullable(valueType) && !selector.Body.Type.IsDynamic && (NumericFacts.Underlying(valueType) == typeof(uint) || NumericFacts.Underlying(valueType) == typeof(ulong)))
                {
                    target = typeof(decimal);
                }
                var converted = selector.Body.Type.IsDynamic
                    ? new BoundConversion(selector.Body, ConversionKind.Runtime, TypeSymbol.FromClr(target), selector.Body.Span)
                    : Convert(selector.Body, TypeSymbol.FromClr(target), selector.Body.Span);
                selector = MakeLambda(selector.Parameters[0], converted, e, selector.Span);
                valueType = target;
            }
        }
        else if (arguments.Count == 0)
        {
            valueType = e;
            if (element.IsDynamic && name is "Max" or "Min")
            {
                // elements of unknown type (an empty JSON list): compared as they are, and an empty list has no maximum (null), as upstream
            }
            else if (element.IsDynamic || (NumericFacts.IsNumericOrNullable(e) && !SummableTypes.Contains(e)))
            {
                var parameter = new LambdaParameterSymbol("it", element);
                var target = element.IsDynamic ? typeof(double) : (NumericFacts.IsNullable(e) ? typeof(int?) : typeof(int));
                var body = element.IsDynamic
                    ? (BoundExpression)new BoundConversion(new BoundLambdaParameter(parameter, span), ConversionKind.Runtime, TypeSymbol.FromClr(target), span)
                    : Convert(new BoundLambdaParameter(parameter, span), TypeSymbol.FromClr(target), span);
                selector = MakeLambda(parameter, body, e, span);
                valueType = target;
            }
        }
        else
        {
            _diagnostics.ReportNoOverload(span, name, arguments.Count, "…");
            return new BoundError(span);
        }

        var numeric = SummableTypes.Contains(valueType);
        if ((name is "Sum" or "Average") && !numeric)
        {
            _diagnostics.ReportNotEnumerable(span, name + " (getallen)", TypeNames.Display(valueType));
            return new BoundError(span);
        }
        MethodInfo method;
        Type resultType;
        if (numeric)
        {
            if (selector is null)
            {
                method = FindEnumerable(name, 1, p => p[0].ParameterType == typeof(IEnumerable<>).MakeGenericType(valueType));
            }
            else
            {
                method = FindEnumerable(name, 2, p => IsFunc(p[1].ParameterType, 2) && p[1].ParameterType.GetGenericArguments()[1] == valueType, e);
            }
            resultType = method.ReturnType;
        }
        else
        {
            method = selector is null
                ? FindEnumerable(name, 1, p => p[0].ParameterType.IsGenericType, e)
                : FindEnumerable(name, 2, p => IsFunc(p[1].ParameterType, 2) && p[1].ParameterType.GetGenericArguments()[1].IsGenericParameter, e, valueType);
            resultType = valueType;
        }
        var args = selector is null ? new List<BoundExpression> { sequence } : [sequence, selector];
        var resultSymbol = !numeric && selector is null ? element : TypeSymbol.FromClr(resultType);
        return new BoundCall(null, method, args, resultSymbol, span);
    }

    private static bool IsFunc(Type type, int arity) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == (arity == 2 ? typeof(Func<,>) : typeof(Func<,,>));

    private static MethodInfo FindEnumerable(string name, int parameterCount, Func<ParameterInfo[], bool> match, params Type[] typeArguments)
    {
        foreach (var method in typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.Name != name || method.GetGenericArguments().Length != typeArguments.Length)
            {
                continue;
            }
            var parameters = method.GetParameters();
            if (parameters.Length != parameterCount)
            {
                continue;
            }
            var first = parameters[0].ParameterType;
            if (typeArguments.Length > 0 && !(first.IsGenericType && (first.GetGenericTypeDefinition() == typeof(IEnumerable<>) || first.GetGenericTypeDefinition() == typeof(IOrderedEnumerable<>))))
            {
                continue;
            }
            if (!match(parameters))
            {
                continue;
            }
            return typeArguments.Length > 0 ? method.MakeGenericMethod(typeArguments) : method;
        }
        throw new InvalidOperationException($"Enumerable.{name} with {parameterCount} parameters not found.");
    }

    private BoundLambda? BindLambda(ExpressionSyntax argument, TypeSymbol element, bool predicate)
    {
        var scope = new Scope(_scope);
        LambdaParameterSymbol parameter;
        ExpressionSyntax bodySyntax;
        if (argument is LambdaExpressionSyntax lambda)
        {
            var name = lambda.Parameters[0].Text;
            for (var outer = _scope; outer is not null; outer = outer.Parent)
            {
                if (outer.Parameters.Exists(p => p.Name.Equals(name, _comparison)))
                {
                    // as C# and Dynamic LINQ: an inner x => … cannot reuse the name of the lambda around it
                    _diagnostics.ReportLambdaParameterReused(lambda.Parameters[0].Span, name);
                    return null;
                }
            }
            parameter = new LambdaParameterSymbol(name, element);
            scope.Parameters.Add(parameter);
            scope.It = parameter;
            bodySyntax = lambda.Body;
        }
        else
        {
            parameter = new LambdaParameterSymbol("it", element);
            scope.It = parameter;
            bodySyntax = argument;
        }
        _scope = scope;
        BoundExpression body;
        try
        {
            body = Bind(bodySyntax);
            if (predicate)
            {
                body = ToBoolean(body, report: !body.Type.IsError);
            }
        }
        finally
        {
            _scope = scope.Parent;
        }
        if (body.Type.IsError)
        {
            return null;
        }
        if (body.Type is NullTypeSymbol)
        {
            body = Box(body);
        }
        return MakeLambda(parameter, body, element.ClrType, argument.Span);
    }

    private static BoundLambda MakeLambda(LambdaParameterSymbol parameter, BoundExpression body, Type elementType, TextSpan span)
    {
        var delegateType = typeof(Func<,>).MakeGenericType(elementType, body.Type.ClrType);
        return new BoundLambda([parameter], body, delegateType, span);
    }
}
