using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Cbs;
using Participatie.Host.Data;
using Spectre.Console;

namespace Participatie.Host.Cli;

/// <summary><c>import-cbs FILE</c>: reads a CBS StatLine CSV into Gemeente, Wijk and Buurt, with a progress bar.</summary>
internal static class ImportCbsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "StatLine CSV-export (puntkomma, UTF-8 of Latin-1)." };
        var command = new Command("import-cbs", "Importeer CBS-wijk- en buurtcijfers (StatLine CSV).") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!.FullName;
            using var host = CliApp.BuildServiceHost();
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<DatabaseLocation>().EnsureDataDirectory();
            await scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>().MigrateAsync(ct);
            var importer = scope.ServiceProvider.GetRequiredService<CbsStatLineImporter>();
            try
            {
                CbsImportResult? result = null;
                await AnsiConsole.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progressContext =>
                    {
                        var task = progressContext.AddTask($"CBS-import {Path.GetFileName(path)}");
                        var progress = new Progress<(int Done, int Total)>(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                        });
                        result = await importer.ImportAsync(path, progress, ct);
                        task.Value = task.MaxValue;
                    });

                foreach (var warning in result!.Waarschuwingen)
                {
                    await Console.Error.WriteLineAsync(warning);
                }

                Console.WriteLine(result.Samenvatting);
                return 0;
            }
            catch (CbsImportException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }
        });
        return command;
    }
}
