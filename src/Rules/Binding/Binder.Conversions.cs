using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

internal sealed partial class Binder
{
    /// <summary>How costly an implicit conversion is (0 = identity), or -1 when there is none.</summary>
    private static int ConversionCost(BoundExpression expression, TypeSymbol target)
    {
        var source = expression.Type;
        if (source.IsError || target.IsError)
        {
            return 0;
        }
        if (ReferenceEquals(source, target))
        {
            return 0;
        }
        var to = target.ClrType;
        if (source is RecordTypeSymbol && target is RecordTypeSymbol)
        {
            return -1;
        }
        if (target is DynamicTypeSymbol || to == typeof(object))
        {
            return source.ClrType == typeof(object) ? 0 : 1;
        }
        if (source is NullTypeSymbol)
        {
            return NumericFacts.CanBeNull(to) ? 0 : -1;
        }
        if (source.IsDynamic || source is ObjectReturnTypeSymbol)
        {
            return 3;
        }
        var from = source.ClrType;
        if (from == to)
        {
            return 0;
        }
        if (expression is BoundLiteral { IsNumericLiteral: true } literal && NumericFacts.IsNumeric(NumericFacts.Underlying(to))
            && NumericFacts.TryConvertLiteral(literal.Value, literal.NumberText, to, out _))
        {
            return 1;
        }
        var fromUnderlying = NumericFacts.Underlying(from);
        var toUnderlying = NumericFacts.Underlying(to);
        if (NumericFacts.IsNullable(to) && (!NumericFacts.IsNullable(from) || fromUnderlying != from) && NumericFacts.HasImplicit(fromUnderlying, toUnderlying))
        {
            return 2;
        }
        if (!NumericFacts.IsNullable(from) && !NumericFacts.IsNullable(to) && NumericFacts.HasImplicit(from, to))
        {
            return 2;
        }
        if (to.IsAssignableFrom(from))
        {
            return 1;
        }
        return -1;
    }

    /// <summary>Applies an implicit conversion; reports when there is none.</summary>
    private BoundExpression Convert(BoundExpression expression, TypeSymbol target, TextSpan span)
    {
        var cost = ConversionCost(expression, target);
        if (cost < 0)
        {
            _diagnostics.ReportCannotConvert(span, expression.Type.DisplayName, target.DisplayName);
            return new BoundError(span);
        }
        if (expression.Type.IsError || target.IsError)
        {
            return expression.Type.IsError ? expression : new BoundError(span);
        }
        if (ReferenceEquals(expression.Type, target) || (expression.Type.ClrType == target.ClrType && expression.Type is not NullTypeSymbol
            && !expression.Type.IsDynamic && expression.Type is not ObjectReturnTypeSymbol))
        {
            return expression;
        }
        if (expression.Type is NullTypeSymbol)
        {
            return new BoundLiteral(null, target, expression.Span);
        }
        if ((expression.Type.IsDynamic || expression.Type is ObjectReturnTypeSymbol) && target.ClrType != typeof(object))
        {
            return new BoundConversion(expression, ConversionKind.Runtime, target, expression.Span);
        }
        if (expression is BoundLiteral { IsNumericLiteral: true } literal && NumericFacts.TryConvertLiteral(literal.Value, literal.NumberText, target.ClrType, out var converted))
        {
            if (NumericFacts.IsNullable(target.ClrType))
            {
                return new BoundConversion(new BoundLiteral(converted, TypeSymbol.FromClr(NumericFacts.Underlying(target.ClrType)), literal.Span, true, literal.NumberText), ConversionKind.Clr, target, literal.Span);
            }
            return new BoundLiteral(converted, target, literal.Span, true, literal.NumberText);
        }
        return new BoundConversion(expression, ConversionKind.Clr, target, expression.Span);
    }

    private static BoundExpression Box(BoundExpression expression)
    {
        if (expression.Type.ClrType == typeof(object) && expression.Type is not NullTypeSymbol)
        {
            return expression;
        }
        if (expression.Type is NullTypeSymbol)
        {
            return new BoundLiteral(null, DynamicTypeSymbol.Instance, expression.Span);
        }
        return new BoundConversion(expression, ConversionKind.Clr, DynamicTypeSymbol.Instance, expression.Span);
    }

    private BoundExpression ToBoolean(BoundExpression expression, bool report, bool asRuleResult = false)
    {
        var type = expression.Type;
        if (type.IsError)
        {
            return expression;
        }
        if (type.ClrType == typeof(bool) && type is ClrTypeSymbol)
        {
            return expression;
        }
        if (type.ClrType == typeof(bool?))
        {
            return new BoundBinary(BoundBinaryKind.Coalesce, expression, new BoundLiteral(false, TypeSymbol.FromClr(typeof(bool)), expression.Span), TypeSymbol.FromClr(typeof(bool)), expression.Span);
        }
        if (type.IsDynamic || type is ObjectReturnTypeSymbol)
        {
            return new BoundConversion(expression, ConversionKind.Runtime, TypeSymbol.FromClr(typeof(bool)), expression.Span);
        }
        if (report)
        {
            if (asRuleResult)
            {
                _diagnostics.ReportNotBoolean(expression.Span, type.DisplayName);
            }
            else
            {
                _diagnostics.ReportCannotConvert(expression.Span, type.DisplayName, "waar/onwaar");
            }
        }
        return new BoundError(expression.Span);
    }
}
