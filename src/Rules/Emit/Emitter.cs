using System.Linq.Expressions;
using System.Reflection;
using Participatie.Rules.Binding;
using Participatie.Rules.Data;

namespace Participatie.Rules.Emit;

/// <summary>Turns a bound tree (without errors) into a System.Linq.Expressions tree.</summary>
internal sealed class Emitter
{
    private static readonly FieldInfo BitsField = typeof(DataObject).GetField("_bits", BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo Int64BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!;
    private static readonly FieldInfo ValuesField = typeof(DataObject).GetField("_values", BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo GetMemberMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.GetMember))!;
    private static readonly MethodInfo GetIndexMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.GetIndex))!;
    private static readonly MethodInfo InvokeMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.Invoke))!;
    private static readonly MethodInfo BinaryMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.Binary))!;
    private static readonly MethodInfo TruthMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.Truth))!;
    private static readonly MethodInfo NegateMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.Negate))!;
    private static readonly MethodInfo AsSequenceMethod = typeof(LateBinder).GetMethod(nameof(LateBinder.AsSequence))!;
    private static readonly MethodInfo ToBooleanMethod = typeof(RuntimeConvert).GetMethod(nameof(RuntimeConvert.ToBoolean))!;
    private static readonly MethodInfo ToMethod = typeof(RuntimeConvert).GetMethod(nameof(RuntimeConvert.To))!;
    private static readonly MethodInfo CreateRecordMethod = typeof(DataValues).GetMethod(nameof(DataValues.CreateRecord), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CompareOrdinalMethod = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StepMethod = typeof(EvaluationBudget).GetMethod(nameof(EvaluationBudget.Step))!;
    private static readonly MethodInfo ExpandMethod = typeof(EvaluationBudget).GetMethod(nameof(EvaluationBudget.Expand))!;
    private static readonly MethodInfo CollectMethod = typeof(EvaluationBudget).GetMethod(nameof(EvaluationBudget.Collect))!;
    private static readonly MethodInfo CheckLateStringMethod = typeof(StringBudget).GetMethod(nameof(StringBudget.CheckLate))!;

    /// <summary>LINQ operators that copy their whole source into a new list, hash set or buffer: fed through <see cref="EvaluationBudget.Collect"/>.</summary>
    private static readonly HashSet<string> CollectingOperators = new(StringComparer.Ordinal)
    {
        "ToList", "ToArray", "Distinct", "Reverse", "OrderBy", "OrderByDescending",
    };

    private readonly Func<ParameterSymbol, Expression> _parameterAccess;
    private readonly TimeProvider _clock;
    private readonly LateBinder _late;
    private readonly int _maxStringLength;
    private readonly Dictionary<LambdaParameterSymbol, ParameterExpression> _lambdaParameters = [];
    private ParameterExpression? _budget;
    private bool _budgetReferenced;

    public Emitter(Func<ParameterSymbol, Expression> parameterAccess, TimeProvider clock, LateBinder late, int maxStringLength)
    {
        _parameterAccess = parameterAccess;
        _clock = clock;
        _late = late;
        _maxStringLength = maxStringLength;
    }

    /// <summary>True when the emitted code counts loop steps, so the caller must supply an <see cref="EvaluationBudget"/>.</summary>
    public bool UsesBudget { get; private set; }

    /// <summary>
    /// Emits a whole expression. Only code with loops reads the evaluation's <see cref="EvaluationBudget"/>: for it,
    /// <paramref name="budgetSource"/> is asked once, and the budget is read into a local the lambdas share.
    /// </summary>
    public Expression EmitRoot(BoundExpression node, Func<Expression> budgetSource)
    {
        _budget = Expression.Variable(typeof(EvaluationBudget), "budget");
        UsesBudget = false;
        _budgetReferenced = false;
        var body = Emit(node);
        return UsesBudget ? Expression.Block(body.Type, [_budget], Expression.Assign(_budget, budgetSource()), body) : body;
    }

    private ParameterExpression Budget
    {
        get
        {
            UsesBudget = true;
            _budgetReferenced = true;
            return _budget ?? throw new InvalidOperationException("Loops can only be emitted through EmitRoot, which supplies the budget.");
        }
    }

    private static ConstantExpression ColumnOf(BoundExpression node) => Expression.Constant(node.Span.Start + 1);

    private Expression Emit(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case BoundLiteral literal:
                return Expression.Constant(literal.Value, literal.Type is NullTypeSymbol ? typeof(object) : literal.Type.ClrType);
            case BoundParameter parameter:
                return _parameterAccess(parameter.Parameter);
            case BoundLambdaParameter lambdaParameter:
                return _lambdaParameters[lambdaParameter.Parameter];
            case BoundMemberAccess member:
                return Expression.MakeMemberAccess(member.Instance is null ? null : Emit(member.Instance), member.Member);
            case BoundRecordMember record:
            {
                // Static typing guarantees the record has exactly this shape (shapes are interned and
                // records immutable), so the value is read by position; a null record throws and is
                // reported as "waarde is leeg".
                var instance = Emit(record.Instance);
                var target = instance.Type == typeof(DataObject) ? instance : Expression.Convert(instance, typeof(DataObject));
                var index = Expression.Constant(record.Index);
                var memberType = record.Type.ClrType;
                if (memberType == typeof(long) || memberType == typeof(double) || memberType == typeof(bool) || memberType == typeof(int))
                {
                    var bits = Expression.ArrayIndex(Expression.Field(target, BitsField), index);
                    return memberType == typeof(long) ? bits
                        : memberType == typeof(double) ? Expression.Call(Int64BitsToDouble, bits)
                        : memberType == typeof(int) ? Expression.Convert(bits, typeof(int))
                        : Expression.NotEqual(bits, Expression.Constant(0L));
                }
                return FromObject(Expression.ArrayIndex(Expression.Field(target, ValuesField), index), memberType);
            }
            case BoundLateMember late:
                return Expression.Call(Expression.Constant(_late), GetMemberMethod, Boxed(late.Instance), Expression.Constant(late.Name));
            case BoundNullConditional conditional:
            {
                var receiver = Emit(conditional.Receiver);
                var temp = Expression.Variable(receiver.Type, "temp");
                _lambdaParameters[conditional.Temp] = temp;
                var resultType = conditional.Type.ClrType;
                var access = Expression.Convert(Emit(conditional.Access), resultType);
                return Expression.Block(resultType, [temp],
                    Expression.Assign(temp, receiver),
                    Expression.Condition(Expression.Equal(Expression.Convert(temp, typeof(object)), Expression.Constant(null)),
                        Expression.Constant(null, resultType), access));
            }
            case BoundCall call:
                return EmitCall(call);
            case BoundLateCall lateCall:
                return Expression.Call(Expression.Constant(_late), InvokeMethod, Boxed(lateCall.Instance), Expression.Constant(lateCall.Name),
                    Expression.NewArrayInit(typeof(object), lateCall.Arguments.Select(Boxed)), Expression.Constant(_maxStringLength), ColumnOf(lateCall));
            case BoundIndex index:
                return index.Indexer is null
                    ? Expression.ArrayIndex(Emit(index.Instance), Emit(index.Arguments[0]))
                    : Expression.Property(Emit(index.Instance), index.Indexer, index.Arguments.Select(Emit));
            case BoundLateIndex lateIndex:
                return Expression.Call(Expression.Constant(_late), GetIndexMethod, Boxed(lateIndex.Instance), Boxed(lateIndex.Index));
            case BoundUnary unary:
                return unary.Kind switch
                {
                    BoundUnaryKind.Negate => Expression.Negate(Emit(unary.Operand)),
                    BoundUnaryKind.Not => Expression.Not(Emit(unary.Operand)),
                    BoundUnaryKind.LateNot => Expression.Not(Expression.Call(TruthMethod, Boxed(unary.Operand))),
                    _ => Expression.Call(NegateMethod, Boxed(unary.Operand)),
                };
            case BoundBinary binary:
                return EmitBinary(binary);
            case BoundLateBinary lateBinary:
            {
                var call = Expression.Call(BinaryMethod, Expression.Constant((int)lateBinary.Kind), Boxed(lateBinary.Left), Boxed(lateBinary.Right));
                if (lateBinary.Kind == BoundBinaryKind.Add)
                {
                    // '+' on values of unknown type may turn out to concatenate strings
                    return Expression.Call(CheckLateStringMethod, call, Expression.Constant(_maxStringLength), ColumnOf(lateBinary));
                }
                return lateBinary.Type.ClrType == typeof(bool) ? Expression.Convert(call, typeof(bool)) : call;
            }
            case BoundConditional conditional:
                return Expression.Condition(Emit(conditional.Condition), Emit(conditional.WhenTrue), Emit(conditional.WhenFalse), conditional.Type.ClrType);
            case BoundConversion conversion:
                return EmitConversion(conversion);
            case BoundLambda lambda:
                return EmitLambda(lambda, lambda.DelegateType);
            case BoundArrayCreation array:
                return Expression.NewArrayInit(array.ElementType, array.Elements.Select(e => Expression.Convert(Emit(e), array.ElementType)));
            case BoundRecordCreation record:
                return Expression.Call(CreateRecordMethod, Expression.Constant(record.Shape), Expression.NewArrayInit(typeof(object), record.Values.Select(Boxed)));
            case BoundClock clock:
            {
                var method = typeof(Clock).GetMethod(clock.Kind.ToString())!;
                return Expression.Call(method, Expression.Constant(_clock, typeof(TimeProvider)));
            }
            case BoundLateSequence sequence:
                return Expression.Call(AsSequenceMethod, Boxed(sequence.Operand));
            default:
                throw new InvalidOperationException($"Cannot emit {node.GetType().Name}: the bound tree has errors.");
        }
    }

    private Expression EmitCall(BoundCall call)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(Enumerable))
        {
            return EmitLinq(call);
        }
        if (method.DeclaringType == typeof(string) && StringBudget.GuardFor(method) is { } guard)
        {
            var arguments = new List<Expression>(call.Arguments.Count + 3);
            if (call.Instance is not null)
            {
                arguments.Add(Emit(call.Instance));
            }
            arguments.AddRange(call.Arguments.Select(Emit));
            arguments.Add(Expression.Constant(_maxStringLength));
            arguments.Add(ColumnOf(call));
            return Expression.Call(guard, arguments);
        }
        return Expression.Call(call.Instance is null ? null : Emit(call.Instance), method, call.Arguments.Select(Emit));
    }

    /// <summary>
    /// A LINQ call: its lambdas count a step per call (see <see cref="EmitLambda"/>), SelectMany counts every element
    /// it yields, and operators that build a list are fed through <see cref="EvaluationBudget.Collect"/>.
    /// </summary>
    private Expression EmitLinq(BoundCall call)
    {
        var method = call.Method;
        var column = ColumnOf(call);
        var parameters = method.GetParameters();
        var arguments = new List<Expression>(call.Arguments.Count);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is BoundLambda lambda && method.Name == nameof(Enumerable.SelectMany))
            {
                var expand = ExpandMethod.MakeGenericMethod(method.GetGenericArguments()[1]);
                arguments.Add(EmitLambda(lambda, parameters[i].ParameterType, body => Expression.Call(expand, body, Budget, column)));
            }
            else
            {
                arguments.Add(Emit(call.Arguments[i]));
            }
        }
        if (CollectingOperators.Contains(method.Name))
        {
            arguments[0] = Expression.Call(CollectMethod.MakeGenericMethod(method.GetGenericArguments()[0]), arguments[0], Budget, column);
        }
        Expression result = Expression.Call(method, arguments);
        if (method.Name is nameof(Enumerable.Range) or nameof(Enumerable.Repeat))
        {
            // only reachable when a host registers Enumerable as a custom type; a generated list is a list built
            result = Expression.Call(CollectMethod.MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]), result, Budget, column);
        }
        return result;
    }

    /// <summary>
    /// A lambda counts one loop step each time it is called: every operator that takes a lambda calls it once per
    /// element it looks at, so this one place counts Where, Select, Sum, Any, OrderBy, … alike.
    /// </summary>
    private LambdaExpression EmitLambda(BoundLambda lambda, Type delegateType, Func<Expression, Expression>? wrapBody = null)
    {
        var parameters = lambda.Parameters.Select(p =>
        {
            var pe = Expression.Parameter(p.Type.ClrType, p.Name);
            _lambdaParameters[p] = pe;
            return pe;
        }).ToList();
        var step = Expression.Call(Budget, StepMethod, ColumnOf(lambda));
        // Lambdas inside this one get the budget from a copy in this lambda's own scope: a captured variable costs one
        // more indirection for every scope it is away, and the innermost lambda is the one that runs most.
        var outer = _budget!;
        var local = Expression.Variable(typeof(EvaluationBudget), "budget");
        _budget = local;
        _budgetReferenced = false;
        var body = Emit(lambda.Body);
        if (wrapBody is not null)
        {
            body = wrapBody(body);
        }
        var bodyUsesBudget = _budgetReferenced;
        _budget = outer;
        // the step above reads the outer budget
        _budgetReferenced = true;
        var counted = bodyUsesBudget
            ? Expression.Block(body.Type, [local], Expression.Assign(local, outer), step, body)
            : Expression.Block(body.Type, step, body);
        return Expression.Lambda(delegateType, counted, parameters);
    }

    private Expression Boxed(BoundExpression node)
    {
        var expression = Emit(node);
        return expression.Type == typeof(object) ? expression : Expression.Convert(expression, typeof(object));
    }

    private static Expression FromObject(Expression value, Type target) =>
        target == typeof(object) ? value : Expression.Convert(value, target);

    private Expression EmitConversion(BoundConversion conversion)
    {
        var target = conversion.Type.ClrType;
        var operand = Emit(conversion.Operand);
        if (conversion.Kind == ConversionKind.Runtime)
        {
            var boxed = operand.Type == typeof(object) ? operand : Expression.Convert(operand, typeof(object));
            return target == typeof(bool)
                ? Expression.Call(ToBooleanMethod, boxed)
                : Expression.Call(ToMethod.MakeGenericMethod(target), boxed);
        }
        return operand.Type == target ? operand : Expression.Convert(operand, target);
    }

    private Expression EmitBinary(BoundBinary binary)
    {
        var left = Emit(binary.Left);
        var right = Emit(binary.Right);
        if (ShortCircuitsOnNullLeft(binary.Kind, left.Type))
        {
            // A lifted operator of decimal, DateTime or TimeSpan (a method, not an IL instruction): IL-compiled code does not
            // evaluate the right operand when the left is null, the interpreter does. Written out, both skip it, as upstream's
            // compiled rules do, so an interpreted first evaluation gives exactly what compiled ones give.
            var temp = Expression.Variable(left.Type, "left");
            var lifted = MakeBinary(binary, temp, right);
            return Expression.Block(lifted.Type, [temp],
                Expression.Assign(temp, left),
                Expression.Condition(Expression.Property(temp, "HasValue"), lifted, Expression.Default(lifted.Type)));
        }
        return MakeBinary(binary, left, right);
    }

    private static bool ShortCircuitsOnNullLeft(BoundBinaryKind kind, Type left) =>
        kind is BoundBinaryKind.Add or BoundBinaryKind.Subtract or BoundBinaryKind.Multiply or BoundBinaryKind.Divide or BoundBinaryKind.Modulo
            or BoundBinaryKind.Less or BoundBinaryKind.LessOrEqual or BoundBinaryKind.Greater or BoundBinaryKind.GreaterOrEqual
        && Nullable.GetUnderlyingType(left) is { IsPrimitive: false };

    private static Expression MakeBinary(BoundBinary binary, Expression left, Expression right)
    {
        switch (binary.Kind)
        {
            case BoundBinaryKind.Add:
                return Expression.Add(left, right);
            case BoundBinaryKind.Subtract:
                return Expression.Subtract(left, right);
            case BoundBinaryKind.Multiply:
                return Expression.Multiply(left, right);
            case BoundBinaryKind.Divide:
                return Expression.Divide(left, right);
            case BoundBinaryKind.Modulo:
                return Expression.Modulo(left, right);
            case BoundBinaryKind.Equal:
                return Expression.Equal(left, right);
            case BoundBinaryKind.NotEqual:
                return Expression.NotEqual(left, right);
            case BoundBinaryKind.Less:
                return Expression.LessThan(left, right);
            case BoundBinaryKind.LessOrEqual:
                return Expression.LessThanOrEqual(left, right);
            case BoundBinaryKind.Greater:
                return Expression.GreaterThan(left, right);
            case BoundBinaryKind.GreaterOrEqual:
                return Expression.GreaterThanOrEqual(left, right);
            case BoundBinaryKind.AndAlso:
                return Expression.AndAlso(left, right);
            case BoundBinaryKind.OrElse:
                return Expression.OrElse(left, right);
            case BoundBinaryKind.Coalesce:
                return Expression.Coalesce(left, right);
            case BoundBinaryKind.StringCompare:
            {
                var compare = Expression.Call(CompareOrdinalMethod, left, right);
                var zero = Expression.Constant(0);
                return binary.Compare switch
                {
                    BoundBinaryKind.Less => Expression.LessThan(compare, zero),
                    BoundBinaryKind.LessOrEqual => Expression.LessThanOrEqual(compare, zero),
                    BoundBinaryKind.Greater => Expression.GreaterThan(compare, zero),
                    _ => Expression.GreaterThanOrEqual(compare, zero),
                };
            }
            default:
                throw new InvalidOperationException(binary.Kind.ToString());
        }
    }
}
