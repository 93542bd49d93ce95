using System.Reflection;
using Participatie.Rules.Data;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Syntax;
using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

/// <summary>
/// Gives every syntax node a type: resolves names, members and overloads against the whitelist,
/// applies numeric promotion and binds values of unknown type late. Reports problems instead of
/// throwing and returns <see cref="BoundError"/> so one mistake does not cause a cascade.
/// </summary>
internal sealed partial class Binder
{
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "Microsoft", "Type", "typeof", "GetType", "Assembly", "Activator", "AppDomain", "Environment", "Process",
        "File", "Directory", "Path", "Thread", "Task", "ThreadPool", "Parallel", "GC", "Marshal", "Console", "Reflection",
        "MethodInfo", "Delegate", "Expression", "Emit", "Socket", "HttpClient", "WebClient", "Registry", "nameof", "sizeof",
        "default", "stackalloc", "unsafe", "checked", "unchecked", "await", "dynamic", "RuntimeHelpers", "AppContext", "Stream",
    };

    private static readonly HashSet<string> AlwaysBlockedMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "GetType", "MemberwiseClone", "Finalize", "DynamicInvoke", "GetMethodInfo", "GetInvocationList", "CreateDelegate",
        "InvokeMember", "GetMethod", "GetProperty_", "Assembly", "ReferenceEquals",
    };

    private readonly BinderOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly StringComparison _comparison;
    private readonly Dictionary<string, ParameterSymbol> _implicitInputs;
    private Scope? _scope;

    public Binder(BinderOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        _comparison = options.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        _implicitInputs = new Dictionary<string, ParameterSymbol>(options.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    }

    private bool IgnoreCase => !_options.CaseSensitive;

    private MemberCatalog Catalog => _options.Catalog;

    /// <summary>Names that were not known and were assumed to be inputs (open-world mode only).</summary>
    public IReadOnlyCollection<string> ImplicitInputs => _implicitInputs.Keys;

    private sealed class Scope(Scope? parent)
    {
        public Scope? Parent { get; } = parent;

        public List<LambdaParameterSymbol> Parameters { get; } = [];

        public LambdaParameterSymbol? It { get; set; }
    }

    public BoundExpression Bind(ExpressionSyntax syntax)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            if (!_stackReported)
            {
                _diagnostics.ReportTooDeep(syntax.Span, 48);
                _stackReported = true;
            }
            return new BoundError(syntax.Span);
        }
        return BindCore(syntax);
    }

    private bool _stackReported;

    private BoundExpression BindCore(ExpressionSyntax syntax) => syntax switch
    {
        LiteralExpressionSyntax literal => BindLiteral(literal),
        NameExpressionSyntax name => BindName(name),
        MemberAccessExpressionSyntax member => BindMemberAccess(member),
        InvocationExpressionSyntax invocation => BindInvocation(invocation),
        ElementAccessExpressionSyntax element => BindElementAccess(element),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        ConditionalExpressionSyntax conditional => BindConditional(conditional.Condition, conditional.WhenTrue, conditional.WhenFalse, conditional.Span),
        ParenthesizedExpressionSyntax parenthesized => Bind(parenthesized.Inner),
        LambdaExpressionSyntax lambda => ReportLambda(lambda),
        ArrayCreationExpressionSyntax array => BindArrayCreation(array),
        AnonymousObjectExpressionSyntax anonymous => BindAnonymousObject(anonymous),
        _ => new BoundError(syntax.Span),
    };

    private BoundError ReportLambda(LambdaExpressionSyntax lambda)
    {
        _diagnostics.ReportLambdaNotAllowed(lambda.Span);
        return new BoundError(lambda.Span);
    }

    /// <summary>Binds an expression that must give true or false.</summary>
    public BoundExpression BindPredicate(ExpressionSyntax syntax)
    {
        var bound = Bind(syntax);
        return ToBoolean(bound, report: true, asRuleResult: true);
    }

    /// <summary>Binds an expression and converts it to <paramref name="target"/> (reporting when impossible).</summary>
    public BoundExpression BindAs(ExpressionSyntax syntax, TypeSymbol target)
    {
        var bound = Bind(syntax);
        if (bound.Type.IsError || target.IsDynamic)
        {
            return target.IsDynamic && !bound.Type.IsError ? Box(bound) : bound;
        }
        if (target.ClrType == typeof(bool))
        {
            return ToBoolean(bound, report: true, asRuleResult: true);
        }
        return Convert(bound, target, syntax.Span);
    }

    private static BoundExpression BindLiteral(LiteralExpressionSyntax literal)
    {
        if (literal.Value is null)
        {
            return new BoundLiteral(null, NullTypeSymbol.Instance, literal.Span);
        }
        var isNumber = literal.Token.Kind is SyntaxKind.IntegerLiteralToken or SyntaxKind.RealLiteralToken;
        var digits = isNumber ? AdaptableDigits(literal.Token.Text) : null;
        return new BoundLiteral(literal.Value, TypeSymbol.FromClr(literal.Value.GetType()), literal.Span, digits is not null, digits);
    }

    /// <summary>
    /// The digits of a number literal that may adapt to the numeric type beside it, or null. As Dynamic LINQ: a number written
    /// plainly or with L or D adapts (<c>bedrag > 2.5</c> with a decimal bedrag); one with F, M or U, or with an exponent, keeps its type.
    /// </summary>
    private static string? AdaptableDigits(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1]))
        {
            end--;
        }
        var digits = text[..end];
        var suffix = text[end..].ToUpperInvariant();
        return suffix is "" or "L" or "D" && !digits.Contains('e', StringComparison.OrdinalIgnoreCase) ? digits : null;
    }

    // ---------------------------------------------------------------- names

    private BoundExpression BindName(NameExpressionSyntax name)
    {
        if (TryBindValueName(name.Identifier, name.Span) is { } bound)
        {
            return bound;
        }
        var text = name.Identifier.Text;
        if (name.IsIt)
        {
            _diagnostics.ReportUnknownName(name.Span, "it", []);
            return new BoundError(name.Span);
        }
        if (ForbiddenNames.Contains(text))
        {
            _diagnostics.ReportTypeNotAllowed(name.Span, text);
            return new BoundError(name.Span);
        }
        if (TryResolveType(text) is { } type)
        {
            _diagnostics.ReportStaticMisuse(name.Span, type.Name);
            return new BoundError(name.Span);
        }
        if (_options.OpenWorld)
        {
            if (!_implicitInputs.TryGetValue(text, out var implicitInput))
            {
                implicitInput = new ParameterSymbol(text, DynamicTypeSymbol.Instance, -1);
                _implicitInputs[text] = implicitInput;
            }
            return new BoundParameter(implicitInput, name.Span);
        }
        _diagnostics.ReportUnknownName(name.Span, text, KnownNames());
        return new BoundError(name.Span);
    }

    private IEnumerable<string> KnownNames()
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            foreach (var p in scope.Parameters)
            {
                yield return p.Name;
            }
        }
        foreach (var p in _options.Parameters)
        {
            yield return p.Name;
        }
        if (RootIt() is { } root && root.Type is RecordTypeSymbol record)
        {
            foreach (var key in record.Shape.Keys)
            {
                yield return key;
            }
        }
    }

    private ParameterSymbol? RootIt() =>
        _options.ImplicitIt && _options.Parameters.Count == 1 ? _options.Parameters[0] : null;

    private BoundExpression? TryBindValueName(SyntaxToken identifier, TextSpan span)
    {
        if (identifier.Kind == SyntaxKind.ItKeyword)
        {
            for (var scope = _scope; scope is not null; scope = scope.Parent)
            {
                if (scope.It is { } it)
                {
                    return new BoundLambdaParameter(it, span);
                }
            }
            return RootIt() is { } root ? new BoundParameter(root, span) : null;
        }
        var name = identifier.Text;
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            foreach (var parameter in scope.Parameters)
            {
                if (parameter.Name.Equals(name, _comparison))
                {
                    return new BoundLambdaParameter(parameter, span);
                }
            }
        }
        ParameterSymbol? match = null;
        foreach (var parameter in _options.Parameters)
        {
            if (parameter.Name.Equals(name, StringComparison.Ordinal))
            {
                match = parameter;
                break;
            }
            if (match is null && parameter.Name.Equals(name, _comparison))
            {
                match = parameter;
            }
        }
        if (match is not null)
        {
            return new BoundParameter(match, span);
        }
        // members of the innermost implicit 'it', then of the single parameter
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.It is { } it)
            {
                if (HasMember(it.Type, name))
                {
                    return BindMember(new BoundLambdaParameter(it, span), identifier, span);
                }
                if (it.Type.IsDynamic && TryResolveType(name) is null && !ForbiddenNames.Contains(name))
                {
                    return new BoundLateMember(new BoundLambdaParameter(it, span), name, IgnoreCase, span);
                }
            }
        }
        if (RootIt() is { } single && HasMember(single.Type, name))
        {
            return BindMember(new BoundParameter(single, span), identifier, span);
        }
        return null;
    }

    private bool HasMember(TypeSymbol type, string name) => type switch
    {
        RecordTypeSymbol record => record.Shape.IndexOf(name, IgnoreCase) >= 0,
        ClrTypeSymbol clr => Catalog.FindDataMember(clr.Type, name, false, IgnoreCase) is { } m && Catalog.WhyNotAllowed(m, false) is null,
        _ => false,
    };

    private Type? TryResolveType(string name)
    {
        foreach (var (alias, type) in PredefinedTypes)
        {
            if (alias.Equals(name, alias.Length > 0 && char.IsLower(alias[0]) ? StringComparison.Ordinal : _comparison))
            {
                return type;
            }
        }
        foreach (var custom in Catalog.CustomTypes)
        {
            if (custom.Name.Equals(name, _comparison) || (custom.FullName?.Equals(name, _comparison) ?? false))
            {
                return custom;
            }
        }
        return null;
    }

    private static readonly (string Alias, Type Type)[] PredefinedTypes =
    [
        ("Math", typeof(Math)), ("Convert", typeof(SafeConvert)), ("String", typeof(string)), ("string", typeof(string)),
        ("Int32", typeof(int)), ("int", typeof(int)), ("Int64", typeof(long)), ("long", typeof(long)), ("Double", typeof(double)),
        ("double", typeof(double)), ("Decimal", typeof(decimal)), ("decimal", typeof(decimal)), ("Single", typeof(float)),
        ("float", typeof(float)), ("Boolean", typeof(bool)), ("bool", typeof(bool)), ("DateTime", typeof(DateTime)),
        ("DateTimeOffset", typeof(DateTimeOffset)), ("TimeSpan", typeof(TimeSpan)), ("Guid", typeof(Guid)),
        ("StringComparison", typeof(StringComparison)), ("DayOfWeek", typeof(DayOfWeek)), ("ExpressionUtils", typeof(ExpressionUtils)),
    ];

    private bool IsValueName(NameExpressionSyntax name)
    {
        if (name.IsIt)
        {
            return true;
        }
        return TryBindValueName(name.Identifier, name.Span) is not null;
    }

    // ---------------------------------------------------------------- members

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax)
    {
        var name = syntax.Name;
        if (name.IsMissing)
        {
            Bind(syntax.Target);
            return new BoundError(syntax.Span);
        }
        if (syntax.Target is NameExpressionSyntax targetName && !IsValueName(targetName))
        {
            if (ForbiddenNames.Contains(targetName.Identifier.Text))
            {
                _diagnostics.ReportTypeNotAllowed(targetName.Span, targetName.Identifier.Text + "." + name.Text);
                return new BoundError(syntax.Span);
            }
            if (TryResolveType(targetName.Identifier.Text) is { } type)
            {
                return BindStaticMember(type, name, syntax.Span);
            }
        }
        var target = Bind(syntax.Target);
        if (syntax.NullConditional && target.Type is not ErrorTypeSymbol && CanBeNullSymbol(target.Type))
        {
            var temp = new LambdaParameterSymbol("?", target.Type);
            var access = BindMember(new BoundLambdaParameter(temp, target.Span), name, syntax.Span);
            var resultType = access.Type.ClrType.IsValueType && !NumericFacts.IsNullable(access.Type.ClrType)
                ? TypeSymbol.FromClr(NumericFacts.MakeNullable(access.Type.ClrType))
                : access.Type;
            return new BoundNullConditional(target, temp, access, resultType, syntax.Span);
        }
        return BindMember(target, name, syntax.Span);
    }

    private static bool CanBeNullSymbol(TypeSymbol type) => type is not ClrTypeSymbol clr || NumericFacts.CanBeNull(clr.Type);

    private BoundExpression BindStaticMember(Type type, SyntaxToken name, TextSpan span)
    {
        if (type == typeof(DateTime))
        {
            ClockKind? clock = name.Text.Equals("Now", _comparison) ? ClockKind.Now
                : name.Text.Equals("UtcNow", _comparison) ? ClockKind.UtcNow
                : name.Text.Equals("Today", _comparison) ? ClockKind.Today
                : null;
            if (clock is { } kind)
            {
                return new BoundClock(kind, span);
            }
        }
        if (AlwaysBlockedMembers.Contains(name.Text))
        {
            _diagnostics.ReportNotAllowed(span, type.Name + "." + name.Text, "deze functie geeft toegang tot de binnenkant van het systeem.");
            return new BoundError(span);
        }
        if (MemberCatalog.IsDangerous(type))
        {
            _diagnostics.ReportTypeNotAllowed(span, type.Name);
            return new BoundError(span);
        }
        var member = Catalog.FindDataMember(type, name.Text, true, IgnoreCase);
        if (member is not null)
        {
            if (Catalog.WhyNotAllowed(member, true) is { } reason)
            {
                _diagnostics.ReportNotAllowed(span, type.Name + "." + member.Name, reason);
                return new BoundError(span);
            }
            if (member is FieldInfo { IsLiteral: true } constant)
            {
                var value = constant.GetRawConstantValue();
                if (type.IsEnum)
                {
                    value = Enum.ToObject(type, value!);
                }
                return new BoundLiteral(value, TypeSymbol.FromClr(type.IsEnum ? type : constant.FieldType), span);
            }
            var memberType = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
            return new BoundMemberAccess(null, member, TypeSymbol.FromClr(memberType), span);
        }
        var known = Catalog.MemberNames(type, true).ToList();
        _diagnostics.ReportUnknownMember(span, type.Name, name.Text, known);
        return new BoundError(span);
    }

    private BoundExpression BindMember(BoundExpression target, SyntaxToken name, TextSpan span)
    {
        var text = name.Text;
        if (target.Type is ErrorTypeSymbol)
        {
            return new BoundError(span);
        }
        if (AlwaysBlockedMembers.Contains(text))
        {
            _diagnostics.ReportNotAllowed(span, text, "deze functie geeft toegang tot de binnenkant van het systeem.");
            return new BoundError(span);
        }
        switch (target.Type)
        {
            case ObjectReturnTypeSymbol objectReturn:
                _diagnostics.ReportObjectReturnType(span, objectReturn.Method, text);
                return new BoundError(span);
            case NullTypeSymbol:
                _diagnostics.ReportUnknownMember(span, "null", text, []);
                return new BoundError(span);
            case DynamicTypeSymbol:
            case AbsentMemberTypeSymbol:
                // an absent member is null: reading a member of it fails at run time, as upstream's dynamic access does
                return new BoundLateMember(Box(target), text, IgnoreCase, span);
            case RecordTypeSymbol record:
            {
                var index = record.Shape.IndexOf(text, IgnoreCase);
                if (index < 0)
                {
                    return JsonValueMember(target, text, span) ?? new BoundLiteral(null, new AbsentMemberTypeSymbol(text), span);
                }
                return new BoundRecordMember(target, record.Shape, index, record.Shape.Keys[index], IgnoreCase, record.MemberType(index), span);
            }
        }
        var type = target.Type.ClrType;
        if (target.Type is ClrTypeSymbol)
        {
            var member = Catalog.FindDataMember(type, text, false, IgnoreCase);
            if (member is not null)
            {
                if (Catalog.WhyNotAllowed(member, false) is { } reason)
                {
                    _diagnostics.ReportNotAllowed(span, member.Name, reason);
                    return new BoundError(span);
                }
                var memberType = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
                return new BoundMemberAccess(target, member, TypeSymbol.FromClr(memberType), span);
            }
        }
        if ((text.Equals("Count", _comparison) || text.Equals("Length", _comparison)) && ElementOf(target.Type) is not null)
        {
            return BindLinq(target, "Count", [], span);
        }
        if (target is BoundRecordMember && JsonValueMember(target, text, span) is { } valueMember)
        {
            return valueMember;
        }
        if (MemberCatalog.IsDangerous(type))
        {
            _diagnostics.ReportTypeNotAllowed(span, text);
            return new BoundError(span);
        }
        _diagnostics.ReportUnknownMember(span, DescribeTarget(target), text, target.Type is ClrTypeSymbol ? Catalog.MemberNames(type, false) : []);
        return new BoundError(span);
    }

    /// <summary>
    /// <c>HasValue</c> and <c>Value</c> of a value read from JSON, whose type depends on the data (a field is null in one
    /// input and a number in the next): a value that is there has a value and is its own value. Null values get the same
    /// answers at run time (<see cref="Emit.LateBinder.GetMember"/>). Null when <paramref name="name"/> is neither.
    /// </summary>
    private BoundExpression? JsonValueMember(BoundExpression target, string name, TextSpan span)
    {
        if (name.Equals("HasValue", _comparison))
        {
            return new BoundLiteral(true, BoolType, span);
        }
        return name.Equals("Value", _comparison) ? target : null;
    }

    private static string DescribeTarget(BoundExpression target) => target switch
    {
        BoundParameter p => p.Parameter.Name,
        BoundLambdaParameter lp => lp.Parameter.Name,
        BoundRecordMember m => m.Name,
        BoundMemberAccess a => a.Member.Name,
        _ => target.Type.DisplayName,
    };

    // ---------------------------------------------------------------- element access

    private BoundExpression BindElementAccess(ElementAccessExpressionSyntax syntax)
    {
        var target = Bind(syntax.Target);
        var arguments = syntax.Arguments.Select(Bind).ToList();
        if (target.Type.IsError || arguments.Exists(a => a.Type.IsError))
        {
            return new BoundError(syntax.Span);
        }
        if (arguments.Count != 1)
        {
            _diagnostics.ReportNotIndexable(syntax.Span, target.Type.DisplayName);
            return new BoundError(syntax.Span);
        }
        var index = arguments[0];
        switch (target.Type)
        {
            case DynamicTypeSymbol:
                return new BoundLateIndex(target, Box(index), syntax.Span);
            case RecordTypeSymbol record when index is BoundLiteral { Value: string key }:
            {
                var position = record.Shape.IndexOf(key, IgnoreCase);
                if (position < 0)
                {
                    return new BoundLiteral(null, new AbsentMemberTypeSymbol(key), syntax.Span);
                }
                return new BoundRecordMember(target, record.Shape, position, record.Shape.Keys[position], IgnoreCase, record.MemberType(position), syntax.Span);
            }
            case RecordArrayTypeSymbol recordArray:
                return new BoundIndex(target, null, [Convert(index, TypeSymbol.FromClr(typeof(int)), index.Span)], recordArray.Element, syntax.Span);
        }
        var type = target.Type.ClrType;
        if (type.IsArray && type.GetArrayRank() == 1)
        {
            return new BoundIndex(target, null, [Convert(index, TypeSymbol.FromClr(typeof(int)), index.Span)], TypeSymbol.FromClr(type.GetElementType()!), syntax.Span);
        }
        if (type == typeof(string))
        {
            var chars = typeof(string).GetProperty("Chars")!;
            return new BoundIndex(target, chars, [Convert(index, TypeSymbol.FromClr(typeof(int)), index.Span)], TypeSymbol.FromClr(typeof(char)), syntax.Span);
        }
        var indexers = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Concat(type.GetInterfaces().SelectMany(i => i.GetProperties()))
            .Where(p => p.GetIndexParameters().Length == 1 && p.CanRead)
            .ToList();
        foreach (var indexer in indexers)
        {
            var parameterType = indexer.GetIndexParameters()[0].ParameterType;
            if (ConversionCost(index, TypeSymbol.FromClr(parameterType)) >= 0)
            {
                if (Catalog.WhyNotAllowed(indexer, false) is { } reason && !MemberCatalog.IsDangerous(indexer.PropertyType) && indexer.DeclaringType is { } d
                    && !(typeof(System.Collections.IEnumerable).IsAssignableFrom(d) || Catalog.IsCustom(d)))
                {
                    _diagnostics.ReportNotAllowed(syntax.Span, "[…]", reason);
                    return new BoundError(syntax.Span);
                }
                if (MemberCatalog.IsDangerous(indexer.PropertyType))
                {
                    _diagnostics.ReportTypeNotAllowed(syntax.Span, "[…]");
                    return new BoundError(syntax.Span);
                }
                return new BoundIndex(target, indexer, [Convert(index, TypeSymbol.FromClr(parameterType), index.Span)], TypeSymbol.FromClr(indexer.PropertyType), syntax.Span);
            }
        }
        _diagnostics.ReportNotIndexable(syntax.Span, target.Type.DisplayName);
        return new BoundError(syntax.Span);
    }
}
