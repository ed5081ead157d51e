using System.CommandLine;
using System.Text;
using ProdReady.Engine.Config;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready init [PATH] [--force]</c>: writes a commented starter <c>.prodready.yml</c>.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout)
    {
        var path = new Argument<string>("PATH") { Description = "The repository to configure.", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .prodready.yml." };
        var command = new Command("init", "Write a commented starter .prodready.yml.") { path, force };
        command.SetAction(result =>
        {
            var directory = result.GetValue(path) ?? ".";
            if (!Directory.Exists(directory))
            {
                throw new UsageException($"'{directory}' is not a directory.");
            }

            var file = Path.Combine(directory, ConfigLoader.FileName);
            if (File.Exists(file) && !result.GetValue(force))
            {
                throw new UsageException($"'{file}' already exists; use --force to overwrite it.");
            }

            File.WriteAllText(file, StarterConfig.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            stdout.WriteLine($"Wrote {file}.");
            return (int)ExitCode.GatePassed;
        });
        return command;
    }
}
