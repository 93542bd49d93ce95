using System.CommandLine;

namespace Participatie.Host.Cli;

/// <summary>
/// The engines' own verbs (<c>rules …</c>, <c>workflows …</c>). Their argument parsing lives with the
/// engine's tooling, so these commands only appear in the help; <see cref="CliApp"/> hands the
/// arguments straight to the engine.
/// </summary>
internal static class EngineCommands
{
    public static Command Rules() =>
        new("rules", "Regels (Microsoft RulesEngine JSON): check FILE… | run FILE --workflow NAAM [--input FILE | --input NAAM=FILE]… [--settings FILE] | bench FILE --workflow NAAM (--inputs FILE.jsonl | --input NAAM=FILE.jsonl…) --repeat K");

    public static Command Workflows() =>
        new("workflows", "Werkstromen (Elsa 3 JSON): check FILE… | run FILE [--with FILE]… [--input JSON] [--event NAAM[:JSON]]… [--resume-all] [--flowchart-mode counter|token] [--json] | bench");
}
