namespace Participatie.Buurtbudget.Pabulib;

public enum PabulibSeverity
{
    Error,
    Warning,
}
