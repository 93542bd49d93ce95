namespace Participatie.Buurtbudget.Arithmetic;

/// <summary>
/// A double together with a bound on its absolute error against the exact value. Every operation
/// widens the bound by the operands' bounds and one rounding; comparisons that fall within the
/// bounds report <see cref="Order.Unknown"/>. Bounds are deliberately generous (a safety factor of
/// 4 on comparisons): an unknown only costs an exact recount, a wrong answer would cost a wrong outcome.
/// </summary>
internal readonly struct Approx : IAmount<Approx>
{
    private const double Unit = 2.3e-16; // a little more than 2^-53 per rounding, relative to the result

    public readonly double Value;
    public readonly double Error;

    public Approx(double value, double error)
    {
        Value = value;
        Error = error;
    }

    public static Approx Zero => default;

    public bool IsExactZero => Value == 0 && Error == 0;

    public static Approx From(decimal value)
    {
        var v = (double)value;
        return new Approx(v, Math.Abs(v) * Unit);
    }

    public static Approx From(long value)
    {
        var v = (double)value;
        return new Approx(v, Math.Abs(value) < (1L << 53) ? 0 : Math.Abs(v) * Unit);
    }

    public static Approx Add(Approx a, Approx b)
    {
        var v = a.Value + b.Value;
        return new Approx(v, a.Error + b.Error + Math.Abs(v) * Unit);
    }

    public static Approx Subtract(Approx a, Approx b)
    {
        var v = a.Value - b.Value;
        return new Approx(v, a.Error + b.Error + Math.Abs(v) * Unit);
    }

    public static Approx Multiply(Approx a, long factor)
    {
        var v = a.Value * factor;
        return new Approx(v, a.Error * Math.Abs((double)factor) + Math.Abs(v) * Unit);
    }

    public static Approx Divide(Approx a, long divisor)
    {
        var v = a.Value / divisor;
        return new Approx(v, a.Error / Math.Abs((double)divisor) + Math.Abs(v) * Unit);
    }

    public static Approx Divide(Approx a, Approx b)
    {
        var v = a.Value / b.Value;
        var margin = Math.Abs(b.Value) - b.Error;
        if (margin <= 0)
        {
            return new Approx(v, double.PositiveInfinity);
        }
        return new Approx(v, (a.Error + Math.Abs(v) * b.Error) / margin + Math.Abs(v) * Unit);
    }

    public static Order Compare(Approx a, Approx b)
    {
        var diff = a.Value - b.Value;
        var tolerance = 4 * (a.Error + b.Error + Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)) * Unit);
        if (double.IsNaN(diff) || double.IsInfinity(tolerance))
        {
            return Order.Unknown;
        }
        if (diff > tolerance)
        {
            return Order.Greater;
        }
        if (diff < -tolerance)
        {
            return Order.Less;
        }
        return a.Error == 0 && b.Error == 0 && diff == 0 ? Order.Equal : Order.Unknown;
    }

    public static int SortCompare(Approx a, Approx b) => a.Value.CompareTo(b.Value);

    public double ToDouble() => Value;

    public decimal ToDecimal(int decimals) => Math.Round((decimal)Value, decimals, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Value}±{Error}";
}
