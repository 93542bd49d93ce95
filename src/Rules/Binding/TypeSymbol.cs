using System.Collections.Concurrent;
using Participatie.Rules.Data;

namespace Participatie.Rules.Binding;

/// <summary>The compile-time type of a bound expression.</summary>
internal abstract class TypeSymbol
{
    public abstract Type ClrType { get; }

    public abstract string DisplayName { get; }

    public virtual bool IsDynamic => false;

    public virtual bool IsError => false;

    public override string ToString() => DisplayName;

    public static TypeSymbol FromClr(Type type) => ClrTypeSymbol.Get(type);

    /// <summary>The type the engine sees for a runtime input value.</summary>
    public static TypeSymbol FromValue(object? value) => value switch
    {
        null => DynamicTypeSymbol.Instance,
        DataObject d => RecordTypeSymbol.Get(d.Shape),
        DataObject[] array => array.Length > 0 ? RecordArrayTypeSymbol.Get(array[0].Shape) : FromClr(typeof(object[])),
        _ => FromClr(value.GetType()),
    };
}

internal sealed class ClrTypeSymbol : TypeSymbol
{
    private static readonly ConcurrentDictionary<Type, TypeSymbol> Cache = new();

    private ClrTypeSymbol(Type type) => Type = type;

    public Type Type { get; }

    public override Type ClrType => Type;

    public override string DisplayName => TypeNames.Display(Type);

    public static TypeSymbol Get(Type type) =>
        type == typeof(object) ? DynamicTypeSymbol.Instance : Cache.GetOrAdd(type, t => new ClrTypeSymbol(t));
}

/// <summary>A value whose type is only known at run time (JSON null, untyped inputs); members are bound late.</summary>
internal sealed class DynamicTypeSymbol : TypeSymbol
{
    public static DynamicTypeSymbol Instance { get; } = new();

    public override Type ClrType => typeof(object);

    public override string DisplayName => "een waarde van onbekende soort";

    public override bool IsDynamic => true;
}

/// <summary>
/// A member a JSON record does not have. As in RulesEngine (which reads it through the record's indexer: an
/// object-typed null) it may be compared with null (<c>aanvraag.Optioneel == null</c> is true), joined to text and
/// passed on as a value; a comparison with a number, arithmetic, or using it as true/false is refused when the
/// expression is compiled, so a misspelt member still shows up as an error.
/// </summary>
internal sealed class AbsentMemberTypeSymbol(string name) : TypeSymbol
{
    public string Name { get; } = name;

    public override Type ClrType => typeof(object);

    public override string DisplayName => $"het veld '{Name}', dat in deze invoer niet bestaat";
}

/// <summary>The declared result type <c>object</c> of a custom function; members of it are refused (RulesEngine does so too).</summary>
internal sealed class ObjectReturnTypeSymbol(string method) : TypeSymbol
{
    public string Method { get; } = method;

    public override Type ClrType => typeof(object);

    public override string DisplayName => "object";
}

internal sealed class ErrorTypeSymbol : TypeSymbol
{
    public static ErrorTypeSymbol Instance { get; } = new();

    public override Type ClrType => typeof(object);

    public override string DisplayName => "?";

    public override bool IsError => true;
}

/// <summary>A <see cref="DataObject"/> with a known shape.</summary>
internal sealed class RecordTypeSymbol : TypeSymbol
{
    private static readonly ConcurrentDictionary<DataShape, RecordTypeSymbol> Cache = new();

    private RecordTypeSymbol(DataShape shape) => Shape = shape;

    public DataShape Shape { get; }

    public override Type ClrType => typeof(DataObject);

    public override string DisplayName => "een object met velden " + Shape;

    public static RecordTypeSymbol Get(DataShape shape)
    {
        if (shape.TypeSymbolCache is RecordTypeSymbol cached)
        {
            return cached;
        }
        var symbol = Cache.GetOrAdd(shape, s => new RecordTypeSymbol(s));
        shape.TypeSymbolCache = symbol;
        return symbol;
    }

    public TypeSymbol MemberType(int index) => Shape.Kinds[index] switch
    {
        DataValueKind.Null => DynamicTypeSymbol.Instance,
        DataValueKind.Record => Get((DataShape)Shape.Details[index]!),
        DataValueKind.RecordArray => Shape.Details[index] is DataShape s ? RecordArrayTypeSymbol.Get(s) : FromClr(typeof(object[])),
        _ => FromClr((Type)Shape.Details[index]!),
    };
}

/// <summary>An array of <see cref="DataObject"/>s that all have the same shape.</summary>
internal sealed class RecordArrayTypeSymbol : TypeSymbol
{
    private static readonly ConcurrentDictionary<DataShape, RecordArrayTypeSymbol> Cache = new();

    private RecordArrayTypeSymbol(RecordTypeSymbol element) => Element = element;

    public RecordTypeSymbol Element { get; }

    public override Type ClrType => typeof(DataObject[]);

    public override string DisplayName => "een lijst van objecten";

    public static RecordArrayTypeSymbol Get(DataShape shape) => Cache.GetOrAdd(shape, s => new RecordArrayTypeSymbol(RecordTypeSymbol.Get(s)));
}

/// <summary>A sequence produced by LINQ whose elements are records or other symbols the CLR type cannot express.</summary>
internal sealed class SequenceTypeSymbol(TypeSymbol element, Type clrType) : TypeSymbol
{
    public TypeSymbol Element { get; } = element;

    public override Type ClrType { get; } = clrType;

    public override string DisplayName => "een lijst";
}

/// <summary>The type of the literal <c>null</c>: converts to any reference or nullable type.</summary>
internal sealed class NullTypeSymbol : TypeSymbol
{
    public static NullTypeSymbol Instance { get; } = new();

    public override Type ClrType => typeof(object);

    public override string DisplayName => "null (leeg)";
}
