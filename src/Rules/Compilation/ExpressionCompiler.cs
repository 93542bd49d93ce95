using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Participatie.Rules.Binding;
using Participatie.Rules.Data;
using Participatie.Rules.Diagnostics;
using Participatie.Rules.Emit;
using Participatie.Rules.Syntax;

namespace Participatie.Rules.Compilation;

/// <summary>
/// Compiles single expressions in the rules language against named parameters — for example the
/// <c>CSharp</c>-type expressions of workflows. Typed parameters give typed, fast code; parameters
/// of type <see cref="object"/> (or values from dictionaries/JSON) are bound late.
/// </summary>
public sealed partial class ExpressionCompiler
{
    private readonly ExpressionCompilerOptions _options;
    private readonly ConcurrentDictionary<string, (CompiledExpression Compiled, string[] Names)> _evaluateCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<TypeSymbol, int> SymbolIds = new();
    private static int _nextSymbolId;

    /// <summary>Compiled expressions kept by <see cref="Evaluate"/>; the cache is emptied beyond this (no unbounded growth).</summary>
    private const int MaxCachedExpressions = 10_000;

    public ExpressionCompiler(ExpressionCompilerOptions? options = null)
    {
        _options = options ?? new ExpressionCompilerOptions();
    }

    private MemberCatalog CreateCatalog(IEnumerable<Type> inputTypes) =>
        new([.. _options.CustomTypes, typeof(SafeConvert), typeof(ExpressionUtils)], inputTypes, inputTypeMethods: true);

    private static TypeSymbol SymbolFor(Type type) =>
        type == typeof(object) || typeof(DataObject).IsAssignableFrom(type) || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
            ? DynamicTypeSymbol.Instance
            : TypeSymbol.FromClr(type);

    /// <summary>
    /// Compiles <paramref name="expression"/> over <paramref name="parameters"/>. With
    /// <paramref name="resultType"/> the value is converted to that type (e.g. <c>typeof(bool)</c>).
    /// Never throws for a bad expression: look at <see cref="CompiledExpression.Diagnostics"/>.
    /// </summary>
    public CompiledExpression Compile(string expression, IReadOnlyList<ExpressionParameter> parameters, Type? resultType = null)
    {
        var symbols = parameters.Select((p, i) => new ParameterSymbol(p.Name, SymbolFor(p.Type), i)).ToList();
        return CompileSymbols(expression, symbols, parameters.Select(p => p.Type), resultType);
    }

    private CompiledExpression CompileSymbols(string expression, List<ParameterSymbol> symbols, IEnumerable<Type> inputTypes, Type? resultType)
    {
        var catalog = CreateCatalog(inputTypes);
        var options = new BinderOptions(symbols, catalog, _options.IsExpressionCaseSensitive);
        var target = resultType is null ? null : SymbolFor(resultType);
        var result = ExpressionPipeline.Bind(expression, options, _options.Limits, predicate: false, target);
        if (result.HasErrors)
        {
            return new CompiledExpression(result.Diagnostics, null, null, null);
        }
        try
        {
            return Emit(result, symbols, resultType, catalog);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or InsufficientExecutionStackException or NotSupportedException)
        {
            var diagnostic = new Diagnostic("RE0198", DiagnosticSeverity.Error, new Text.TextSpan(0, expression.Length),
                "De expressie kon niet vertaald worden (interne fout van de regelcompiler): " + ex.Message) { Column = 1 };
            return new CompiledExpression([.. result.Diagnostics, diagnostic], null, null, null);
        }
    }

    private CompiledExpression Emit(ExpressionPipeline.Result result, List<ParameterSymbol> symbols, Type? resultType, MemberCatalog catalog)
    {
        var late = new LateBinder(catalog, !_options.IsExpressionCaseSensitive);
        var limits = _options.Limits;
        var typedParameters = symbols.Select(s => Expression.Parameter(s.Type.ClrType, s.Name)).ToList();
        // The typed delegate has no place for a budget argument: each call starts its own.
        var newBudget = Expression.New(typeof(EvaluationBudget).GetConstructor([typeof(ExpressionLimits)])!, Expression.Constant(limits));
        var typedBody = new Emitter(s => typedParameters[s.Slot], _options.TimeProvider, late, limits.MaxStringLength).EmitRoot(result.Bound, () => newBudget);
        if (resultType is not null && typedBody.Type != resultType)
        {
            typedBody = Expression.Convert(typedBody, resultType);
        }
        var lambda = Expression.Lambda(typedBody, typedParameters);

        var arguments = Expression.Parameter(typeof(object[]), "arguments");
        var budget = Expression.Parameter(typeof(EvaluationBudget), "budget");
        var emitter = new Emitter(
            s => ExpressionPipeline.FromObject(Expression.ArrayIndex(arguments, Expression.Constant(s.Slot)), s.Type.ClrType),
            _options.TimeProvider,
            late,
            limits.MaxStringLength);
        var body = emitter.EmitRoot(result.Bound, () => budget);
        if (resultType is not null && body.Type != resultType)
        {
            body = Expression.Convert(body, resultType);
        }
        var boxed = body.Type == typeof(object) ? body : Expression.Convert(body, typeof(object));
        var function = Expression.Lambda<Func<object?[], EvaluationBudget?, object?>>(boxed, arguments, budget).Compile();
        return new CompiledExpression(result.Diagnostics, lambda, function, typedBody.Type, emitter.UsesBudget ? limits : null);
    }

