using System.Numerics;

namespace Participatie.Buurtbudget.Arithmetic;

/// <summary>An exact fraction of two big integers, always reduced, denominator positive.</summary>
internal readonly struct Rational : IAmount<Rational>
{
    public readonly BigInteger Numerator;
    private readonly BigInteger _denominatorMinusOne; // default(Rational) is 0/1

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    public static Rational Zero => default;

    public bool IsExactZero => Numerator.IsZero;

    public static Rational Create(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        if (numerator.IsZero)
        {
            return default;
        }
        if (!denominator.IsOne)
        {
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne)
            {
                numerator /= gcd;
                denominator /= gcd;
            }
        }
        return new Rational(numerator, denominator);
    }

    public static Rational From(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (negative)
        {
            mantissa = -mantissa;
        }
        return Create(mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational From(long value) => new(value, BigInteger.One);

    public static Rational Add(Rational a, Rational b)
    {
        var ad = a.Denominator;
        var bd = b.Denominator;
        if (ad.IsOne && bd.IsOne)
        {
            return new Rational(a.Numerator + b.Numerator, BigInteger.One);
        }
        return Create(a.Numerator * bd + b.Numerator * ad, ad * bd);
    }

    public static Rational Subtract(Rational a, Rational b)
    {
        var ad = a.Denominator;
        var bd = b.Denominator;
        if (ad.IsOne && bd.IsOne)
        {
            return new Rational(a.Numerator - b.Numerator, BigInteger.One);
        }
        return Create(a.Numerator * bd - b.Numerator * ad, ad * bd);
    }

    public static Rational Multiply(Rational a, long factor) => Create(a.Numerator * factor, a.Denominator);

    public static Rational Divide(Rational a, long divisor) => Create(a.Numerator, a.Denominator * divisor);

    public static Rational Divide(Rational a, Rational b) => Create(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static Order Compare(Rational a, Rational b)
    {
        var c = (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);
        return c < 0 ? Order.Less : c > 0 ? Order.Greater : Order.Equal;
    }

    public static int SortCompare(Rational a, Rational b) => (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);

    public double ToDouble()
    {
        var n = Numerator;
        var d = Denominator;
        var excess = Math.Max(n.GetBitLength(), d.GetBitLength()) - 960;
        if (excess > 0)
        {
            n >>= (int)excess;
            d >>= (int)excess;
            if (d.IsZero)
            {
                return n.Sign * double.PositiveInfinity;
            }
        }
        return (double)n / (double)d;
    }

    public decimal ToDecimal(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = Numerator * scale * 2 + (Numerator.Sign >= 0 ? Denominator : -Denominator);
        var rounded = scaled / (Denominator * 2); // half away from zero
        return (decimal)rounded / (decimal)scale;
    }

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}
