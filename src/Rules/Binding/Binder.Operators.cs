using Participatie.Rules.Data;
using Participatie.Rules.Syntax;
using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly TypeSymbol BoolType = TypeSymbol.FromClr(typeof(bool));

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = Bind(syntax.Operand);
        if (operand.Type.IsError)
        {
            return new BoundError(syntax.Span);
        }
        switch (syntax.Operator.Kind)
        {
            case SyntaxKind.BangToken:
            case SyntaxKind.NotKeyword:
                if (operand.Type.IsDynamic || operand.Type is ObjectReturnTypeSymbol)
                {
                    return new BoundUnary(BoundUnaryKind.LateNot, operand, BoolType, syntax.Span);
                }
                var condition = ToBoolean(operand, report: false);
                if (condition.Type.IsError)
                {
                    _diagnostics.ReportUnaryOperatorNotDefined(syntax.Span, syntax.Operator.Text, operand.Type.DisplayName);
                    return new BoundError(syntax.Span);
                }
                return new BoundUnary(BoundUnaryKind.Not, condition, BoolType, syntax.Span);
            case SyntaxKind.PlusToken:
                if (NumericFacts.IsNumericOrNullable(operand.Type.ClrType) || operand.Type.IsDynamic)
                {
                    return operand;
                }
                break;
            case SyntaxKind.MinusToken:
                if (operand.Type.IsDynamic)
                {
                    return new BoundUnary(BoundUnaryKind.LateNegate, operand, DynamicTypeSymbol.Instance, syntax.Span);
                }
                if (operand is BoundLiteral { IsNumericLiteral: true } literal)
                {
                    object? negated = literal.Value switch
                    {
                        int i => -i,
                        long l => -l,
                        double d => -d,
                        decimal m => -m,
                        float f => -f,
                        uint u => -(long)u,
                        ulong ul when ul == 9223372036854775808UL => long.MinValue,
                        _ => null,
                    };
                    if (negated is not null)
                    {
                        // -2.5 is one literal and adapts like 2.5; -(2.5) is a negation, whose result keeps its type (as in Dynamic LINQ)
                        var written = syntax.Operand is LiteralExpressionSyntax;
                        return new BoundLiteral(negated, TypeSymbol.FromClr(negated.GetType()), syntax.Span, written, written ? "-" + literal.NumberText : null);
                    }
                }
                var type = operand.Type.ClrType;
                if (type == typeof(TimeSpan))
                {
                    return new BoundUnary(BoundUnaryKind.Negate, operand, operand.Type, syntax.Span);
                }
                var promoted = NumericFacts.Promote(type, typeof(int), false, true);
                if (promoted is not null)
                {
                    if (NumericFacts.Underlying(promoted) == typeof(uint))
                    {
                        promoted = NumericFacts.IsNullable(promoted) ? typeof(long?) : typeof(long);
                    }
                    if (NumericFacts.Underlying(promoted) != typeof(ulong))
                    {
                        var converted = Convert(operand, TypeSymbol.FromClr(promoted), syntax.Span);
                        return new BoundUnary(BoundUnaryKind.Negate, converted, converted.Type, syntax.Span);
                    }
                }
                break;
        }
        _diagnostics.ReportUnaryOperatorNotDefined(syntax.Span, syntax.Operator.Text, operand.Type.DisplayName);
        return new BoundError(syntax.Span);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var left = Bind(syntax.Left);
        var right = Bind(syntax.Right);
        var span = syntax.Span;
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundError(span);
        }
        var opText = syntax.Operator.Text;
        switch (syntax.Operator.Kind)
        {
            case SyntaxKind.AmpersandAmpersandToken:
            case SyntaxKind.AndKeyword:
            case SyntaxKind.PipePipeToken:
            case SyntaxKind.OrKeyword:
            {
                var kind = syntax.Operator.Kind is SyntaxKind.AmpersandAmpersandToken or SyntaxKind.AndKeyword ? BoundBinaryKind.AndAlso : BoundBinaryKind.OrElse;
                var l = ToBoolean(left, report: false);
                var r = ToBoolean(right, report: false);
                if (l.Type.IsError || r.Type.IsError)
                {
                    _diagnostics.ReportOperatorNotDefined(span, opText, left.Type.DisplayName, right.Type.DisplayName);
                    return new BoundError(span);
                }
                return new BoundBinary(kind, l, r, BoolType, span);
            }
            case SyntaxKind.QuestionQuestionToken:
                return BindCoalesce(left, right, span);
            case SyntaxKind.EqualsToken:
            case SyntaxKind.EqualsEqualsToken:
                return BindEquality(BoundBinaryKind.Equal, left, right, opText, span);
            case SyntaxKind.BangEqualsToken:
            case SyntaxKind.LessGreaterToken:
                return BindEquality(BoundBinaryKind.NotEqual, left, right, opText, span);
            case SyntaxKind.LessToken:
                return BindRelational(BoundBinaryKind.Less, left, right, opText, span);
            case SyntaxKind.LessEqualsToken:
                return BindRelational(BoundBinaryKind.LessOrEqual, left, right, opText, span);
            case SyntaxKind.GreaterToken:
                return BindRelational(BoundBinaryKind.Greater, left, right, opText, span);
            case SyntaxKind.GreaterEqualsToken:
                return BindRelational(BoundBinaryKind.GreaterOrEqual, left, right, opText, span);
            case SyntaxKind.PlusToken:
                return BindArithmetic(BoundBinaryKind.Add, left, right, opText, span);
            case SyntaxKind.AmpersandToken:
                return BindStringConcat(left, right, span);
            case SyntaxKind.MinusToken:
                return BindArithmetic(BoundBinaryKind.Subtract, left, right, opText, span);
            case SyntaxKind.StarToken:
                return BindArithmetic(BoundBinaryKind.Multiply, left, right, opText, span);
            case SyntaxKind.SlashToken:
                return BindArithmetic(BoundBinaryKind.Divide, left, right, opText, span);
            case SyntaxKind.PercentToken:
            case SyntaxKind.ModKeyword:
                return BindArithmetic(BoundBinaryKind.Modulo, left, right, opText, span);
        }
        _diagnostics.ReportOperatorNotDefined(span, opText, left.Type.DisplayName, right.Type.DisplayName);
        return new BoundError(span);
    }

    private static bool IsLate(BoundExpression e) => e.Type.IsDynamic || e.Type is ObjectReturnTypeSymbol;

    private static bool IsNumericLiteral(BoundExpression e) => e is BoundLiteral { IsNumericLiteral: true };

    /// <summary>
    /// As Dynamic LINQ, which types an operator by the first operand that decides: a plainly written number after a value of a
    /// number type takes that type when it fits, so <c>typed.Age - 3L</c> is an int and <c>bedrag > 2.5</c> compares decimals
    /// when bedrag is one; before it (<c>3L - typed.Age</c>) the number keeps its type and C#'s promotion applies. Null otherwise.
    /// </summary>
    private static Type? AdaptedLiteralType(BoundExpression left, BoundExpression right)
    {
        if (IsNumericLiteral(left) || right is not BoundLiteral { IsNumericLiteral: true } literal)
        {
            return null;
        }
        var target = left.Type.ClrType;
        return left.Type is ClrTypeSymbol && NumericFacts.IsNumericOrNullable(target) && NumericFacts.TryConvertLiteral(literal.Value, literal.NumberText, target, out _)
            ? target
            : null;
    }

    private BoundExpression BindStringConcat(BoundExpression left, BoundExpression right, TextSpan span)
    {
        var method = typeof(string).GetMethod(nameof(string.Concat), [typeof(object), typeof(object)])!;
        return new BoundCall(null, method, [Box(left), Box(right)], TypeSymbol.FromClr(typeof(string)), span);
    }

    private BoundExpression BindCoalesce(BoundExpression left, BoundExpression right, TextSpan span)
    {
        if (IsLate(left) || IsLate(right))
        {
            return new BoundBinary(BoundBinaryKind.Coalesce, Box(left), Box(right), DynamicTypeSymbol.Instance, span);
        }
        var leftType = left.Type.ClrType;
        if (left.Type is NullTypeSymbol)
        {
            return right;
        }
        if (!NumericFacts.CanBeNull(leftType))
        {
            _diagnostics.ReportOperatorNotDefined(span, "??", left.Type.DisplayName, right.Type.DisplayName);
            return new BoundError(span);
        }
        if (NumericFacts.IsNullable(leftType))
        {
            var underlying = TypeSymbol.FromClr(NumericFacts.Underlying(leftType));
            if (ConversionCost(right, underlying) >= 0)
            {
                return new BoundBinary(BoundBinaryKind.Coalesce, left, Convert(right, underlying, span), underlying, span);
            }
        }
        if (ConversionCost(right, left.Type) >= 0)
        {
            return new BoundBinary(BoundBinaryKind.Coalesce, left, Convert(right, left.Type, span), left.Type, span);
        }
        if (NumericFacts.IsNullable(leftType) && right.Type is ClrTypeSymbol { Type: var rightType } && !NumericFacts.IsNullable(rightType)
            && NumericFacts.HasImplicit(NumericFacts.Underlying(leftType), rightType))
        {
            // C#: int? ?? 2.5 is a double — the value converts to the wider type of the fallback
            var lifted = TypeSymbol.FromClr(NumericFacts.MakeNullable(rightType));
            return new BoundBinary(BoundBinaryKind.Coalesce, Convert(left, lifted, span), right, right.Type, span);
        }
        _diagnostics.ReportOperatorNotDefined(span, "??", left.Type.DisplayName, right.Type.DisplayName);
        return new BoundError(span);
    }

    private BoundExpression BindEquality(BoundBinaryKind kind, BoundExpression left, BoundExpression right, string op, TextSpan span)
    {
        if (left.Type is AbsentMemberTypeSymbol || right.Type is AbsentMemberTypeSymbol)
        {
            return BindAbsentEquality(kind, left, right, op, span);
        }
        if (IsLate(left) || IsLate(right))
        {
            return new BoundLateBinary(kind, Box(left), Box(right), BoolType, span);
        }
        if (left.Type is NullTypeSymbol && right.Type is NullTypeSymbol)
        {
            return new BoundLiteral(kind == BoundBinaryKind.Equal, BoolType, span);
        }
        if (left.Type is NullTypeSymbol || right.Type is NullTypeSymbol)
        {
            var other = left.Type is NullTypeSymbol ? right : left;
            if (!NumericFacts.CanBeNull(other.Type.ClrType))
            {
                // A value that can never be empty is never equal to null.
                return new BoundLiteral(kind == BoundBinaryKind.NotEqual, BoolType, span);
            }
            var nullLiteral = new BoundLiteral(null, other.Type, span);
            return new BoundBinary(kind, other, nullLiteral, BoolType, span);
        }
        if (TryEnumOperands(ref left, ref right))
        {
            // enum operands are now numbers
        }
        var leftType = left.Type.ClrType;
        var rightType = right.Type.ClrType;
        var promoted = AdaptedLiteralType(left, right) ?? NumericFacts.Promote(leftType, rightType, IsNumericLiteral(left), IsNumericLiteral(right));
        if (promoted is not null)
        {
            var target = TypeSymbol.FromClr(promoted);
            return new BoundBinary(kind, Convert(left, target, span), Convert(right, target, span), BoolType, span);
        }
        if (NumericFacts.Underlying(leftType) == typeof(char) && right is BoundLiteral { Value: string { Length: 1 } rs })
        {
            right = new BoundLiteral(rs[0], TypeSymbol.FromClr(typeof(char)), right.Span);
            rightType = typeof(char);
        }
        else if (NumericFacts.Underlying(rightType) == typeof(char) && left is BoundLiteral { Value: string { Length: 1 } ls })
        {
            left = new BoundLiteral(ls[0], TypeSymbol.FromClr(typeof(char)), left.Span);
            leftType = typeof(char);
        }
        if (left.Type is RecordTypeSymbol || right.Type is RecordTypeSymbol || left.Type is RecordArrayTypeSymbol || right.Type is RecordArrayTypeSymbol)
        {
            // a record equals only itself: comparing it with a record of another shape, a text or a number is a mistake
            // (upstream and C# refuse it too)
            if (!ReferenceEquals(left.Type, right.Type))
            {
                _diagnostics.ReportOperatorNotDefined(span, op, left.Type.DisplayName, right.Type.DisplayName);
                return new BoundError(span);
            }
            return BindObjectEquals(kind, left, right, span);
        }
        if (leftType == rightType || ConversionCost(right, left.Type) >= 0 || ConversionCost(left, right.Type) >= 0)
        {
            var common = leftType == rightType ? left.Type : ConversionCost(right, left.Type) >= 0 ? left.Type : right.Type;
            var l = Convert(left, common, span);
            var r = Convert(right, common, span);
            var type = NumericFacts.Underlying(common.ClrType);
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || HasOperator(type, "op_Equality") || !type.IsValueType)
            {
                if (!type.IsValueType && type != typeof(string) && !HasOperator(type, "op_Equality"))
                {
                    return BindObjectEquals(kind, l, r, span);
                }
                return new BoundBinary(kind, l, r, BoolType, span);
            }
            return BindObjectEquals(kind, l, r, span);
        }
        _diagnostics.ReportOperatorNotDefined(span, op, left.Type.DisplayName, right.Type.DisplayName);
        return new BoundError(span);
    }

    /// <summary>
    /// An absent member is null, so comparing it is comparing the other side with null. Upstream compares them as objects,
    /// which it refuses for a value type that cannot be null (a number, true/false): so do we.
    /// </summary>
    private BoundExpression BindAbsentEquality(BoundBinaryKind kind, BoundExpression left, BoundExpression right, string op, TextSpan span)
    {
        var other = left.Type is AbsentMemberTypeSymbol ? right : left;
        if (other.Type is ClrTypeSymbol clr && clr.Type.IsValueType && !NumericFacts.IsNullable(clr.Type))
        {
            _diagnostics.ReportOperatorNotDefined(span, op, left.Type.DisplayName, right.Type.DisplayName);
            return new BoundError(span);
        }
        return new BoundLateBinary(kind, Box(left), Box(right), BoolType, span);
    }

    private BoundExpression BindObjectEquals(BoundBinaryKind kind, BoundExpression left, BoundExpression right, TextSpan span)
    {
        var equals = typeof(object).GetMethod(nameof(object.Equals), [typeof(object), typeof(object)])!;
        BoundExpression call = new BoundCall(null, equals, [Box(left), Box(right)], BoolType, span);
        return kind == BoundBinaryKind.Equal ? call : new BoundUnary(BoundUnaryKind.Not, call, BoolType, span);
    }

    private static bool HasOperator(Type type, string name) =>
        type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Any(m => m.Name == name);

    /// <summary>Enum compared with a number: both become numbers. Enum compared with a text literal: the text is parsed.</summary>
    private bool TryEnumOperands(ref BoundExpression left, ref BoundExpression right)
    {
        var l = NumericFacts.Underlying(left.Type.ClrType);
        var r = NumericFacts.Underlying(right.Type.ClrType);
        if (l.IsEnum && right is BoundLiteral { Value: string ls })
        {
            right = ParseEnumLiteral(l, ls, right);
            r = l;
        }
        else if (r.IsEnum && left is BoundLiteral { Value: string rs })
        {
            left = ParseEnumLiteral(r, rs, left);
            l = r;
        }
        if (l.IsEnum && (r.IsEnum || NumericFacts.IsNumeric(r)))
        {
            left = EnumToNumber(left, l);
            right = r.IsEnum ? EnumToNumber(right, r) : right;
            return true;
        }
        if (r.IsEnum && NumericFacts.IsNumeric(l))
        {
            right = EnumToNumber(right, r);
            return true;
        }
        return false;
    }

    private BoundExpression ParseEnumLiteral(Type enumType, string text, BoundExpression literal)
    {
        if (Enum.TryParse(enumType, text, ignoreCase: !_options.CaseSensitive, out var value) && Enum.IsDefined(enumType, value!))
        {
            return new BoundLiteral(value, TypeSymbol.FromClr(enumType), literal.Span);
        }
        _diagnostics.ReportCannotConvert(literal.Span, $"'{text}'", $"een van {string.Join(", ", Enum.GetNames(enumType))}");
        return new BoundError(literal.Span);
    }

    private static BoundExpression EnumToNumber(BoundExpression expression, Type enumType)
    {
        if (expression.Type.IsError)
        {
            return expression;
        }
        var underlying = Enum.GetUnderlyingType(enumType);
        var target = NumericFacts.IsNullable(expression.Type.ClrType) ? NumericFacts.MakeNullable(underlying) : underlying;
        if (expression is BoundLiteral { Value: Enum e })
        {
            return new BoundLiteral(System.Convert.ChangeType(e, underlying, System.Globalization.CultureInfo.InvariantCulture), TypeSymbol.FromClr(underlying), expression.Span);
        }
        return new BoundConversion(expression, ConversionKind.Clr, TypeSymbol.FromClr(target), expression.Span);
    }

    private BoundExpression BindRelational(BoundBinaryKind kind, BoundExpression left, BoundExpression right, string op, TextSpan span)
    {
        if (IsLate(left) || IsLate(right))
        {
            return new BoundLateBinary(kind, Box(left), Box(right), BoolType, span);
        }
        TryEnumOperands(ref left, ref right);
        var leftType = left.Type.ClrType;
        var rightType = right.Type.ClrType;
        var promoted = AdaptedLiteralType(left, right) ?? NumericFacts.Promote(leftType, rightType, IsNumericLiteral(left), IsNumericLiteral(right));
        if (promoted is not null)
        {
            var target = TypeSymbol.FromClr(promoted);
            return new BoundBinary(kind, Convert(left, target, span), Convert(right, target, span), BoolType, span);
        }
        if ((leftType == typeof(string) || left.Type is NullTypeSymbol) && (rightType == typeof(string) || right.Type is NullTypeSymbol))
        {
            var stringType = TypeSymbol.FromClr(typeof(string));
            return new BoundBinary(BoundBinaryKind.StringCompare, Convert(left, stringType, span), Convert(right, stringType, span), BoolType, span, kind);
        }
        var l = NumericFacts.Underlying(leftType);
        var r = NumericFacts.Underlying(rightType);
        if (l == r && (l == typeof(DateTime) || l == typeof(TimeSpan) || l == typeof(DateTimeOffset)))
        {
            var common = NumericFacts.IsNullable(leftType) || NumericFacts.IsNullable(rightType) ? NumericFacts.MakeNullable(l) : l;
            var target = TypeSymbol.FromClr(common);
            return new BoundBinary(kind, Convert(left, target, span), Convert(right, target, span), BoolType, span);
        }
        _diagnostics.ReportOperatorNotDefined(span, op, left.Type.DisplayName, right.Type.DisplayName);
        return new BoundError(span);
    }

    private BoundExpression BindArithmetic(BoundBinaryKind kind, BoundExpression left, BoundExpression right, string op, TextSpan span)
    {
        var leftType = left.Type.ClrType;
        var rightType = right.Type.ClrType;
        if (kind == BoundBinaryKind.Add && ((leftType == typeof(string) && left.Type is ClrTypeSymbol) || (rightType == typeof(string) && right.Type is ClrTypeSymbol)))
        {
            return BindStringConcat(left, right, span);
        }
        if (IsLate(left) || IsLate(right))
        {
            return new BoundLateBinary(kind, Box(left), Box(right), DynamicTypeSymbol.Instance, span);
        }
        var promoted = AdaptedLiteralType(left, right) ?? NumericFacts.Promote(leftType, rightType, IsNumericLiteral(left), IsNumericLiteral(right));
        if (promoted is not null)
        {
            var target = TypeSymbol.FromClr(promoted);
            return new BoundBinary(kind, Convert(left, target, span), Convert(right, target, span), target, span);
        }
        var l = NumericFacts.Underlying(leftType);
        var r = NumericFacts.Underlying(rightType);
        Type? result = (kind, l, r) switch
        {
            (BoundBinaryKind.Add, _, _) when l == typeof(DateTime) && r == typeof(TimeSpan) => typeof(DateTime),
            (BoundBinaryKind.Subtract, _, _) when l == typeof(DateTime) && r == typeof(TimeSpan) => typeof(DateTime),
            (BoundBinaryKind.Subtract, _, _) when l == typeof(DateTime) && r == typeof(DateTime) => typeof(TimeSpan),
            (BoundBinaryKind.Add or BoundBinaryKind.Subtract, _, _) when l == typeof(TimeSpan) && r == typeof(TimeSpan) => typeof(TimeSpan),
            _ => null,
        };
        if (result is not null)
        {
            var nullable = NumericFacts.IsNullable(leftType) || NumericFacts.IsNullable(rightType);
            var lt = TypeSymbol.FromClr(nullable ? NumericFacts.MakeNullable(l) : l);
            var rt = TypeSymbol.FromClr(nullable ? NumericFacts.MakeNullable(r) : r);
            return new BoundBinary(kind, Convert(left, lt, span), Convert(right, rt, span), TypeSymbol.FromClr(nullable ? NumericFacts.MakeNullable(result) : result), span);
        }
        _diagnostics.ReportOperatorNotDefined(span, op, left.Type.DisplayName, right.Type.DisplayName);
        return new BoundError(span);
    }

    private BoundExpression BindConditional(Syntax.ExpressionSyntax conditionSyntax, Syntax.ExpressionSyntax trueSyntax, Syntax.ExpressionSyntax falseSyntax, TextSpan span)
    {
        var condition = ToBoolean(Bind(conditionSyntax), report: true);
        var whenTrue = Bind(trueSyntax);
        var whenFalse = Bind(falseSyntax);
        if (condition.Type.IsError || whenTrue.Type.IsError || whenFalse.Type.IsError)
        {
            return new BoundError(span);
        }
        var common = CommonType(whenTrue, whenFalse);
        if (common is null)
        {
            _diagnostics.ReportOperatorNotDefined(span, "? :", whenTrue.Type.DisplayName, whenFalse.Type.DisplayName);
            return new BoundError(span);
        }
        return new BoundConditional(condition, Convert(whenTrue, common, span), Convert(whenFalse, common, span), common, span);
    }

    /// <summary>The type two values can both be converted to (for ?: and array literals), or null.</summary>
    private static TypeSymbol? CommonType(BoundExpression a, BoundExpression b)
    {
        if (ReferenceEquals(a.Type, b.Type) && a.Type is not NullTypeSymbol)
        {
            return a.Type;
        }
        if (IsLate(a) || IsLate(b))
        {
            return DynamicTypeSymbol.Instance;
        }
        if (a.Type is NullTypeSymbol && b.Type is NullTypeSymbol)
        {
            return DynamicTypeSymbol.Instance;
        }
        if (a.Type is NullTypeSymbol || b.Type is NullTypeSymbol)
        {
            var other = a.Type is NullTypeSymbol ? b.Type : a.Type;
            return other is ClrTypeSymbol clr ? TypeSymbol.FromClr(NumericFacts.MakeNullable(clr.Type)) : other;
        }
        var promoted = NumericFacts.Promote(a.Type.ClrType, b.Type.ClrType, IsNumericLiteral(a), IsNumericLiteral(b));
        if (promoted is not null)
        {
            return TypeSymbol.FromClr(promoted);
        }
        if (ConversionCost(b, a.Type) >= 0)
        {
            return a.Type;
        }
        if (ConversionCost(a, b.Type) >= 0)
        {
            return b.Type;
        }
        return null;
    }

    private BoundExpression BindArrayCreation(ArrayCreationExpressionSyntax syntax)
    {
        var elements = syntax.Elements.Select(BindArgument).ToList();
        if (elements.Exists(e => e.Type.IsError))
        {
            return new BoundError(syntax.Span);
        }
        TypeSymbol? elementType;
        if (syntax.ElementType is { } typeToken)
        {
            var resolved = TryResolveType(typeToken.Text);
            if (resolved is null || resolved == typeof(Math) || resolved == typeof(SafeConvert) || resolved == typeof(ExpressionUtils) || MemberCatalog.IsDangerous(resolved)
                || (resolved.IsAbstract && resolved.IsSealed))
            {
                if (typeToken.Text.Equals("object", StringComparison.Ordinal))
                {
                    resolved = typeof(object);
                }
                else
                {
                    _diagnostics.ReportUnknownType(typeToken.Span, typeToken.Text);
                    return new BoundError(syntax.Span);
                }
            }
            elementType = TypeSymbol.FromClr(resolved);
        }
        else if (elements.Count == 0)
        {
            elementType = DynamicTypeSymbol.Instance;
        }
        else
        {
            elementType = elements[0].Type is NullTypeSymbol ? null : elements[0].Type;
            var probe = elements[0];
            foreach (var element in elements.Skip(1))
            {
                var common = CommonType(probe, element);
                if (common is null)
                {
                    _diagnostics.ReportCannotInferArray(syntax.Span);
                    return new BoundError(syntax.Span);
                }
                elementType = common;
                probe = new BoundLiteral(null, common, probe.Span);
            }
            elementType ??= DynamicTypeSymbol.Instance;
        }
        if (elementType is RecordTypeSymbol record)
        {
            var converted = elements.Select(e => Convert(e, elementType, e.Span)).ToList();
            return new BoundArrayCreation(typeof(DataObject), converted, RecordArrayTypeSymbol.Get(record.Shape), syntax.Span);
        }
        var clr = elementType.ClrType;
        var items = elements.Select(e => Convert(e, elementType, e.Span)).ToList();
        return new BoundArrayCreation(clr, items, TypeSymbol.FromClr(clr.MakeArrayType()), syntax.Span);
    }

    private BoundExpression BindAnonymousObject(AnonymousObjectExpressionSyntax syntax)
    {
        var keys = new List<string>();
        var values = new List<BoundExpression>();
        var hasError = false;
        foreach (var member in syntax.Members)
        {
            var value = BindArgument(member.Value);
            string? name = member.Alias?.Text;
            if (member.Alias is null or { IsMissing: true })
            {
                name = member.Value switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Text,
                    NameExpressionSyntax n when !n.IsIt => n.Identifier.Text,
                    _ => null,
                };
            }
            if (string.IsNullOrEmpty(name))
            {
                _diagnostics.ReportNeedsAlias(member.Value.Span);
                hasError = true;
                continue;
            }
            if (keys.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                _diagnostics.ReportDuplicateAlias(member.Alias?.Span ?? member.Value.Span, name);
                hasError = true;
                continue;
            }
            keys.Add(name);
            values.Add(value);
            hasError |= value.Type.IsError;
        }
        if (hasError)
        {
            return new BoundError(syntax.Span);
        }
        var kinds = new DataValueKind[keys.Count];
        var details = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            (kinds[i], details[i]) = values[i].Type switch
            {
                RecordTypeSymbol r => (DataValueKind.Record, (object?)r.Shape),
                RecordArrayTypeSymbol ra => (DataValueKind.RecordArray, ra.Element.Shape),
                ClrTypeSymbol c => (DataValueKind.Clr, c.Type),
                _ => (DataValueKind.Null, null),
            };
        }
        var shape = DataShape.Create(keys.ToArray(), kinds, details);
        return new BoundRecordCreation(shape, values.Select(Box).ToList(), syntax.Span);
    }
}