    /// <summary>
    /// Evaluates an expression over named values (dictionaries and JSON values are bound late,
    /// by their actual contents). Compiled code is cached per expression and value shapes.
    /// </summary>
    public ExpressionEvaluation Evaluate(string expression, IReadOnlyDictionary<string, object?> variables)
    {
        var names = variables.Keys.ToArray();
        var values = names.Select(n => DataValues.Normalize(variables[n])).ToArray();
        var symbols = names.Select((n, i) => new ParameterSymbol(n, TypeSymbol.FromValue(values[i]), i)).ToList();
        var key = expression + "\u0001" + string.Join("\u0002", symbols.Select(s => s.Name + ":" + SymbolIds.GetOrAdd(s.Type, _ => Interlocked.Increment(ref _nextSymbolId))));
        if (_evaluateCache.Count > MaxCachedExpressions)
        {
            _evaluateCache.Clear();
        }
        var entry = _evaluateCache.GetOrAdd(key, _ => (CompileSymbols(expression, symbols, values.Where(v => v is not null).Select(v => v!.GetType()), null), names));
        if (!entry.Compiled.Success)
        {
            return new ExpressionEvaluation(null, entry.Compiled.Diagnostics);
        }
        try
        {
            return new ExpressionEvaluation(entry.Compiled.Evaluate(values), entry.Compiled.Diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = RuntimeMessages.Describe(ex);
            return new ExpressionEvaluation(null, [.. entry.Compiled.Diagnostics, new Diagnostic("RE0900", DiagnosticSeverity.Error, new Text.TextSpan(0, expression.Length), message)]);
        }
    }

    /// <summary>Names that can be typed at <paramref name="position"/>: members after a dot, else parameters, types and keywords.</summary>
    public IReadOnlyList<CompletionItem> GetCompletions(string expression, int position, IReadOnlyList<ExpressionParameter> parameters)
    {
        position = Math.Clamp(position, 0, expression.Length);
        var before = expression[..position];
        var match = MemberChain().Match(before);
        var symbols = parameters.Select((p, i) => new ParameterSymbol(p.Name, SymbolFor(p.Type), i)).ToList();
        var catalog = CreateCatalog(parameters.Select(p => p.Type));
        var items = new List<CompletionItem>();
        var prefix = string.Empty;
        if (match.Success)
        {
            prefix = match.Groups["prefix"].Value;
            var target = match.Groups["target"].Value;
            var bound = ExpressionPipeline.Bind(target, new BinderOptions(symbols, catalog, _options.IsExpressionCaseSensitive), _options.Limits, predicate: false);
            if (!bound.HasErrors)
            {
                items.AddRange(MembersOf(bound.Bound.Type, catalog));
            }
            else if (Completion.StaticType(target) is { } staticType)
            {
                items.AddRange(catalog.MemberNames(staticType, true).Select(n => new CompletionItem(n, CompletionKind.Method, staticType.Name)));
            }
        }
        else
        {
            prefix = Completion.TrailingIdentifier(before);
            items.AddRange(parameters.Select(p => new CompletionItem(p.Name, CompletionKind.Parameter, TypeNames.Display(p.Type))));
            items.AddRange(Completion.TypeNames.Select(t => new CompletionItem(t, CompletionKind.Type, "type")));
            items.AddRange(catalog.CustomTypes.Where(t => t != typeof(SafeConvert) && t != typeof(ExpressionUtils)).Select(t => new CompletionItem(t.Name, CompletionKind.Type, "eigen type")));
            items.AddRange(Completion.Keywords.Select(k => new CompletionItem(k, CompletionKind.Keyword, "sleutelwoord")));
            if (symbols.Count == 1)
            {
                items.AddRange(MembersOf(symbols[0].Type, catalog).Where(i => i.Kind == CompletionKind.Field));
            }
        }
        return items
            .Where(i => i.Label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(i => i.Label)
            .OrderBy(i => i.Label, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static IEnumerable<CompletionItem> MembersOf(TypeSymbol type, MemberCatalog catalog)
    {
        switch (type)
        {
            case RecordTypeSymbol record:
                for (var i = 0; i < record.Shape.Count; i++)
                {
                    yield return new CompletionItem(record.Shape.Keys[i], CompletionKind.Field, record.MemberType(i).DisplayName);
                }
                yield break;
            case ClrTypeSymbol clr:
                foreach (var property in clr.Type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && catalog.WhyNotAllowed(p, false) is null))
                {
                    yield return new CompletionItem(property.Name, CompletionKind.Field, TypeNames.Display(property.PropertyType));
                }
                foreach (var field in clr.Type.GetFields().Where(f => !f.IsStatic && catalog.WhyNotAllowed(f, false) is null))
                {
                    yield return new CompletionItem(field.Name, CompletionKind.Field, TypeNames.Display(field.FieldType));
                }
                foreach (var method in catalog.MemberNames(clr.Type, false))
                {
                    if (clr.Type.GetMethods().Any(m => m.Name == method))
                    {
                        yield return new CompletionItem(method, CompletionKind.Method, "functie");
                    }
                }
                if (clr.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(clr.Type))
                {
                    foreach (var linq in Completion.LinqMethods)
                    {
                        yield return new CompletionItem(linq, CompletionKind.Method, "lijstfunctie");
                    }
                }
                yield break;
            case RecordArrayTypeSymbol or SequenceTypeSymbol:
                foreach (var linq in Completion.LinqMethods)
                {
                    yield return new CompletionItem(linq, CompletionKind.Method, "lijstfunctie");
                }
                yield break;
        }
    }

    [GeneratedRegex(@"(?<target>[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*|\[[^\]]*\]|\([^()]*\))*)\s*\.\s*(?<prefix>[A-Za-z_0-9]*)$")]
    private static partial Regex MemberChain();
}
