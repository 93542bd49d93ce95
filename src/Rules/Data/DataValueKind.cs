namespace Participatie.Rules.Data;

/// <summary>What a member of a <see cref="DataObject"/> holds, as far as the compiler needs to know.</summary>
internal enum DataValueKind
{
    Null,
    Record,
    RecordArray,
    Clr,
}
