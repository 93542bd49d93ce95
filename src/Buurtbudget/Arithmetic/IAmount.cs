namespace Participatie.Buurtbudget.Arithmetic;

/// <summary>
/// The arithmetic the counting rules need, over one number type: either an exact rational
/// (<see cref="Rational"/>) or a double with a running error bound (<see cref="Approx"/>) that says
/// <see cref="Order.Unknown"/> when it cannot decide a comparison, so the caller can redo the
/// count exactly. Generic code over a struct is specialised by the JIT, so the fast path pays
/// nothing for the abstraction.
/// </summary>
internal interface IAmount<T> where T : struct, IAmount<T>
{
    static abstract T Zero { get; }

    static abstract T From(decimal value);

    static abstract T From(long value);

    static abstract T Add(T a, T b);

    static abstract T Subtract(T a, T b);

    static abstract T Multiply(T a, long factor);

    static abstract T Divide(T a, long divisor);

    static abstract T Divide(T a, T b);

    /// <summary>The order of <paramref name="a"/> and <paramref name="b"/>, or <see cref="Order.Unknown"/>.</summary>
    static abstract Order Compare(T a, T b);

    /// <summary>A total order for sorting (approximate values sort by their best estimate).</summary>
    static abstract int SortCompare(T a, T b);

    /// <summary>True if the value is exactly zero.</summary>
    bool IsExactZero { get; }

    double ToDouble();

    /// <summary>The value as a decimal, rounded to <paramref name="decimals"/> places (for explanations).</summary>
    decimal ToDecimal(int decimals);
}
