namespace Participatie.Host.Features.Analyse;

/// <summary>A 95% interval around an estimate. When it contains 0 the data cannot tell the direction.</summary>
public readonly record struct Interval(double Onder, double Boven)
{
    public bool BevatNul => Onder <= 0 && Boven >= 0;
}
