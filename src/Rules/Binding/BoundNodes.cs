using System.Reflection;
using Participatie.Rules.Data;
using Participatie.Rules.Text;

namespace Participatie.Rules.Binding;

/// <summary>Base of the immutable bound tree: every node has a type and the span it came from.</summary>
internal abstract record BoundExpression(TypeSymbol Type, TextSpan Span);

internal sealed record BoundError(TextSpan Span) : BoundExpression(ErrorTypeSymbol.Instance, Span);

/// <summary>
/// A constant. <see cref="IsNumericLiteral"/> marks numbers written plainly (<c>3</c>, <c>2.5</c>; not <c>2.5m</c>, <c>2.5f</c> or
/// <c>1e3</c>, as in Dynamic LINQ), which may be converted to any numeric type they fit; <see cref="NumberText"/> is such a
/// number as written, so a decimal made from it keeps its digits (<c>100.0</c> stays 100.0).
/// </summary>
internal sealed record BoundLiteral(object? Value, TypeSymbol Type, TextSpan Span, bool IsNumericLiteral = false, string? NumberText = null) : BoundExpression(Type, Span);

/// <summary>A named value: an input, a global or local parameter, or a parameter of the compiled expression.</summary>
internal sealed record BoundParameter(ParameterSymbol Parameter, TextSpan Span) : BoundExpression(Parameter.Type, Span);

internal sealed record BoundLambdaParameter(LambdaParameterSymbol Parameter, TextSpan Span) : BoundExpression(Parameter.Type, Span);

/// <summary>A property or field (static when <see cref="Instance"/> is null).</summary>
internal sealed record BoundMemberAccess(BoundExpression? Instance, MemberInfo Member, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

internal sealed record BoundRecordMember(BoundExpression Instance, DataShape Shape, int Index, string Name, bool IgnoreCase, TypeSymbol Type, TextSpan Span)
    : BoundExpression(Type, Span);

internal sealed record BoundLateMember(BoundExpression Instance, string Name, bool IgnoreCase, TextSpan Span) : BoundExpression(DynamicTypeSymbol.Instance, Span);

internal sealed record BoundNullConditional(BoundExpression Receiver, LambdaParameterSymbol Temp, BoundExpression Access, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A call of a whitelisted method; arguments are already converted to the parameter types.</summary>
internal sealed record BoundCall(BoundExpression? Instance, MethodInfo Method, IReadOnlyList<BoundExpression> Arguments, TypeSymbol Type, TextSpan Span)
    : BoundExpression(Type, Span);

internal sealed record BoundLateCall(BoundExpression Instance, string Name, IReadOnlyList<BoundExpression> Arguments, bool IgnoreCase, TextSpan Span)
    : BoundExpression(DynamicTypeSymbol.Instance, Span);

/// <summary><c>x[i]</c> on arrays (Indexer null) or via an indexer property.</summary>
internal sealed record BoundIndex(BoundExpression Instance, PropertyInfo? Indexer, IReadOnlyList<BoundExpression> Arguments, TypeSymbol Type, TextSpan Span)
    : BoundExpression(Type, Span);

internal sealed record BoundLateIndex(BoundExpression Instance, BoundExpression Index, TextSpan Span) : BoundExpression(DynamicTypeSymbol.Instance, Span);

internal enum BoundUnaryKind
{
    Negate,
    Not,
    LateNegate,
    LateNot,
}

internal sealed record BoundUnary(BoundUnaryKind Kind, BoundExpression Operand, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

internal enum BoundBinaryKind
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    AndAlso,
    OrElse,
    Coalesce,
    StringConcat,
    StringCompare,
}

/// <summary>A binary operation; for <see cref="BoundBinaryKind.StringCompare"/> <see cref="Compare"/> says which comparison.</summary>
internal sealed record BoundBinary(BoundBinaryKind Kind, BoundExpression Left, BoundExpression Right, TypeSymbol Type, TextSpan Span, BoundBinaryKind Compare = BoundBinaryKind.Equal)
    : BoundExpression(Type, Span);

/// <summary>An operator on values of unknown type, decided at run time.</summary>
internal sealed record BoundLateBinary(BoundBinaryKind Kind, BoundExpression Left, BoundExpression Right, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

internal sealed record BoundConditional(BoundExpression Condition, BoundExpression WhenTrue, BoundExpression WhenFalse, TypeSymbol Type, TextSpan Span)
    : BoundExpression(Type, Span);

internal enum ConversionKind
{
    /// <summary>A CLR conversion the expression tree can express (numeric, nullable, boxing, reference).</summary>
    Clr,

    /// <summary>From a value of unknown type to a typed value, checked at run time.</summary>
    Runtime,
}

internal sealed record BoundConversion(BoundExpression Operand, ConversionKind Kind, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

internal sealed record BoundLambda(IReadOnlyList<LambdaParameterSymbol> Parameters, BoundExpression Body, Type DelegateType, TextSpan Span)
    : BoundExpression(ClrTypeSymbol.Get(DelegateType), Span);

internal sealed record BoundArrayCreation(Type ElementType, IReadOnlyList<BoundExpression> Elements, TypeSymbol Type, TextSpan Span) : BoundExpression(Type, Span);

internal sealed record BoundRecordCreation(DataShape Shape, IReadOnlyList<BoundExpression> Values, TextSpan Span) : BoundExpression(RecordTypeSymbol.Get(Shape), Span);

internal enum ClockKind
{
    Now,
    UtcNow,
    Today,
}

/// <summary><c>DateTime.Now</c>, <c>UtcNow</c> or <c>Today</c>, read from the configured clock.</summary>
internal sealed record BoundClock(ClockKind Kind, TextSpan Span) : BoundExpression(ClrTypeSymbol.Get(typeof(DateTime)), Span);

/// <summary>Turns a sequence of <see cref="object"/> (unknown) into an <see cref="IEnumerable{T}"/> of object at run time.</summary>
internal sealed record BoundLateSequence(BoundExpression Operand, TextSpan Span) : BoundExpression(ClrTypeSymbol.Get(typeof(IEnumerable<object>)), Span);
