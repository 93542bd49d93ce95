namespace Participatie.Buurtbudget.Model;

/// <summary>A project on the ballot: its id (compared ordinally), its cost and an optional name.</summary>
public sealed record Project(string Id, decimal Cost, string? Name = null);
