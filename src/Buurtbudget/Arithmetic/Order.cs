namespace Participatie.Buurtbudget.Arithmetic;

/// <summary>The result of comparing two amounts; <see cref="Unknown"/> when an approximation cannot tell.</summary>
internal enum Order
{
    Less,
    Equal,
    Greater,
    Unknown,
}
